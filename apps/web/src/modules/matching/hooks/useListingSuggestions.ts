import { useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';

import { ListingSuggestionsDocument } from '../../../generated/graphql';

/**
 * A listing's suggestions, best first. Asked again when the worker finishes matching it
 * (`pending` turns false); NotificationsEffect evicts them when a MATCH_SUGGESTED arrives.
 */
export function useListingSuggestions(listingId: string, pending: boolean) {
  const { data, loading, refetch, fetchMore } = useQuery(ListingSuggestionsDocument, {
    variables: { listingId, first: 20 },
  });
  const wasPending = useRef(pending);
  useEffect(() => {
    if (wasPending.current && !pending) void refetch();
    wasPending.current = pending;
  }, [pending, refetch]);
  const connection = data?.matchSuggestions;
  return {
    suggestions: connection?.edges.map((e) => e.node) ?? [],
    total: connection?.totalCount ?? 0,
    loading: loading && !data,
    hasMore: connection?.pageInfo.hasNextPage ?? false,
    loadMore: () => fetchMore({ variables: { after: connection?.pageInfo.endCursor } }),
  };
}
