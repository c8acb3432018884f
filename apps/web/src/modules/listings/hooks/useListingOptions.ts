import { useQuery } from '@apollo/client/react';

import { ListingOptionsDocument } from '../../../generated/graphql';

/** Units and certifications a listing may name (the API's reference data). */
export function useListingOptions() {
  const { data } = useQuery(ListingOptionsDocument);
  return {
    units: (data?.units ?? []).map((u) => ({ value: u.code, label: u.code })),
    certifications: (data?.certifications ?? []).map((c) => ({ value: c.code, label: `${c.code} · ${c.name}` })),
  };
}
