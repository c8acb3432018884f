import { useMutation } from '@apollo/client/react';
import type { FormInstance } from 'antd';
import { App } from 'antd';

import { insertIntoConnection } from '../../../app/cache/connection';
import { useT } from '../../../app/i18n';
import type { OrganiserEventFragment } from '../../../generated/graphql';
import { CreateDockingEventDocument, UpdateDockingEventDocument } from '../../../generated/graphql';
import { applyServerErrors } from '../../../shared/applyServerErrors';
import { graphQLErrorsOf } from '../../../shared/graphqlErrors';
import type { EventFormValues } from '../utils/eventInput';
import { toEventInput } from '../utils/eventInput';

/**
 * Creates an event, or saves the one being edited. A created one goes first into the cached event
 * lists; each BAD_USER_INPUT message lands on its field (a removed table with meetings on 洽谈桌,
 * a shrunk period on 开始时间/结束时间); what no field owns is a toast.
 */
export function useEventForm(
  form: FormInstance<EventFormValues>,
  editing: OrganiserEventFragment | null,
  onSaved: (event: OrganiserEventFragment) => void,
) {
  const t = useT();
  const { message } = App.useApp();
  const [create, { loading: creating }] = useMutation(CreateDockingEventDocument);
  const [update, { loading: updating }] = useMutation(UpdateDockingEventDocument);

  async function submit(values: EventFormValues) {
    const input = toEventInput(values);
    try {
      if (editing) {
        const { data } = await update({ variables: { id: editing.id, input } });
        form.setFields((Object.keys(values) as (keyof EventFormValues)[]).map((name) => ({ name, errors: [] })));
        void message.success(t('eventForm.saved'));
        if (data) onSaved(data.updateDockingEvent);
      } else {
        const { data } = await create({
          variables: { input },
          update(cache, { data: created }) {
            if (!created) return;
            insertIntoConnection(
              cache,
              { fieldName: 'dockingEvents', edgeTypename: 'DockingEventEdge', nodeTypename: 'DockingEvent' },
              created.createDockingEvent,
            );
          },
        });
        void message.success(t('eventForm.created'));
        if (data) onSaved(data.createDockingEvent);
      }
    } catch (error) {
      for (const text of applyServerErrors(form, graphQLErrorsOf(error))) void message.error(text);
    }
  }

  return { submit, saving: creating || updating };
}
