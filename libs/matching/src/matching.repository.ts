import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { Access, Viewer } from '@duijie/accounts';
import { fastQuery, runTransaction } from '@duijie/database';
import type { ListingDraft } from '@duijie/listings';
import { JOB_IDS, QUEUES, recordJobs } from '@duijie/queue';

import { MatchListing, ScoredPair } from './engine/types';
import { MatchRunEntity, MatchRunStatus } from './match-run.entity';
import { MatchDecision, MatchSuggestionEntity } from './match-suggestion.entity';

/** A listing row as the matcher loads it: its own fields and its enterprise's categories. */
export interface MatchSourceRow extends Omit<ListingDraft, 'kind' | 'confidential'> {
  id: string;
  enterpriseId: string;
  kind: 'SUPPLY' | 'DEMAND';
  status: 'OPEN' | 'CLOSED' | 'EXPIRED';
  version: number;
  updatedAt: Date;
  enterpriseCategories: string[];
}

const SOURCE_SELECT = `SELECT l.id, l.enterprise_id AS "enterpriseId", l.kind, l.title, l.description,
  l.category_code AS "categoryCode", l.quantity, l.unit, l.price_min AS "priceMin", l.price_max AS "priceMax",
  l.region_code AS "regionCode", l.certifications, l.valid_until AS "validUntil", l.status, l.version,
  l.updated_at AS "updatedAt", e.category_codes AS "enterpriseCategories"
  FROM listing l JOIN enterprise e ON e.id = l.enterprise_id`;

/** Suggestion columns under their entity names, plus the listings' kinds for the side checks. */
const SUGGESTION_SELECT = `SELECT s.id, s.supply_id AS "supplyId", s.demand_id AS "demandId",
  s.supply_enterprise_id AS "supplyEnterpriseId", s.demand_enterprise_id AS "demandEnterpriseId", s.score, s.reasons,
  s.supply_decision AS "supplyDecision", s.demand_decision AS "demandDecision",
  s.supply_fingerprint AS "supplyFingerprint", s.demand_fingerprint AS "demandFingerprint",
  s.created_at AS "createdAt", s.updated_at AS "updatedAt"
  FROM match_suggestion s`;

/** What a listing's suggestion list shows: both listings open, neither side dismissed. */
const SHOWN = `s.supply_decision IS DISTINCT FROM 'DISMISS' AND s.demand_decision IS DISTINCT FROM 'DISMISS'
  AND EXISTS (SELECT 1 FROM listing sl WHERE sl.id = s.supply_id AND sl.status = 'OPEN')
  AND EXISTS (SELECT 1 FROM listing dl WHERE dl.id = s.demand_id AND dl.status = 'OPEN')`;

/** Only pairs whose demand the viewer may see (supplies are never confidential): the access policy in SQL. */
function visibleTo(viewer: Viewer | null, params: unknown[]): string {
  const param = (value: unknown) => `$${params.push(value)}`;
  return `EXISTS (SELECT 1 FROM listing vl WHERE vl.id = s.demand_id AND ${Access.listingVisibleSql(viewer, 'vl', param)})`;
}

/** A strong pair an enterprise has not been told of, as its announcement names it. */
export interface UnannouncedPair {
  id: string;
  score: number;
  side: 'supply' | 'demand';
  ownTitle: string;
  ownListingId: string;
  partnerName: string;
  partnerId: string;
}

/** How many pairs a listing keeps of its own (see MatchEngine): its best `own`, and its strong ones up to `max`. */
export interface CounterpartKeeps {
  own: number;
  max: number;
  strong: number;
}

export interface PartnerRow {
  enterpriseId: string;
  bestScore: number;
  pairs: number;
  direction: 'UPSTREAM' | 'DOWNSTREAM';
  bestSuggestionId: string;
}

@Injectable()
export class MatchingRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  // ---- what the worker reads -------------------------------------------------------------

  /** Open listings in id order, a batch at a time (the worker's start-up load). */
  openListings(afterId: string | null, limit: number): Promise<MatchSourceRow[]> {
    return fastQuery(
      this.db,
      `${SOURCE_SELECT} WHERE l.status = 'OPEN' ${afterId ? 'AND l.id > $2' : ''} ORDER BY l.id LIMIT $1`,
      afterId ? [limit, afterId] : [limit],
    );
  }

  /** Listings of any status changed at or after `since`. */
  changedSince(since: Date): Promise<MatchSourceRow[]> {
    return fastQuery(this.db, `${SOURCE_SELECT} WHERE l.updated_at >= $1 ORDER BY l.updated_at`, [since]);
  }

  /**
   * One listing as the matcher needs it, with the database's clock at the read (`asOf`), so that
   * comparisons with `updated_at` never mix two clocks.
   */
  async source(id: string): Promise<(MatchSourceRow & { asOf: Date }) | null> {
    const rows = await fastQuery<MatchSourceRow & { asOf: Date }>(
      this.db,
      `${SOURCE_SELECT.replace('SELECT ', 'SELECT clock_timestamp() AS "asOf", ')} WHERE l.id = $1`,
      [id],
      'match-source',
    );
    return rows[0] ?? null;
  }

  /** Ids of all open listings after `afterId`, for re-match chunks. */
  async openIds(afterId: string | null, limit: number): Promise<string[]> {
    const rows = await fastQuery<{ id: string }>(
      this.db,
      `SELECT id FROM listing WHERE status = 'OPEN' ${afterId ? 'AND id > $2' : ''} ORDER BY id LIMIT $1`,
      afterId ? [limit, afterId] : [limit],
    );
    return rows.map((r) => r.id);
  }

  // ---- what the worker writes -------------------------------------------------------------

  /** The counterparts `x` has an undecided pair with (whoever's job wrote it), to be scored again. */
  async undecidedCounterparts(x: MatchListing): Promise<string[]> {
    const mine = x.kind === 'SUPPLY' ? 'supply_id' : 'demand_id';
    const theirs = x.kind === 'SUPPLY' ? 'demand_id' : 'supply_id';
    const rows = await fastQuery<{ id: string }>(
      this.db,
      `SELECT ${theirs} AS id FROM match_suggestion WHERE ${mine} = $1 AND supply_decision IS NULL AND demand_decision IS NULL`,
      [x.id],
      `undecided-counterparts-${x.kind}`,
    );
    return rows.map((r) => r.id);
  }

  /**
   * Replaces the suggestions of `x` in one statement. `pairs` are the ones `x` keeps for itself;
   * `offered` are further pairs of `x`, kept only where they rank among the counterpart's kept
   * pairs (fewer than `counterpartKeeps.own` of its other shown pairs score higher, or fewer than
   * `counterpartKeeps.max` when the pair scores `counterpartKeeps.strong` or more), so that a new
   * or changed listing enters, and stays in, the list of every counterpart it ranks high for,
   * whoever's job ran last. Upserts the kept pairs (in key order, so that concurrent jobs never
   * deadlock), lets a dismissal lapse when either listing changed materially, deletes the
   * undecided suggestions of `x` that are kept by neither side (only those written before `asOf`:
   * a concurrent job may have just paired `x` with a listing too new for this computation), and
   * marks the listing DONE if it is still at the version that was matched. Answers the
   * enterprises that now have a pair scoring `notifyFrom` or more not yet announced to them (new
   * pairs, or pairs that rose to it).
   */
  async replaceSuggestions(
    x: MatchListing,
    pairs: ScoredPair[],
    counterpart: (id: string) => MatchListing,
    asOf: Date,
    notifyFrom: number,
    offered: ScoredPair[] = [],
    counterpartKeeps: CounterpartKeeps = { own: 0, max: 0, strong: 2 },
  ): Promise<string[]> {
    const own = new Set(pairs);
    const all = [
      ...pairs,
      ...offered.filter((p) => !pairs.some((q) => q.supplyId === p.supplyId && q.demandId === p.demandId)),
    ];
    const sorted = all.sort((a, b) => (a.supplyId + a.demandId < b.supplyId + b.demandId ? -1 : 1));
    const side = (p: ScoredPair, which: 'supply' | 'demand') => {
      const id = which === 'supply' ? p.supplyId : p.demandId;
      return id === x.id ? x : counterpart(id);
    };
    const mine = x.kind === 'SUPPLY' ? 'supply_id' : 'demand_id';
    const theirs = x.kind === 'SUPPLY' ? 'demand_id' : 'supply_id';
    // One statement, so one round trip and atomic without BEGIN/COMMIT: which offered pairs rank
    // for their counterpart, the upsert, the removal of the pairs kept by neither side (disjoint
    // from the upserted ones) and the status update.
    const rows = await fastQuery<{ enterpriseId: string }>(
      this.db,
      `WITH candidate AS (
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::float8[], $6::jsonb[], $7::text[], $8::text[], $10::bool[])
           AS c(supply_id, demand_id, supply_enterprise_id, demand_enterprise_id, score, reasons, supply_fingerprint, demand_fingerprint, own)
       ), kept AS (
         SELECT c.* FROM candidate c
          WHERE c.own OR (
            SELECT count(*) FROM match_suggestion o
             WHERE o.${theirs} = c.${theirs} AND o.${mine} <> $9 AND o.score > c.score
               AND o.supply_decision IS DISTINCT FROM 'DISMISS' AND o.demand_decision IS DISTINCT FROM 'DISMISS'
          ) < CASE WHEN c.score >= $14 THEN $15::int ELSE $16::int END
       ), upserted AS (
         INSERT INTO match_suggestion AS s (supply_id, demand_id, supply_enterprise_id, demand_enterprise_id, score, reasons,
           supply_fingerprint, demand_fingerprint)
         SELECT supply_id, demand_id, supply_enterprise_id, demand_enterprise_id, score, reasons, supply_fingerprint, demand_fingerprint
           FROM kept ORDER BY supply_id, demand_id
         ON CONFLICT ON CONSTRAINT uq_match_suggestion_pair DO UPDATE SET
           score = EXCLUDED.score,
           reasons = EXCLUDED.reasons,
           supply_decision = CASE WHEN s.supply_decision = 'DISMISS'
             AND (s.supply_fingerprint, s.demand_fingerprint) IS DISTINCT FROM (EXCLUDED.supply_fingerprint, EXCLUDED.demand_fingerprint)
             THEN NULL ELSE s.supply_decision END,
           demand_decision = CASE WHEN s.demand_decision = 'DISMISS'
             AND (s.supply_fingerprint, s.demand_fingerprint) IS DISTINCT FROM (EXCLUDED.supply_fingerprint, EXCLUDED.demand_fingerprint)
             THEN NULL ELSE s.demand_decision END,
           supply_fingerprint = EXCLUDED.supply_fingerprint,
           demand_fingerprint = EXCLUDED.demand_fingerprint,
           updated_at = now()
         WHERE (s.score, s.reasons, s.supply_fingerprint, s.demand_fingerprint)
           IS DISTINCT FROM (EXCLUDED.score, EXCLUDED.reasons, EXCLUDED.supply_fingerprint, EXCLUDED.demand_fingerprint)
         RETURNING s.score, s.supply_enterprise_id, s.demand_enterprise_id, s.supply_notified_at, s.demand_notified_at
       ), removed AS (
         DELETE FROM match_suggestion WHERE ${mine} = $9 AND NOT (${theirs} IN (SELECT ${theirs} FROM kept))
           AND supply_decision IS NULL AND demand_decision IS NULL AND updated_at < $11
         RETURNING 1
       ), done AS (
         UPDATE listing SET matching_status = 'DONE' WHERE id = $9 AND version = $12 RETURNING 1
       )
       SELECT e AS "enterpriseId" FROM upserted,
         LATERAL (VALUES (CASE WHEN supply_notified_at IS NULL THEN supply_enterprise_id END),
                         (CASE WHEN demand_notified_at IS NULL THEN demand_enterprise_id END)) AS v(e)
        WHERE score >= $13 AND e IS NOT NULL`,
      [
        sorted.map((p) => p.supplyId),
        sorted.map((p) => p.demandId),
        sorted.map((p) => side(p, 'supply').enterpriseId),
        sorted.map((p) => side(p, 'demand').enterpriseId),
        sorted.map((p) => p.score),
        sorted.map((p) => JSON.stringify(p.reasons)),
        sorted.map((p) => side(p, 'supply').fingerprint),
        sorted.map((p) => side(p, 'demand').fingerprint),
        x.id,
        sorted.map((p) => own.has(p)),
        asOf,
        x.version,
        notifyFrom,
        counterpartKeeps.strong,
        counterpartKeeps.max,
        counterpartKeeps.own,
      ],
      `replace-suggestions-${x.kind}`,
    );
    return [...new Set(rows.map((r) => r.enterpriseId))];
  }

  /** A closed or expired listing leaves every list: its undecided suggestions go, decided ones stay hidden. */
  async withdraw(id: string, version: number): Promise<void> {
    await runTransaction(this.db, async (m) => {
      await m.query(
        `DELETE FROM match_suggestion WHERE (supply_id = $1 OR demand_id = $1) AND supply_decision IS NULL AND demand_decision IS NULL`,
        [id],
      );
      await m.query(`UPDATE listing SET matching_status = 'DONE' WHERE id = $1 AND version = $2`, [id, version]);
    });
  }

  /** The enterprise's open, undismissed pairs from `minScore` not yet announced to it, locked for the announcement. */
  unannounced(m: EntityManager, enterpriseId: string, minScore: number): Promise<UnannouncedPair[]> {
    return m.query(
      `SELECT s.id, s.score,
              CASE WHEN s.supply_enterprise_id = $1 THEN 'supply' ELSE 'demand' END AS side,
              CASE WHEN s.supply_enterprise_id = $1 THEN sl.title ELSE dl.title END AS "ownTitle",
              CASE WHEN s.supply_enterprise_id = $1 THEN sl.id ELSE dl.id END AS "ownListingId",
              pe.name AS "partnerName", pe.id AS "partnerId"
         FROM match_suggestion s
         JOIN listing sl ON sl.id = s.supply_id AND sl.status = 'OPEN'
         JOIN listing dl ON dl.id = s.demand_id AND dl.status = 'OPEN'
         JOIN enterprise pe ON pe.id = CASE WHEN s.supply_enterprise_id = $1 THEN s.demand_enterprise_id ELSE s.supply_enterprise_id END
        WHERE ((s.supply_enterprise_id = $1 AND s.supply_notified_at IS NULL) OR (s.demand_enterprise_id = $1 AND s.demand_notified_at IS NULL))
          AND s.score >= $2
          AND s.supply_decision IS DISTINCT FROM 'DISMISS' AND s.demand_decision IS DISTINCT FROM 'DISMISS'
        ORDER BY s.score DESC, s.id
        FOR UPDATE OF s`,
      [enterpriseId, minScore],
    );
  }

  /** Records that the enterprise was told of these pairs (its side of each). */
  async markAnnounced(m: EntityManager, enterpriseId: string, ids: string[]): Promise<void> {
    await m.query(
      `UPDATE match_suggestion SET
         supply_notified_at = CASE WHEN supply_enterprise_id = $1 THEN now() ELSE supply_notified_at END,
         demand_notified_at = CASE WHEN demand_enterprise_id = $1 THEN now() ELSE demand_notified_at END
       WHERE id = ANY($2::uuid[])`,
      [enterpriseId, ids],
    );
  }

  // ---- what the API reads -------------------------------------------------------------------

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
   * suppliers of its demands (UPSTREAM) and buyers of its supplies (DOWNSTREAM).
   */
  /** Partners of an enterprise through the pairs whose demand the viewer may see. */
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

  // ---- re-match runs ------------------------------------------------------------------------

  /** Records a run and, in the same transaction, the job that starts it. */
  startRun(requestedBy: string): Promise<MatchRunEntity> {
    return runTransaction(this.db, async (m) => {
      const repo = m.getRepository(MatchRunEntity);
      const run = await repo.save(repo.create({ status: MatchRunStatus.RUNNING, requestedBy }));
      await recordJobs(m, [
        { queue: QUEUES.matching, name: 'match.rematch', data: { runId: run.id }, jobId: JOB_IDS.rematch(run.id) },
      ]);
      return run;
    });
  }

  findRun(id: string): Promise<MatchRunEntity | null> {
    return this.db.getRepository(MatchRunEntity).findOneBy({ id });
  }

  async setRunTotal(id: string, total: number): Promise<void> {
    await this.db.query(
      `UPDATE match_run SET total = $2, done = LEAST(done, $2),
         status = CASE WHEN done >= $2 THEN 'DONE' ELSE status END,
         finished_at = CASE WHEN done >= $2 THEN now() ELSE finished_at END WHERE id = $1`,
      [id, total],
    );
  }

  /** Counts a finished chunk once (the chunk marker makes a retried chunk count nothing). */
  async chunkDone(id: string, chunk: number, count: number): Promise<void> {
    await this.db.query(
      `UPDATE match_run SET done = LEAST(done + $3, coalesce(total, done + $3)), chunks_done = array_append(chunks_done, $2),
         status = CASE WHEN done + $3 >= total THEN 'DONE' ELSE status END,
         finished_at = CASE WHEN done + $3 >= total THEN now() ELSE finished_at END
       WHERE id = $1 AND status = 'RUNNING' AND NOT ($2 = ANY(chunks_done))`,
      [id, chunk, count],
    );
  }
}
