import { useQuery } from '@apollo/client/react';

import { EventRegistrationsDocument } from '../../../generated/graphql';

/** My registration (any state) and the approved participants other than me. */
export function useEventRegistrations(eventId: string, myEnterpriseId: string | null) {
  const { data, loading } = useQuery(EventRegistrationsDocument, { variables: { id: eventId } });
  const all = data?.dockingEvent?.registrations ?? [];
  return {
    mine: all.find((r) => r.enterprise.id === myEnterpriseId) ?? null,
    participants: all.filter((r) => r.status === 'APPROVED' && r.enterprise.id !== myEnterpriseId),
    loading: loading && !data,
  };
}
