import { useQuery } from '@apollo/client/react';

import { MeDocument } from '../../../generated/graphql';
import { errorCodeOf } from '../../../shared/graphqlErrors';

/** The signed-in user (and their enterprise), or `signedOut` when the session cookie is missing or expired. */
export function useMe() {
  const { data, loading, error } = useQuery(MeDocument);
  return {
    me: data?.me ?? null,
    loading,
    signedOut: errorCodeOf(error) === 'UNAUTHENTICATED',
    error,
  };
}
