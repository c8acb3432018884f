import chainFile from '../../../data/chain.json';
import unitsFile from '../../../data/units.json';
import certificationsFile from '../../../data/certifications.json';

/** The project's own copy of the reference data (see data/). */
export interface ChainFile {
  categories: { code: string; name: string; group: string; tenSectors?: boolean; examples?: string }[];
  edges: { from: string; to: string; why?: string }[];
  groups: { key: string; name: string }[];
}

export const CHAIN_DATA: ChainFile = chainFile as ChainFile;

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
