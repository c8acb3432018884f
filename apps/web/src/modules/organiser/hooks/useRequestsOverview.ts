import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';

import { OrganiserRequestsDocument } from '../../../generated/graphql';
import { requestStats } from '../utils/requestStats';

/** The event's meeting requests summed up for the organiser: per firm, mutual pairs, accepted without a slot. */
export function useRequestsOverview(eventId: string) {
  const { data, loading } = useQuery(OrganiserRequestsDocument, {
    variables: { eventId },
    fetchPolicy: 'cache-and-network',
  });
  const event = data?.dockingEvent;
  const stats = useMemo(
    () =>
      requestStats(
        event?.meetingRequests ?? [],
        new Set((event?.meetings ?? []).flatMap((m) => (m.request ? [m.request.id] : []))),
      ),
    [event],
  );
  return { stats, maxRequestsPerFirm: event?.maxRequestsPerFirm ?? 0, loading: loading && !data };
}
