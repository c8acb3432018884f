import type { EntityManager } from 'typeorm';

/** A firm's signed deals (已签约 or 已履约, as both sides last agreed) and their agreed amount in CNY. */
export interface SignedDeals {
  count: number;
  amountCny: number;
}

/** Each firm's confirmed signed deals, as supplier or buyer (libs/policies reads them for its rules). */
export async function signedDealsOfFirms(
  m: EntityManager,
  enterpriseIds: readonly string[],
): Promise<Map<string, SignedDeals>> {
  const out = new Map<string, SignedDeals>();
  if (!enterpriseIds.length) return out;
  const rows: { enterpriseId: string; count: number; amount: string }[] = await m.query(
    `SELECT f.id AS "enterpriseId", count(*)::int AS count, COALESCE(sum(d.agreed_amount_cny), 0)::text AS amount
       FROM unnest($1::uuid[]) AS f(id)
       JOIN deal d ON (d.supplier_enterprise_id = f.id OR d.buyer_enterprise_id = f.id)
      WHERE d.agreed_stage IN ('SIGNED', 'FULFILLED') AND d.report_review IS DISTINCT FROM 'EXCLUDED'
      GROUP BY f.id`,
    [enterpriseIds],
  );
  for (const r of rows) out.set(r.enterpriseId, { count: r.count, amountCny: Number(r.amount) });
  return out;
}
