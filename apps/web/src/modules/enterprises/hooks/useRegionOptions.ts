import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useState } from 'react';

import { RegionsDocument } from '../../../generated/graphql';
import { regionPath } from '../utils/categoryOptions';

export interface RegionOption {
  value: string;
  label: string;
  isLeaf: boolean;
  children?: RegionOption[];
}

const isCounty = (code: string) => !code.endsWith('00');

/**
 * Province → prefecture → county options, loaded level by level from `regions(parentCode)`;
 * the levels along `initial` are loaded up front so an existing value shows its names.
 */
export function useRegionOptions(initial?: string | null) {
  const client = useApolloClient();
  const [options, setOptions] = useState<RegionOption[]>([]);

  const children = useCallback(
    async (parentCode: string | null): Promise<RegionOption[]> => {
      const { data } = await client.query({ query: RegionsDocument, variables: { parentCode } });
      return (data?.regions ?? []).map((r) => ({ value: r.code, label: r.name, isLeaf: isCounty(r.code) }));
    },
    [client],
  );

  useEffect(() => {
    let live = true;
    void (async () => {
      const top = await children(null);
      let level = top;
      for (const code of regionPath(initial).slice(0, -1)) {
        const node = level.find((o) => o.value === code);
        if (!node) break;
        node.children = await children(code);
        level = node.children;
      }
      if (live) setOptions(top);
    })();
    return () => {
      live = false;
    };
  }, [children, initial]);

  const loadData = useCallback(
    async (selected: RegionOption[]) => {
      const target = selected[selected.length - 1];
      const kids = await children(target.value);
      target.children = kids;
      if (kids.length === 0) target.isLeaf = true;
      setOptions((o) => [...o]);
    },
    [children],
  );

  return { options, loadData };
}
