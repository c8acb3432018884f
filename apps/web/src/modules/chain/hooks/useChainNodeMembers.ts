import { useQuery } from '@apollo/client/react';

import { ChainNodeFirmsDocument, ChainNodeListingsDocument } from '../../../generated/graphql';

const PAGE = 20;

/** A panorama node's firms and open listings in the region, each paged on its own (加载更多). */
export function useChainNodeMembers(categoryCode: string | null, regionCode: string | null) {
  const variables = { categoryCode: categoryCode ?? '', regionCode: regionCode ?? '', first: PAGE };
  const skip = !categoryCode || !regionCode;
  const firmsQuery = useQuery(ChainNodeFirmsDocument, { variables, skip });
  const listingsQuery = useQuery(ChainNodeListingsDocument, { variables, skip });
  const firms = firmsQuery.data?.chainNodeMembers.firms;
  const listings = listingsQuery.data?.chainNodeMembers.listings;
  return {
    category: firmsQuery.data?.chainNodeMembers.category ?? listingsQuery.data?.chainNodeMembers.category ?? null,
    firms: firms?.edges.map((e) => e.node) ?? [],
    firmCount: firms?.totalCount ?? 0,
    moreFirms: firms?.pageInfo.hasNextPage ?? false,
    loadMoreFirms: () => firmsQuery.fetchMore({ variables: { after: firms?.pageInfo.endCursor } }),
    listings: listings?.edges.map((e) => e.node) ?? [],
    listingCount: listings?.totalCount ?? 0,
    moreListings: listings?.pageInfo.hasNextPage ?? false,
    loadMoreListings: () => listingsQuery.fetchMore({ variables: { after: listings?.pageInfo.endCursor } }),
    loading: (firmsQuery.loading && !firmsQuery.data) || (listingsQuery.loading && !listingsQuery.data),
  };
}
