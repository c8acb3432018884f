import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { Access, Viewer } from '@duijie/accounts';
import { fastQuery } from '@duijie/database';
import { listingIsOpenSql } from '@duijie/listings';

import { MatchDecision, MatchSuggestionEntity } from './match-suggestion.entity';

/** Suggestion columns under their entity names, plus the listings' kinds for the side checks. */
const SUGGESTION_SELECT = `SELECT s.id, s.supply_id AS "supplyId", s.demand_id AS "demandId",
  s.supply_enterprise_id AS "supplyEnterpriseId", s.demand_enterprise_id AS "demandEnterpriseId", s.score, s.reasons,
  s.supply_decision AS "supplyDecision", s.demand_decision AS "demandDecision",
  s.supply_fingerprint AS "supplyFingerprint", s.demand_fingerprint AS "demandFingerprint",
  s.created_at AS "createdAt", s.updated_at AS "updatedAt"
  FROM match_suggestion s`;

/** What a listing's suggestion list shows: both listings open, neither side dismissed. */
const SHOWN = `s.supply_decision IS DISTINCT FROM 'DISMISS' AND s.demand_decision IS DISTINCT FROM 'DISMISS'
  AND ${listingIsOpenSql('s.supply_id', 'sl')} AND ${listingIsOpenSql('s.demand_id', 'dl')}`;

/** Only pairs whose demand the viewer may see (supplies are never confidential): the access policy in SQL. */
function visibleTo(viewer: Viewer | null, params: unknown[]): string {
  const param = (value: unknown) => `$${params.push(value)}`;
  return `EXISTS (SELECT 1 FROM listing vl WHERE vl.id = s.demand_id AND ${Access.listingVisibleSql(viewer, 'vl', param)})`;
}

export interface PartnerRow {
  enterpriseId: string;
  bestScore: number;
  pairs: number;
  direction: 'UPSTREAM' | 'DOWNSTREAM';
  bestSuggestionId: string;
}

/** What the API reads of suggestions (a listing's pages, an enterprise's partners), and a side's decision. */
@Injectable()
export class SuggestionsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** One page of a listing's suggestions that the viewer may see, best first, keyset on (score, id). */
  page(
    listingId: string,
    side: 'supply' | 'demand',
    viewer: Viewer | null,
    limit: number,
    after?: { score: number; id: string },
  ): Promise<MatchSuggestionEntity[]> {
    const params: unknown[] = [listingId, limit + 1];
    let keyset = '';
    if (after) {
      params.push(after.score, after.id);
      keyset = `AND (s.score < $3 OR (s.score = $3 AND s.id > $4::uuid))`;
    }
    const visible = visibleTo(viewer, params);
    return fastQuery(
      this.db,
      `${SUGGESTION_SELECT} WHERE s.${side}_id = $1 AND ${SHOWN} AND ${visible} ${keyset}
       ORDER BY s.score DESC, s.id LIMIT $2`,
      params,
    );
  }

  async count(listingId: string, side: 'supply' | 'demand', viewer: Viewer | null): Promise<number> {
    const params: unknown[] = [listingId];
    const visible = visibleTo(viewer, params);
    const rows = await fastQuery<{ n: number }>(
      this.db,
      `SELECT count(*)::int AS n FROM match_suggestion s WHERE s.${side}_id = $1 AND ${SHOWN} AND ${visible}`,
      params,
    );
    return rows[0].n;
  }

  /** Shown suggestions per listing (either side), for many listings in one statement; 0 for a listing with none. */
  async countsByListing(listingIds: readonly string[], viewer: Viewer | null): Promise<Map<string, number>> {
    const params: unknown[] = [listingIds];
    const visible = visibleTo(viewer, params);
    const rows = await fastQuery<{ id: string; n: number }>(
      this.db,
      `SELECT id, sum(n)::int AS n FROM (
         SELECT s.supply_id AS id, count(*) AS n FROM match_suggestion s
          WHERE s.supply_id = ANY($1::uuid[]) AND ${SHOWN} AND ${visible} GROUP BY s.supply_id
         UNION ALL
         SELECT s.demand_id AS id, count(*) AS n FROM match_suggestion s
          WHERE s.demand_id = ANY($1::uuid[]) AND ${SHOWN} AND ${visible} GROUP BY s.demand_id
       ) x GROUP BY id`,
      params,
    );
    return new Map(rows.map((r) => [r.id, r.n]));
  }

  /** The best match score between two firms' listings, either way round; inside a transaction pass its manager. */
  async bestScoreBetween(a: string, b: string, m: EntityManager = this.db.manager): Promise<number | null> {
    const rows: { score: number | null }[] = await m.query(
      `SELECT max(score)::float8 AS score FROM match_suggestion
        WHERE (supply_enterprise_id = $1 AND demand_enterprise_id = $2) OR (supply_enterprise_id = $2 AND demand_enterprise_id = $1)`,
      [a, b],
    );
    return rows[0]?.score ?? null;
  }

  /** The suggestion when the viewer may see its demand (a confidential one only through a tie), else null. */
  async findVisible(id: string, viewer: Viewer | null): Promise<MatchSuggestionEntity | null> {
    const params: unknown[] = [id];
    const visible = visibleTo(viewer, params);
    const rows = await fastQuery<MatchSuggestionEntity>(
      this.db,
      `${SUGGESTION_SELECT} WHERE s.id = $1 AND ${visible}`,
      params,
    );
    return rows[0] ?? null;
  }

  async findById(id: string): Promise<MatchSuggestionEntity | null> {
    const rows = await fastQuery<MatchSuggestionEntity>(this.db, `${SUGGESTION_SELECT} WHERE s.id = $1`, [id]);
    return rows[0] ?? null;
  }

  async decide(id: string, side: 'supply' | 'demand', decision: MatchDecision): Promise<MatchSuggestionEntity> {
    await this.db.query(`UPDATE match_suggestion SET ${side}_decision = $2, updated_at = now() WHERE id = $1`, [
      id,
      decision,
    ]);
    return (await this.findById(id))!;
  }

  /**
   * Firms whose open listings were matched with the enterprise's open listings, best first:
   * suppliers of its demands (UPSTREAM) and buyers of its supplies (DOWNSTREAM), through the
   * pairs whose demand the viewer may see.
   */
  partners(enterpriseId: string, limit: number, viewer: Viewer | null): Promise<PartnerRow[]> {
    const params: unknown[] = [enterpriseId, limit];
    const visible = visibleTo(viewer, params);
    return fastQuery(
      this.db,
      `WITH pairs AS (
         SELECT s.id, s.score, s.supply_enterprise_id AS partner, 'UPSTREAM' AS direction
           FROM match_suggestion s WHERE s.demand_enterprise_id = $1 AND ${SHOWN} AND ${visible}
         UNION ALL
         SELECT s.id, s.score, s.demand_enterprise_id AS partner, 'DOWNSTREAM' AS direction
           FROM match_suggestion s WHERE s.supply_enterprise_id = $1 AND ${SHOWN} AND ${visible}
       )
       SELECT partner AS "enterpriseId", max(score) AS "bestScore", count(*)::int AS pairs,
              (array_agg(direction ORDER BY score DESC, id))[1] AS direction,
              (array_agg(id ORDER BY score DESC, id))[1] AS "bestSuggestionId"
         FROM pairs GROUP BY partner ORDER BY max(score) DESC, count(*) DESC, partner LIMIT $2`,
      params,
    );
  }
}
