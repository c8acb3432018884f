import type { Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { App } from 'antd';

import { useT } from '../../../app/i18n';
import { ReviewRegistrationDocument } from '../../../generated/graphql';
import { graphQLErrorsOf } from '../../../shared/graphqlErrors';
import { listKeepsStatus } from '../utils/registrationFilters';

/**
 * Approves a registration, or rejects it with a reason the firm is told. The reviewed one leaves
 * cached lists filtered by another status; an error (e.g. the firm has published meetings) is a toast.
 */
export function useReviewRegistration(eventId: string) {
  const t = useT();
  const { message } = App.useApp();
  const [review, { loading }] = useMutation(ReviewRegistrationDocument);

  async function decide(
    registration: { id: string; name: string },
    approve: boolean,
    reason?: string,
  ): Promise<boolean> {
    try {
      await review({
        variables: { id: registration.id, approve, reason: reason?.trim() || null },
        update(cache, { data }) {
          if (!data) return;
          const { status } = data.reviewRegistration;
          cache.modify({
            id: cache.identify({ __typename: 'DockingEvent', id: eventId }),
            fields: {
              registrations: (existing, { storeFieldName, readField }) => {
                const list = existing as readonly Reference[];
                if (listKeepsStatus(storeFieldName, status)) return list;
                return list.filter((r) => readField('id', r) !== registration.id);
              },
            },
          });
        },
      });
      void message.success(t(approve ? 'review.approved' : 'review.rejected', { name: registration.name }));
      return true;
    } catch (error) {
      for (const e of graphQLErrorsOf(error)) void message.error(e.message);
      return false;
    }
  }
  return { decide, reviewing: loading };
}
