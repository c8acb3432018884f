import type { EntityManager } from 'typeorm';

/** What a policy's rules read of a firm itself (libs/policies). */
export interface FirmProfile {
  id: string;
  sector: string;
  participantType: string;
  regionCode: string;
  /** 企业规模 as declared (EnterpriseScale), null when not. */
  scale: string | null;
  verified: boolean;
}

const PROFILE = `id, sector, participant_type AS "participantType", region_code AS "regionCode", scale AS "scale", verification_status = 'VERIFIED' AS verified`;

/**
 * A keyset page (by id) of the firms registered within any of the region prefixes (52 → 贵州省),
 * leaving out `exceptId` (a policy's issuing body).
 */
export function firmProfilesInRegions(
  m: EntityManager,
  prefixes: readonly string[],
  exceptId: string,
  afterId: string | null,
  limit: number,
): Promise<FirmProfile[]> {
  return m.query(
    `SELECT ${PROFILE} FROM enterprise
      WHERE region_code LIKE ANY($1::text[]) AND id <> $2 AND ($3::uuid IS NULL OR id > $3)
      ORDER BY id LIMIT $4`,
    [prefixes.map((p) => `${p}%`), exceptId, afterId, limit],
  );
}

/** One firm's profile (null when there is none). */
export async function firmProfile(m: EntityManager, id: string): Promise<FirmProfile | null> {
  const rows: FirmProfile[] = await m.query(`SELECT ${PROFILE} FROM enterprise WHERE id = $1`, [id]);
  return rows[0] ?? null;
}
