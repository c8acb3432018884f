import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

import type { Sector } from '../../../generated/graphql';
import { SECTORS } from '../../enterprises/utils/categoryOptions';

/** 贵州省: where the console's firms are, until the user picks another region. */
const DEFAULT_REGION = '520000';

/** The panorama's sector and region, kept in the address (?sector=…&region=…) so a view can be shared. */
export function usePanoramaFilters() {
  const [params, setParams] = useSearchParams();
  const rawSector = params.get('sector');
  const sector = rawSector && (SECTORS as string[]).includes(rawSector) ? (rawSector as Sector) : null;
  const rawRegion = params.get('region');
  const regionCode = rawRegion && /^\d{6}$/.test(rawRegion) ? rawRegion : DEFAULT_REGION;
  const update = useCallback(
    (next: { sector?: Sector | null; regionCode?: string }) =>
      setParams(
        (p) => {
          const out = new URLSearchParams(p);
          if (next.sector !== undefined) {
            if (next.sector) out.set('sector', next.sector);
            else out.delete('sector');
          }
          if (next.regionCode) out.set('region', next.regionCode);
          return out;
        },
        { replace: true },
      ),
    [setParams],
  );
  return {
    sector,
    regionCode,
    setSector: (s: Sector | null) => update({ sector: s }),
    setRegion: (r: string) => update({ regionCode: r }),
  };
}
