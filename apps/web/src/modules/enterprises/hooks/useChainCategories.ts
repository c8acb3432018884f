import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';

import { ChainCategoriesDocument } from '../../../generated/graphql';
import { groupCategories } from '../utils/categoryOptions';

/** The chain's categories, grouped by sector for a searchable select. */
export function useChainCategories() {
  const { data, loading } = useQuery(ChainCategoriesDocument);
  const groups = useMemo(() => groupCategories(data?.chainCategories ?? []), [data]);
  return { groups, loading };
}
