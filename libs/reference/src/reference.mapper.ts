import type { RegionObject } from './reference.objects';
import type { RegionTable } from './regions';

export function toRegionObject(regions: RegionTable, code: string): RegionObject | null {
  const r = regions.get(code);
  return r ? { code: r.code, name: r.name, fullName: regions.fullName(r.code), parentCode: r.parentCode } : null;
}
