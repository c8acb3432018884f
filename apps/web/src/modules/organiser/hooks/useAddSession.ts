import { useMutation } from '@apollo/client/react';
import type { FormInstance } from 'antd';
import { App } from 'antd';

import { useT } from '../../../app/i18n';
import { AddMeetingSessionDocument } from '../../../generated/graphql';
import { applyServerErrors } from '../../../shared/applyServerErrors';
import { graphQLErrorsOf } from '../../../shared/graphqlErrors';
import { shanghaiToIso } from '../utils/eventInput';

export interface SessionFormValues {
  title: string;
  startsAt: string | null;
  endsAt: string | null;
}

/** Adds a session (洽谈场次) to the event and to its cached sessions; errors land on their fields. */
export function useAddSession(eventId: string, form: FormInstance<SessionFormValues>) {
  const t = useT();
  const { message } = App.useApp();
  const [add, { loading }] = useMutation(AddMeetingSessionDocument);

  async function submit(values: SessionFormValues) {
    try {
      await add({
        variables: {
          eventId,
          input: {
            title: values.title ?? '',
            startsAt: shanghaiToIso(values.startsAt) ?? '',
            endsAt: shanghaiToIso(values.endsAt) ?? '',
          },
        },
        update(cache, { data }) {
          if (!data) return;
          cache.modify({
            id: cache.identify({ __typename: 'DockingEvent', id: eventId }),
            fields: {
              sessions: (existing, { toReference }) => [
                ...((existing as readonly unknown[] | undefined) ?? []),
                toReference({ __typename: 'MeetingSession', ...data.addMeetingSession }, true),
              ],
            },
          });
        },
      });
      form.resetFields();
      void message.success(t('sessions.added'));
    } catch (error) {
      for (const text of applyServerErrors(form, graphQLErrorsOf(error))) void message.error(text);
    }
  }
  return { submit, adding: loading };
}
