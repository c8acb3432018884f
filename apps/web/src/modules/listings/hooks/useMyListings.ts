import { useQuery } from '@apollo/client/react';

import { MyListingsDocument } from '../../../generated/graphql';
import { usePollWhile } from './usePollWhile';

/** The firm's listings (all statuses), newest first; polled while the worker is still matching one. */
export function useMyListings(enterpriseId: string | null) {
  const query = useQuery(MyListingsDocument, {
    variables: { enterpriseId: enterpriseId ?? '', first: 50 },
    skip: !enterpriseId,
  });
  const connection = query.data?.enterprise?.listings;
  const listings = connection?.edges.map((e) => e.node) ?? [];
  usePollWhile(
    listings.some((l) => l.status === 'OPEN' && l.matchingStatus === 'PENDING'),
    query,
    2000,
  );
  return {
    listings,
    total: connection?.totalCount ?? 0,
    loading: query.loading && !query.data,
    hasMore: connection?.pageInfo.hasNextPage ?? false,
    loadMore: () => query.fetchMore({ variables: { after: connection?.pageInfo.endCursor } }),
  };
}
