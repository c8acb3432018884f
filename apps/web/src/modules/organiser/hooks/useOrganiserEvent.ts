import { useQuery } from '@apollo/client/react';

import { OrganiserEventDocument } from '../../../generated/graphql';

/**
 * One event with everything its settings show: tables, categories, sessions. While the query fetches
 * again (another operation left the cached event incomplete), the last event stays: the settings form
 * is keyed by it, and unmounting it would drop what the organiser has typed.
 */
export function useOrganiserEvent(id: string) {
  const { data, previousData, loading } = useQuery(OrganiserEventDocument, { variables: { id } });
  const current = data ?? (previousData?.dockingEvent?.id === id ? previousData : undefined);
  return { event: current?.dockingEvent ?? null, loading: loading && !current };
}
