import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { fastQuery, runTransaction } from '@duijie/database';
import { listingIsOpenSql } from '@duijie/listings';

import { MatchListing, ScoredPair } from './engine/types';

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

/** What the worker writes: a listing's suggestions replaced or withdrawn, and their announcement. */
@Injectable()
export class SuggestionWritesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

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
    const key = (p: ScoredPair) => `${p.supplyId}/${p.demandId}`;
    const ownKeys = new Set(pairs.map(key));
    const all = [...pairs, ...offered.filter((p) => !ownKeys.has(key(p)))];
    const side = (p: ScoredPair, which: 'supply' | 'demand') => {
      const id = which === 'supply' ? p.supplyId : p.demandId;
      return id === x.id ? x : counterpart(id);
    };
    const mine = x.kind === 'SUPPLY' ? 'supply_id' : 'demand_id';
    const theirs = x.kind === 'SUPPLY' ? 'demand_id' : 'supply_id';
    // The candidates go as one JSON document: one JSON.stringify here and one parse there, instead
    // of nine arrays whose every element (the reasons above all) pg escapes into an array literal.
    const candidates = JSON.stringify(
      all.map((p) => {
        const s = side(p, 'supply');
        const d = side(p, 'demand');
        return {
          s: p.supplyId,
          d: p.demandId,
          se: s.enterpriseId,
          de: d.enterpriseId,
          score: p.score,
          reasons: p.reasons,
          sf: s.fingerprint,
          df: d.fingerprint,
          own: ownKeys.has(key(p)),
        };
      }),
    );
    // One statement, so one round trip and atomic without BEGIN/COMMIT: which offered pairs rank
    // for their counterpart (counting its better pairs only up to the bound: a popular listing's
    // thousands of pairs were counted in full for each offered pair), the upsert (in key order, so that concurrent jobs never deadlock), the
    // removal of the pairs kept by neither side (disjoint from the upserted ones) and the status update.
    const rows = await fastQuery<{ enterpriseId: string }>(
      this.db,
      `WITH candidate AS (
         SELECT c.s AS supply_id, c.d AS demand_id, c.se AS supply_enterprise_id, c.de AS demand_enterprise_id, c.score,
                c.reasons, c.sf AS supply_fingerprint, c.df AS demand_fingerprint, c.own
           FROM jsonb_to_recordset($1::jsonb)
             AS c(s uuid, d uuid, se uuid, de uuid, score float8, reasons jsonb, sf text, df text, own bool)
       ), kept AS (
         SELECT c.* FROM candidate c
          WHERE c.own OR (
            SELECT count(*) FROM (
              SELECT 1 FROM match_suggestion o
               WHERE o.${theirs} = c.${theirs} AND o.${mine} <> $2 AND o.score > c.score
                 AND o.supply_decision IS DISTINCT FROM 'DISMISS' AND o.demand_decision IS DISTINCT FROM 'DISMISS'
               LIMIT CASE WHEN c.score >= $6 THEN $7::int ELSE $8::int END
            ) better
          ) < CASE WHEN c.score >= $6 THEN $7::int ELSE $8::int END
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
         DELETE FROM match_suggestion WHERE ${mine} = $2 AND NOT (${theirs} IN (SELECT ${theirs} FROM kept))
           AND supply_decision IS NULL AND demand_decision IS NULL AND updated_at < $3
         RETURNING 1
       ), done AS (
         UPDATE listing SET matching_status = 'DONE' WHERE id = $2 AND version = $4 RETURNING 1
       )
       SELECT e AS "enterpriseId" FROM upserted,
         LATERAL (VALUES (CASE WHEN supply_notified_at IS NULL THEN supply_enterprise_id END),
                         (CASE WHEN demand_notified_at IS NULL THEN demand_enterprise_id END)) AS v(e)
        WHERE score >= $5 AND e IS NOT NULL`,
      [
        candidates,
        x.id,
        asOf,
        x.version,
        notifyFrom,
        counterpartKeeps.strong,
        counterpartKeeps.max,
        counterpartKeeps.own,
      ],
      `replace-suggestions-json-${x.kind}`,
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

  /**
   * Enterprises with strong (from `minScore`), open, undismissed pairs still unannounced to their
   * side `graceSeconds` after the pair last changed: the announcement sweep's work, at most `limit`.
   */
  async enterprisesWithUnannouncedPairs(graceSeconds: number, minScore: number, limit: number): Promise<string[]> {
    // The score bound is written into the text so the partial indexes on it are usable.
    const side = (s: 'supply' | 'demand') =>
      `SELECT s.${s}_enterprise_id AS id FROM match_suggestion s
        WHERE s.${s}_notified_at IS NULL AND s.score >= ${Number(minScore)}
          AND s.updated_at < now() - make_interval(secs => $1)
          AND s.supply_decision IS DISTINCT FROM 'DISMISS' AND s.demand_decision IS DISTINCT FROM 'DISMISS'
          AND ${listingIsOpenSql('s.supply_id', 'sl')} AND ${listingIsOpenSql('s.demand_id', 'dl')}`;
    const rows: { id: string }[] = await this.db.query(
      `${side('supply')} UNION ${side('demand')} LIMIT ${Number(limit)}`,
      [graceSeconds],
    );
    return rows.map((r) => r.id);
  }

  /**
   * The enterprise's open, undismissed pairs from `minScore` not yet announced to it, locked for the
   * announcement. The plan is fixed by the text: the enterprise's pairs first (locked), then each
   * listing and the partner by primary key. As one join, a planner whose statistics lagged behind a
   * bulk insert (an import, a bench's market: `status = 'OPEN'` estimated at 8 rows of 5,000) put
   * every open listing in the outer loop and compared it with each pair: 566 ms for a firm with
   * 1,068 pairs, against 14 ms this way (bench/RESULTS.md, "Notification latency", issue 18). Pairs
   * of a closed listing are locked too but not answered.
   */
  unannounced(m: EntityManager, enterpriseId: string, minScore: number): Promise<UnannouncedPair[]> {
    return m.query(
      `WITH mine AS MATERIALIZED (
        SELECT s.id, s.score, s.supply_id, s.demand_id, s.supply_enterprise_id = $1 AS supplier,
               CASE WHEN s.supply_enterprise_id = $1 THEN s.demand_enterprise_id ELSE s.supply_enterprise_id END AS partner_id
          FROM match_suggestion s
         WHERE ((s.supply_enterprise_id = $1 AND s.supply_notified_at IS NULL) OR (s.demand_enterprise_id = $1 AND s.demand_notified_at IS NULL))
           AND s.score >= $2
           AND s.supply_decision IS DISTINCT FROM 'DISMISS' AND s.demand_decision IS DISTINCT FROM 'DISMISS'
           FOR UPDATE OF s
      ), looked AS MATERIALIZED (
        SELECT m.*,
               (SELECT l.title FROM listing l WHERE l.id = m.supply_id AND l.status = 'OPEN') AS supply_title,
               (SELECT l.title FROM listing l WHERE l.id = m.demand_id AND l.status = 'OPEN') AS demand_title
          FROM mine m
      )
      SELECT k.id, k.score, CASE WHEN k.supplier THEN 'supply' ELSE 'demand' END AS side,
             CASE WHEN k.supplier THEN k.supply_title ELSE k.demand_title END AS "ownTitle",
             CASE WHEN k.supplier THEN k.supply_id ELSE k.demand_id END AS "ownListingId",
             (SELECT e.name FROM enterprise e WHERE e.id = k.partner_id) AS "partnerName", k.partner_id AS "partnerId"
        FROM looked k
       WHERE k.supply_title IS NOT NULL AND k.demand_title IS NOT NULL
       ORDER BY k.score DESC, k.id`,
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
}
