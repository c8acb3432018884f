import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';

import { fastQuery } from '@duijie/database';
import { EnterpriseEntity } from '@duijie/enterprises';
import { NOTIFY_SCORE } from '@duijie/matching';

export interface ListingTotalRow {
  code: string;
  kind: 'SUPPLY' | 'DEMAND';
  unit: string | null;
  listings: number;
  /** Listings that give a quantity, and its sum (null when none does). */
  quantified: number;
  quantity: number | null;
}

export interface FirmCountRow {
  code: string;
  firms: number;
}

/** A firm making one of the asked categories (naming it or offering it), with its open supply of it. */
export interface CategorySupplierRow {
  enterpriseId: string;
  categoryCode: string;
  regionCode: string;
  verified: boolean;
  openSupplies: number;
  /** Open supply quantity per unit: `[{ unit, quantity }]`. */
  quantities: { unit: string; quantity: number }[];
  /** Certifications its open supplies of the category hold. */
  certifications: string[];
}

export interface EdgeTotalRow {
  from: string;
  to: string;
  matchedPairs: number;
  signedDeals: number;
  signedAmountCny: string;
}

/**
 * The panorama's numbers, each one GROUP BY statement over the region's firms: nothing is loaded
 * row by row. A region is a prefix of the firm's six-digit code (`52%`, `5203%`, `520382`).
 */
@Injectable()
export class ChainPanoramaRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Open listings per category, kind and unit, of firms in the region (confidential ones counted). */
  listingTotals(codes: readonly string[], prefix: string): Promise<ListingTotalRow[]> {
    return fastQuery<ListingTotalRow>(
      this.db,
      `SELECT l.category_code AS code, l.kind, l.unit, count(*)::int AS listings,
              count(l.quantity)::int AS quantified, sum(l.quantity) AS quantity
         FROM listing l JOIN enterprise e ON e.id = l.enterprise_id
        WHERE l.status = 'OPEN' AND l.category_code = ANY($1::varchar[]) AND e.region_code LIKE $2
        GROUP BY 1, 2, 3`,
      [codes, `${prefix}%`],
    );
  }

  /** Firms in the region per category: those naming it among their categories or offering it (an open supply). */
  firmCounts(codes: readonly string[], prefix: string): Promise<FirmCountRow[]> {
    return fastQuery<FirmCountRow>(
      this.db,
      `SELECT code, count(*)::int AS firms FROM (
          SELECT e.id, c AS code FROM enterprise e CROSS JOIN LATERAL unnest(e.category_codes) c
           WHERE e.region_code LIKE $2 AND c = ANY($1::text[])
          UNION
          SELECT l.enterprise_id, l.category_code FROM listing l JOIN enterprise e ON e.id = l.enterprise_id
           WHERE l.status = 'OPEN' AND l.kind = 'SUPPLY' AND l.category_code = ANY($1::varchar[]) AND e.region_code LIKE $2
        ) x GROUP BY code`,
      [codes, `${prefix}%`],
    );
  }

  /**
   * Per chain edge A → B, with a firm of either side in the region: strong match suggestions of a
   * supply of A with a demand of a firm making B (a 白酒 maker's demand for bottles, on 玻璃 → 白酒),
   * and the deals both firms confirmed as signed or fulfilled, a product of A (by the listings the
   * deal names, else the supplier's first category) bought by a firm making B, with their agreed amounts.
   * (No `category_codes && …` prefilter on the buyers of suggestions: its row estimate is far too
   * low and turns the listing join into one index lookup per suggestion; the join on the edges
   * filters instead.)
   */
  edgeTotals(edges: readonly { from: string; to: string }[], prefix: string): Promise<EdgeTotalRow[]> {
    if (!edges.length) return Promise.resolve([]);
    return fastQuery<EdgeTotalRow>(
      this.db,
      `WITH edge AS (SELECT * FROM unnest($1::varchar[], $2::text[]) AS t(from_code, to_code)),
            pair AS (
              SELECT sl.category_code AS code, de.category_codes AS buyer_codes
                FROM match_suggestion m
                JOIN listing sl ON sl.id = m.supply_id
                JOIN enterprise se ON se.id = m.supply_enterprise_id JOIN enterprise de ON de.id = m.demand_enterprise_id
               WHERE m.score >= $4 AND (se.region_code LIKE $3 OR de.region_code LIKE $3)
                 AND sl.category_code = ANY($1::varchar[])),
            signed AS (
              SELECT COALESCE(sl.category_code, dl.category_code, se.category_codes[1]) AS code,
                     de.category_codes AS buyer_codes, d.agreed_amount_cny AS amount
                FROM deal d
                JOIN enterprise se ON se.id = d.supplier_enterprise_id JOIN enterprise de ON de.id = d.buyer_enterprise_id
                LEFT JOIN listing sl ON sl.id = d.supply_listing_id LEFT JOIN listing dl ON dl.id = d.demand_listing_id
               WHERE d.agreed_stage IN ('SIGNED', 'FULFILLED') AND d.report_review IS DISTINCT FROM 'EXCLUDED' AND (se.region_code LIKE $3 OR de.region_code LIKE $3)
                 AND de.category_codes && $2::text[]),
            pairs AS (
              SELECT e.from_code, e.to_code, count(*)::int AS n FROM edge e
                JOIN pair p ON p.code = e.from_code AND e.to_code = ANY(p.buyer_codes) GROUP BY 1, 2),
            deals AS (
              SELECT e.from_code, e.to_code, count(*)::int AS n, sum(s.amount) AS amount FROM edge e
                JOIN signed s ON s.code = e.from_code AND e.to_code = ANY(s.buyer_codes) GROUP BY 1, 2)
       SELECT e.from_code AS "from", e.to_code AS "to", COALESCE(p.n, 0) AS "matchedPairs",
              COALESCE(d.n, 0) AS "signedDeals", round(COALESCE(d.amount, 0), 2)::text AS "signedAmountCny"
         FROM edge e
         LEFT JOIN pairs p ON p.from_code = e.from_code AND p.to_code = e.to_code
         LEFT JOIN deals d ON d.from_code = e.from_code AND d.to_code = e.to_code`,
      [edges.map((e) => e.from), edges.map((e) => e.to), `${prefix}%`, NOTIFY_SCORE],
    );
  }

  /**
   * Firms making any of `codes` (naming it or offering it in an open supply), inside the region
   * (`inside`) or outside it, most open supplies first, verified first, at most `limit` rows (a firm
   * once per category).
   */
  categorySuppliers(
    codes: readonly string[],
    prefix: string,
    inside: boolean,
    limit: number,
  ): Promise<CategorySupplierRow[]> {
    if (!codes.length) return Promise.resolve([]);
    const where = inside ? `e.region_code LIKE $2` : `e.region_code NOT LIKE $2`;
    return fastQuery<CategorySupplierRow>(
      this.db,
      `WITH s AS (
          SELECT l.enterprise_id AS id, l.category_code AS code, l.unit, count(*)::int AS n, sum(l.quantity) AS quantity
            FROM listing l JOIN enterprise e ON e.id = l.enterprise_id
           WHERE l.status = 'OPEN' AND l.kind = 'SUPPLY' AND l.category_code = ANY($1::varchar[]) AND ${where}
           GROUP BY 1, 2, 3),
            c AS (
          SELECT DISTINCT l.enterprise_id AS id, l.category_code AS code, cert
            FROM listing l JOIN enterprise e ON e.id = l.enterprise_id CROSS JOIN LATERAL unnest(l.certifications) cert
           WHERE l.status = 'OPEN' AND l.kind = 'SUPPLY' AND l.category_code = ANY($1::varchar[]) AND ${where}),
            f AS (
          SELECT id, code FROM s
          UNION
          SELECT e.id, c FROM enterprise e CROSS JOIN LATERAL unnest(e.category_codes) c
           WHERE c = ANY($1::text[]) AND ${where})
       SELECT f.id AS "enterpriseId", f.code AS "categoryCode", e.region_code AS "regionCode",
              e.verification_status = 'VERIFIED' AS verified,
              COALESCE((SELECT sum(s.n) FROM s WHERE s.id = f.id AND s.code = f.code), 0)::int AS "openSupplies",
              COALESCE((SELECT json_agg(json_build_object('unit', s.unit, 'quantity', s.quantity) ORDER BY s.unit)
                          FROM s WHERE s.id = f.id AND s.code = f.code AND s.unit IS NOT NULL AND s.quantity IS NOT NULL), '[]') AS quantities,
              COALESCE((SELECT array_agg(c.cert ORDER BY c.cert) FROM c WHERE c.id = f.id AND c.code = f.code), '{}') AS certifications
         FROM f JOIN enterprise e ON e.id = f.id
        ORDER BY 5 DESC, 4 DESC, f.id, f.code
        LIMIT $3`,
      [codes, `${prefix}%`, limit],
    );
  }

  /**
   * A node's firms in the region, by name: those naming the category or offering it (an open
   * supply). A buyer is not one of them, so a confidential demand never names its firm here.
   * Keyset on (name, id); `limit + 1` rows tell whether a next page exists.
   */
  async nodeFirms(
    code: string,
    prefix: string,
    limit: number,
    after?: { name: string; id: string },
  ): Promise<EnterpriseEntity[]> {
    const { where, params } = nodeFirmsWhere(code, prefix);
    if (after) where.push(`(e.name, e.id) > ($${params.push(after.name)}, $${params.push(after.id)}::uuid)`);
    const ids = await fastQuery<{ id: string }>(
      this.db,
      `SELECT e.id FROM enterprise e WHERE ${where.join(' AND ')} ORDER BY e.name, e.id LIMIT $${params.push(limit + 1)}`,
      params,
    );
    if (!ids.length) return [];
    const firms = await this.db.getRepository(EnterpriseEntity).findBy({ id: In(ids.map((r) => r.id)) });
    const byId = new Map(firms.map((f) => [f.id, f]));
    return ids.map((r) => byId.get(r.id)).filter((f): f is EnterpriseEntity => !!f);
  }

  async nodeFirmCount(code: string, prefix: string): Promise<number> {
    const { where, params } = nodeFirmsWhere(code, prefix);
    const [row] = await fastQuery<{ n: number }>(
      this.db,
      `SELECT count(*)::int AS n FROM enterprise e WHERE ${where.join(' AND ')}`,
      params,
    );
    return row.n;
  }
}

function nodeFirmsWhere(code: string, prefix: string): { where: string[]; params: unknown[] } {
  const params: unknown[] = [];
  const param = (v: unknown) => `$${params.push(v)}`;
  const c = param(code);
  const where = [
    `e.region_code LIKE ${param(`${prefix}%`)}`,
    `(e.category_codes @> ARRAY[${c}]::text[] OR EXISTS (SELECT 1 FROM listing l WHERE l.enterprise_id = e.id
       AND l.category_code = ${c} AND l.kind = 'SUPPLY' AND l.status = 'OPEN'))`,
  ];
  return { where, params };
}
