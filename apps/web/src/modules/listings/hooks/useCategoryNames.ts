import { useQuery } from '@apollo/client/react';
import { useCallback, useMemo } from 'react';

import { ChainCategoriesDocument } from '../../../generated/graphql';

/** A chain category's name by its code (the code itself until the categories have loaded). */
export function useCategoryNames(): (code: string) => string {
  const { data } = useQuery(ChainCategoriesDocument);
  const names = useMemo(() => new Map((data?.chainCategories ?? []).map((c) => [c.code, c.name])), [data]);
  return useCallback((code: string) => names.get(code) ?? code, [names]);
}
