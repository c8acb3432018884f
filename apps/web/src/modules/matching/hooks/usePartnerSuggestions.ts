import { useQuery } from '@apollo/client/react';

import { PartnerSuggestionsDocument } from '../../../generated/graphql';

/** Firms up- and downstream whose open listings were matched with the firm's. */
export function usePartnerSuggestions(enterpriseId: string | null) {
  const { data, loading } = useQuery(PartnerSuggestionsDocument, {
    variables: { enterpriseId: enterpriseId ?? '', first: 20 },
    skip: !enterpriseId,
  });
  return { partners: data?.partnerSuggestions ?? [], loading: loading && !data };
}
