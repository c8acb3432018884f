import { useQuery } from '@apollo/client/react';

import { DockingEventDocument } from '../../../generated/graphql';

export function useDockingEvent(id: string) {
  const { data, loading } = useQuery(DockingEventDocument, { variables: { id } });
  return { event: data?.dockingEvent ?? null, loading: loading && !data };
}
