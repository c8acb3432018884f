import { useMutation } from '@apollo/client/react';
import { App } from 'antd';

import { useT } from '../../../app/i18n';
import { RegisterForEventDocument } from '../../../generated/graphql';
import { graphQLErrorsOf } from '../../../shared/graphqlErrors';

/** Register (or update the listings brought); the registration joins the event's cached list. */
export function useRegisterForEvent(eventId: string) {
  const t = useT();
  const { message } = App.useApp();
  const [register, { loading }] = useMutation(RegisterForEventDocument);
  return {
    loading,
    register: async (listingIds: string[]) => {
      try {
        await register({
          variables: { eventId, listingIds },
          update(cache, { data }) {
            if (!data) return;
            cache.modify({
              id: cache.identify({ __typename: 'DockingEvent', id: eventId }),
              fields: {
                registrations(existing: readonly { __ref: string }[] = [], { toReference }) {
                  const ref = toReference(data.registerForEvent, true);
                  return ref && !existing.some((r) => r.__ref === ref.__ref) ? [...existing, ref] : existing;
                },
              },
            });
          },
        });
        void message.success(t('registration.sent'));
      } catch (error) {
        for (const e of graphQLErrorsOf(error)) void message.error(e.message);
      }
    },
  };
}
