import { useQuery } from '@apollo/client/react';

import { OrganiserEventDocument } from '../../../generated/graphql';

/** One event with everything its settings show: tables, categories, sessions. */
export function useOrganiserEvent(id: string) {
  const { data, loading } = useQuery(OrganiserEventDocument, { variables: { id } });
  return { event: data?.dockingEvent ?? null, loading: loading && !data };
}
