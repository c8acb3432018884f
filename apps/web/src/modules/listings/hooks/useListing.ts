import { useQuery } from '@apollo/client/react';

import { ListingDocument } from '../../../generated/graphql';
import { usePollWhile } from './usePollWhile';

/** One listing, polled while the worker computes its suggestions. */
export function useListing(id: string) {
  const query = useQuery(ListingDocument, { variables: { id } });
  const listing = query.data?.listing ?? null;
  const pending = listing?.status === 'OPEN' && listing.matchingStatus === 'PENDING';
  usePollWhile(pending, query);
  return { listing, loading: query.loading && !query.data, pending };
}
