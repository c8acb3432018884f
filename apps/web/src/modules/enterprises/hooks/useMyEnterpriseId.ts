import { useQuery } from '@apollo/client/react';

import { MeDocument } from '../../../generated/graphql';

/** The caller's enterprise id (null before registration), from the cached `me`. */
export function useMyEnterpriseId(): { enterpriseId: string | null; loading: boolean } {
  const { data, loading } = useQuery(MeDocument);
  return { enterpriseId: data?.me.enterprise?.id ?? null, loading: loading && !data };
}
