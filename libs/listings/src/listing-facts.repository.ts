import type { EntityManager } from 'typeorm';

/** The certification codes on each firm's open listings (libs/policies reads them for its rules). */
export async function certificationsOfFirms(
  m: EntityManager,
  enterpriseIds: readonly string[],
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (!enterpriseIds.length) return out;
  const rows: { enterpriseId: string; codes: string[] }[] = await m.query(
    `SELECT enterprise_id AS "enterpriseId", array_agg(DISTINCT c) AS codes
       FROM listing, unnest(certifications) AS c
      WHERE enterprise_id = ANY($1::uuid[]) AND status = 'OPEN'
      GROUP BY enterprise_id`,
    [enterpriseIds],
  );
  for (const r of rows) out.set(r.enterpriseId, r.codes);
  return out;
}
