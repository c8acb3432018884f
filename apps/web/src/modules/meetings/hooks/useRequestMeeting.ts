import { useMutation } from '@apollo/client/react';
import type { FormInstance } from 'antd';
import { App } from 'antd';
import { useState } from 'react';

import { useT } from '../../../app/i18n';
import { RequestMeetingDocument } from '../../../generated/graphql';
import { applyServerErrors } from '../../../shared/applyServerErrors';
import { graphQLErrorsOf } from '../../../shared/graphqlErrors';

export interface RequestMeetingValues {
  eventId: string;
  message?: string;
  tableTags?: string[];
}

/** Sends a meeting request; it joins the event's cached requests. A refusal (not approved, over the cap) is shown in the dialog. */
export function useRequestMeeting(form: FormInstance<RequestMeetingValues>, onDone: () => void) {
  const t = useT();
  const { message } = App.useApp();
  const [request, { loading }] = useMutation(RequestMeetingDocument);
  const [alert, setAlert] = useState<string | null>(null);
  async function submit(values: RequestMeetingValues, withEnterpriseId: string, matchSuggestionId?: string) {
    setAlert(null);
    try {
      await request({
        variables: {
          eventId: values.eventId,
          input: {
            withEnterpriseId,
            matchSuggestionId: matchSuggestionId ?? null,
            message: values.message?.trim() || null,
            tableTags: values.tableTags ?? [],
          },
        },
        update(cache, { data }) {
          if (!data) return;
          cache.modify({
            id: cache.identify({ __typename: 'DockingEvent', id: values.eventId }),
            fields: {
              meetingRequests(existing: readonly { __ref: string }[] = [], { toReference, storeFieldName }) {
                if (storeFieldName !== 'meetingRequests') return existing;
                const ref = toReference(data.requestMeeting, true);
                return ref && !existing.some((r) => r.__ref === ref.__ref) ? [...existing, ref] : existing;
              },
            },
          });
        },
      });
      void message.success(t('request.sent'));
      onDone();
    } catch (error) {
      const unowned = applyServerErrors(form, graphQLErrorsOf(error));
      if (unowned.length) setAlert(unowned.join('；'));
    }
  }
  return { submit, loading, alert };
}
