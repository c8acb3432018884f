import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';

import { DockingEventsDocument } from '../../../generated/graphql';
import { splitByTime } from '../utils/eventTiming';

/** Docking events, upcoming and past. */
export function useDockingEvents() {
  const { data, loading } = useQuery(DockingEventsDocument, { variables: { first: 100 } });
  const split = useMemo(() => splitByTime(data?.dockingEvents.edges.map((e) => e.node) ?? [], new Date()), [data]);
  return { ...split, loading: loading && !data };
}
