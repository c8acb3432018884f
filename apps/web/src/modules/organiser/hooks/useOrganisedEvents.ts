import { useQuery } from '@apollo/client/react';

import { OrganisedEventsDocument } from '../../../generated/graphql';

const PAGE = 20;

/** The events the organiser created (every event for an admin), latest first, a page at a time. */
export function useOrganisedEvents(allEvents: boolean) {
  const { data, loading, fetchMore } = useQuery(OrganisedEventsDocument, {
    variables: { first: PAGE, organisedByMe: !allEvents },
  });
  const connection = data?.dockingEvents;
  return {
    events: connection?.edges.map((e) => e.node) ?? [],
    totalCount: connection?.totalCount ?? 0,
    hasMore: connection?.pageInfo.hasNextPage ?? false,
    loading: loading && !data,
    loadMore: () =>
      void fetchMore({ variables: { first: PAGE, after: connection?.pageInfo.endCursor, organisedByMe: !allEvents } }),
  };
}
