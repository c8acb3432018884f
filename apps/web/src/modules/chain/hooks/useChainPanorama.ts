import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';

import type { Sector } from '../../../generated/graphql';
import { ChainPanoramaDocument } from '../../../generated/graphql';
import type { ChainLayout } from '../utils/chainLayout';
import { layeredLayout } from '../utils/chainLayout';

/** The panorama of a sector (or all) in a region, with its layered layout computed once per answer. */
export function useChainPanorama(sector: Sector | null, regionCode: string | null) {
  const query = useQuery(ChainPanoramaDocument, {
    variables: { sector, regionCode: regionCode ?? '' },
    skip: !regionCode,
  });
  const panorama = query.data?.chainPanorama ?? null;
  const layout = useMemo<ChainLayout | null>(
    () =>
      panorama
        ? layeredLayout(
            panorama.nodes.map((n) => n.category.code),
            panorama.edges.map((e) => ({ from: e.fromCode, to: e.toCode })),
          )
        : null,
    [panorama],
  );
  return { panorama, layout, loading: query.loading, error: query.error };
}
