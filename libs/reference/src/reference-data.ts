import certificationsFile from '../../../data/certifications.json';
import chainFile from '../../../data/chain.json';
import unitsFile from '../../../data/units.json';

/** The project's own copy of the reference data (see data/). */
export interface ChainFile {
  categories: { code: string; name: string; group: string; tenSectors?: boolean; examples?: string }[];
  edges: { from: string; to: string; why?: string }[];
  groups: { key: string; name: string }[];
}

export const CHAIN_DATA: ChainFile = chainFile;

export interface UnitDef {
  code: string;
  kind: string;
}

export const UNITS: readonly UnitDef[] = unitsFile.units;
export const UNIT_CODES: readonly string[] = UNITS.map((u) => u.code);

export interface CertificationDef {
  code: string;
  name: string;
}

export const CERTIFICATIONS: readonly CertificationDef[] = certificationsFile.certifications;
export const CERTIFICATION_CODES: readonly string[] = CERTIFICATIONS.map((c) => c.code);

const CONVERSIONS = (unitsFile as unknown as { conversions?: Record<string, [string, number]> }).conversions ?? {};

/**
 * The factor that turns a quantity in unit `from` into one in unit `to`, from the conversions of
 * data/units.json (both directions, and chained through a shared unit); null when they do not convert.
 */
export function unitFactor(from: string, to: string): number | null {
  if (from === to) return 1;
  let row = FACTORS.get(from);
  if (!row) FACTORS.set(from, (row = new Map<string, number | null>()));
  let factor = row.get(to);
  if (factor === undefined) row.set(to, (factor = computeUnitFactor(from, to)));
  return factor;
}

/** Memo of unitFactor: matching asks for the same few pairs millions of times. */
const FACTORS = new Map<string, Map<string, number | null>>();

function computeUnitFactor(from: string, to: string): number | null {
  const toBase = (u: string): [string, number] => {
    let unit = u;
    let factor = 1;
    for (let i = 0; i < 8 && CONVERSIONS[unit]; i++) {
      const [next, f] = CONVERSIONS[unit];
      unit = next;
      factor *= f;
    }
    return [unit, factor];
  };
  const [a, fa] = toBase(from);
  const [b, fb] = toBase(to);
  return a === b ? fa / fb : null;
}
