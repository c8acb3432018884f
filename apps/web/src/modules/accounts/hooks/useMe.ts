import { useQuery } from '@apollo/client/react';

import { MeDocument } from '../../../generated/graphql';
import { errorCodeOf } from '../../../shared/graphqlErrors';
import { lastKnown } from '../../../shared/lastKnown';

/**
 * The signed-in user (and their enterprise), or `signedOut` when the session cookie is missing or expired. While the
 * query fetches again (another operation left the cached user incomplete), the last user stays: the signed-in frame
 * would otherwise show its skeleton and unmount the page under it, dropping what the user has typed.
 */
export function useMe() {
  const { data, previousData, loading, error } = useQuery(MeDocument);
  const current = lastKnown(data, previousData, error);
  return {
    me: current?.me ?? null,
    loading: loading && !current,
    signedOut: errorCodeOf(error) === 'UNAUTHENTICATED',
    error,
  };
}
