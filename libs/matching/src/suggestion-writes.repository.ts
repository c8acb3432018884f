import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { fastQuery, retryTransient, runTransaction } from '@duijie/database';
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

/** One listing's pairs as its match computed them (see MatchEngine.pairsFor). */
export interface ListingPairs {
  listing: MatchListing;
  kept: ScoredPair[];
  offered: ScoredPair[];
}

/** What the worker writes: a listing's suggestions replaced or withdrawn, and their announcement. */
@Injectable()
export class SuggestionWritesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * The counterparts each listing has an undecided pair with (whoever's job wrote it), to be
   * scored again, by listing id.
   */
  async undecidedCounterparts(ids: readonly string[]): Promise<Map<string, string[]>> {
    const rows = await fastQuery<{ s: string; d: string }>(
      this.db,
      `SELECT supply_id AS s, demand_id AS d FROM match_suggestion
        WHERE (supply_id = ANY($1::uuid[]) OR demand_id = ANY($1::uuid[]))
          AND supply_decision IS NULL AND demand_decision IS NULL`,
      [ids],
      'undecided-counterparts',
    );
    const byListing = new Map<string, string[]>(ids.map((id) => [id, []]));
    for (const r of rows) {
      byListing.get(r.s)?.push(r.d);
      byListing.get(r.d)?.push(r.s);
    }
    return byListing;
  }

  /**
   * Replaces the suggestions of each listing in `batch`, one statement per kind of listing (so at
   * most two round trips, however many listings). For each listing `x`: `kept` are the pairs `x`
   * keeps for itself; `offered` are further pairs of `x`, kept only where they rank among the
   * counterpart's kept pairs (fewer than `counterpartKeeps.own` of its other shown pairs score
   * higher, or fewer than `counterpartKeeps.max` when the pair scores `counterpartKeeps.strong` or
   * more), so that a new or changed listing enters, and stays in, the list of every counterpart it
   * ranks high for, whoever's job ran last. Upserts the kept pairs (in key order, so that
   * concurrent jobs never deadlock on them), lets a supplier's dismissal lapse when either listing
   * changed materially (a buyer's stands: it keeps a confidential demand from that supplier, and no
   * edit by either side may give it back), deletes the undecided suggestions of `x` that are kept by neither side (only those
   * written before `asOf`: a concurrent job may have just paired `x` with a listing too new for
   * this computation), and marks the listing DONE if it is still at the version that was matched.
   * A pair that scores `notifyFrom` or more for the first time becomes due to be announced to both
   * sides; answers the enterprises with such pairs (a pair that fell below and rose again is still
   * due if it was never announced, and the sweep finds it).
   */
  async replaceSuggestions(
    batch: readonly ListingPairs[],
    counterpart: (id: string) => MatchListing,
    asOf: Date,
    notifyFrom: number,
    counterpartKeeps: CounterpartKeeps = { own: 0, max: 0, strong: 2 },
  ): Promise<string[]> {
    const told = new Set<string>();
    for (const kind of ['SUPPLY', 'DEMAND'] as const) {
      const ofKind = batch.filter((b) => b.listing.kind === kind);
      if (!ofKind.length) continue;
      // Two batches sharing pairs may still lock them in opposite orders (an upsert here, a removal
      // there): Postgres aborts one statement, which is then run again whole.
      const enterprises = await retryTransient(() =>
        this.replaceOfKind(kind, ofKind, counterpart, asOf, notifyFrom, counterpartKeeps),
      );
      for (const e of enterprises) told.add(e);
    }
    return [...told];
  }

  private async replaceOfKind(
    kind: 'SUPPLY' | 'DEMAND',
    batch: readonly ListingPairs[],
    counterpart: (id: string) => MatchListing,
    asOf: Date,
    notifyFrom: number,
    counterpartKeeps: CounterpartKeeps,
  ): Promise<string[]> {
    const mine = kind === 'SUPPLY' ? 'supply_id' : 'demand_id';
    const theirs = kind === 'SUPPLY' ? 'demand_id' : 'supply_id';
    // The candidates go as one JSON document: one JSON.stringify here and one parse there, instead
    // of nine arrays whose every element (the reasons above all) pg escapes into an array literal.
    // Every candidate of this statement has its own listing on the `mine` side, so no pair occurs twice.
    const candidates: object[] = [];
    const key = (p: ScoredPair) => `${p.supplyId}/${p.demandId}`;
    for (const { listing: x, kept, offered } of batch) {
      const side = (id: string) => (id === x.id ? x : counterpart(id));
      const add = (p: ScoredPair, own: boolean) => {
        const s = side(p.supplyId);
        const d = side(p.demandId);
        candidates.push({
          s: p.supplyId,
          d: p.demandId,
          se: s.enterpriseId,
          de: d.enterpriseId,
          score: p.score,
          reasons: p.reasons,
          sf: s.fingerprint,
          df: d.fingerprint,
          own,
        });
      };
      const ownKeys = new Set(kept.map(key));
      for (const p of kept) add(p, true);
      for (const p of offered) if (!ownKeys.has(key(p))) add(p, false);
    }
    // One statement, so one round trip and atomic without BEGIN/COMMIT: which offered pairs rank
    // for their counterpart (counting its better pairs only up to the bound: a popular listing's
    // thousands of pairs were counted in full for each offered pair), the upsert (in key order, so
    // that concurrent jobs never deadlock), the removal of the pairs kept by neither side (disjoint
    // from the upserted ones) and the status updates. The removal and the status update name the
    // listings by array, so that their plans use the indexes whatever the planner guesses of the
    // JSON's size (joined with it, a guess of 31 rows made the removal scan every suggestion and
    // compare each with every kept pair: 640 ms for 30 listings of an import, bench/RESULTS.md).
    const rows = await fastQuery<{ enterpriseId: string }>(
      this.db,
      `WITH candidate AS (
         SELECT c.s AS supply_id, c.d AS demand_id, c.se AS supply_enterprise_id, c.de AS demand_enterprise_id, c.score,
                c.reasons, c.sf AS supply_fingerprint, c.df AS demand_fingerprint, c.own
           FROM jsonb_to_recordset($1::jsonb)
             AS c(s uuid, d uuid, se uuid, de uuid, score float8, reasons jsonb, sf text, df text, own bool)
       ), matched AS (
         SELECT * FROM unnest($2::uuid[], $4::int[]) AS m(id, version)
       ), kept AS (
         SELECT c.* FROM candidate c
          WHERE c.own OR (
            SELECT count(*) FROM (
              SELECT 1 FROM match_suggestion o
               WHERE o.${theirs} = c.${theirs} AND o.${mine} <> c.${mine} AND o.score > c.score
                 AND o.supply_decision IS DISTINCT FROM 'DISMISS' AND o.demand_decision IS DISTINCT FROM 'DISMISS'
               LIMIT CASE WHEN c.score >= $6 THEN $7::int ELSE $8::int END
            ) better
          ) < CASE WHEN c.score >= $6 THEN $7::int ELSE $8::int END
       ), upserted AS (
         INSERT INTO match_suggestion AS s (supply_id, demand_id, supply_enterprise_id, demand_enterprise_id, score, reasons,
           supply_fingerprint, demand_fingerprint, strong_since, strong_xact)
         SELECT supply_id, demand_id, supply_enterprise_id, demand_enterprise_id, score, reasons, supply_fingerprint, demand_fingerprint,
                CASE WHEN score >= $5 THEN now() END, CASE WHEN score >= $5 THEN pg_current_xact_id() END
           FROM kept ORDER BY supply_id, demand_id
         ON CONFLICT ON CONSTRAINT uq_match_suggestion_pair DO UPDATE SET
           score = EXCLUDED.score,
           reasons = EXCLUDED.reasons,
           supply_decision = CASE WHEN s.supply_decision = 'DISMISS'
             AND (s.supply_fingerprint, s.demand_fingerprint) IS DISTINCT FROM (EXCLUDED.supply_fingerprint, EXCLUDED.demand_fingerprint)
             THEN NULL ELSE s.supply_decision END,
           supply_fingerprint = EXCLUDED.supply_fingerprint,
           demand_fingerprint = EXCLUDED.demand_fingerprint,
           strong_since = COALESCE(s.strong_since, EXCLUDED.strong_since),
           strong_xact = CASE WHEN s.strong_since IS NULL THEN EXCLUDED.strong_xact ELSE s.strong_xact END,
           updated_at = now()
         WHERE (s.score, s.reasons, s.supply_fingerprint, s.demand_fingerprint)
           IS DISTINCT FROM (EXCLUDED.score, EXCLUDED.reasons, EXCLUDED.supply_fingerprint, EXCLUDED.demand_fingerprint)
         RETURNING s.id, s.supply_enterprise_id, s.demand_enterprise_id, s.strong_xact IS NOT DISTINCT FROM pg_current_xact_id() AS newly_strong
       ), due AS (
         INSERT INTO match_announcement_due (enterprise_id, suggestion_id)
         SELECT v.e, u.id FROM upserted u, LATERAL (VALUES (u.supply_enterprise_id), (u.demand_enterprise_id)) AS v(e)
          WHERE u.newly_strong ORDER BY 1, 2
         ON CONFLICT DO NOTHING
         RETURNING enterprise_id
       ), removed AS (
         DELETE FROM match_suggestion m
          WHERE m.${mine} = ANY($2::uuid[])
            AND (m.supply_id, m.demand_id) NOT IN (SELECT k.supply_id, k.demand_id FROM kept k)
            AND m.supply_decision IS NULL AND m.demand_decision IS NULL AND m.updated_at < $3
         RETURNING 1
       ), done AS (
         UPDATE listing l SET matching_status = 'DONE' FROM matched
          WHERE l.id = ANY($2::uuid[]) AND l.id = matched.id AND l.version = matched.version RETURNING 1
       )
       SELECT DISTINCT enterprise_id AS "enterpriseId" FROM due`,
      [
        JSON.stringify(candidates),
        batch.map((b) => b.listing.id),
        asOf,
        batch.map((b) => b.listing.version),
        notifyFrom,
        counterpartKeeps.strong,
        counterpartKeeps.max,
        counterpartKeeps.own,
      ],
      `replace-suggestions-batch-${kind}`,
    );
    return rows.map((r) => r.enterpriseId);
  }

  /** Closed or expired listings leave every list: their undecided suggestions go, decided ones stay hidden. */
  async withdraw(listings: readonly { id: string; version: number }[]): Promise<void> {
    const ids = listings.map((l) => l.id);
    await runTransaction(this.db, async (m) => {
      await m.query(
        `DELETE FROM match_suggestion WHERE (supply_id = ANY($1::uuid[]) OR demand_id = ANY($1::uuid[]))
            AND supply_decision IS NULL AND demand_decision IS NULL`,
        [ids],
      );
      await m.query(
        `UPDATE listing l SET matching_status = 'DONE' FROM unnest($1::uuid[], $2::int[]) AS w(id, version)
          WHERE l.id = w.id AND l.version = w.version`,
        [ids, listings.map((l) => l.version)],
      );
    });
  }

  /**
   * Enterprises with strong (from `minScore`), open, undismissed pairs still due to be announced
   * to them `graceSeconds` after they became due: the announcement sweep's work, at most `limit`.
   * Also drops what is due for pairs that are gone (a suggestion's removal does not look here).
   */
  async enterprisesWithUnannouncedPairs(graceSeconds: number, minScore: number, limit: number): Promise<string[]> {
    await this.db.query(
      `DELETE FROM match_announcement_due d
        WHERE d.created_at < now() - make_interval(secs => $1)
          AND NOT EXISTS (SELECT 1 FROM match_suggestion s WHERE s.id = d.suggestion_id)`,
      [graceSeconds],
    );
    const rows: { id: string }[] = await this.db.query(
      `SELECT DISTINCT d.enterprise_id AS id
         FROM match_announcement_due d
         JOIN LATERAL (SELECT * FROM match_suggestion s WHERE s.id = d.suggestion_id OFFSET 0) s ON true
        WHERE d.created_at < now() - make_interval(secs => $1) AND s.score >= $2
          AND s.supply_decision IS DISTINCT FROM 'DISMISS' AND s.demand_decision IS DISTINCT FROM 'DISMISS'
          AND ${listingIsOpenSql('s.supply_id', 'sl')} AND ${listingIsOpenSql('s.demand_id', 'dl')}
        LIMIT ${Number(limit)}`,
      [graceSeconds, minScore],
    );
    return rows.map((r) => r.id);
  }

  /**
   * What is due to be announced to each of the enterprises, taken for the announcement in one
   * statement: their own rows of `match_announcement_due` are locked (in key order, so that two
   * announcements of overlapping firms wait for each other rather than deadlock; no other firm's
   * announcement waits on them) and those settled are deleted. Per firm, `pairs` are the open,
   * undismissed pairs from `minScore`, best first; settled are those and the pairs that are gone
   * or dismissed, while a pair that fell below `minScore` or has a closed listing stays due. The
   * caller's transaction tells the firms of `pairs` or rolls the taking back.
   *
   * The plan is fixed by the text: the due rows, each pair by its key (the `OFFSET 0` keeps it a
   * lookup per row, where a join may scan every suggestion), then the listings and partners they
   * name, each looked up once however many pairs name it (as one join, a planner whose statistics
   * lagged behind a bulk insert put every open listing in the outer loop: bench/RESULTS.md,
   * "Notification latency"); the settled rows are deleted by their row ids.
   */
  async takeDue(
    m: EntityManager,
    enterpriseIds: readonly string[],
    minScore: number,
  ): Promise<Map<string, UnannouncedPair[]>> {
    const rows: (UnannouncedPair & { enterpriseId: string })[] = await m.query(
      `WITH due AS MATERIALIZED (
        SELECT d.ctid AS row, d.enterprise_id, d.suggestion_id FROM match_announcement_due d
         WHERE d.enterprise_id = ANY($1::uuid[]) ORDER BY d.enterprise_id, d.suggestion_id FOR UPDATE
      ), mine AS MATERIALIZED (
        SELECT d.row, d.enterprise_id, d.suggestion_id AS id, s.id IS NULL AS gone, s.score, s.supply_id, s.demand_id,
               s.supply_decision = 'DISMISS' OR s.demand_decision = 'DISMISS' AS dismissed,
               s.supply_enterprise_id = d.enterprise_id AS supplier,
               CASE WHEN s.supply_enterprise_id = d.enterprise_id THEN s.demand_enterprise_id
                    ELSE s.supply_enterprise_id END AS partner_id
          FROM due d
          LEFT JOIN LATERAL (SELECT * FROM match_suggestion s WHERE s.id = d.suggestion_id OFFSET 0) s ON true
      ), open AS MATERIALIZED (
        SELECT l.id, l.title FROM listing l
         WHERE l.id = ANY(ARRAY(SELECT supply_id FROM mine UNION SELECT demand_id FROM mine)) AND l.status = 'OPEN'
      ), judged AS MATERIALIZED (
        SELECT m.*, sl.title AS supply_title, dl.title AS demand_title,
               NOT m.gone AND m.dismissed IS NOT TRUE AND m.score >= $2
                 AND sl.id IS NOT NULL AND dl.id IS NOT NULL AS announce
          FROM mine m LEFT JOIN open sl ON sl.id = m.supply_id LEFT JOIN open dl ON dl.id = m.demand_id
      ), partner AS MATERIALIZED (
        SELECT e.id, e.name FROM enterprise e
         WHERE e.id = ANY(ARRAY(SELECT DISTINCT partner_id FROM judged WHERE announce))
      ), settled AS (
        DELETE FROM match_announcement_due d
         WHERE d.ctid = ANY(ARRAY(SELECT k.row FROM judged k WHERE k.announce OR k.gone OR k.dismissed IS TRUE))
      )
      SELECT k.enterprise_id AS "enterpriseId", k.id, k.score, CASE WHEN k.supplier THEN 'supply' ELSE 'demand' END AS side,
             CASE WHEN k.supplier THEN k.supply_title ELSE k.demand_title END AS "ownTitle",
             CASE WHEN k.supplier THEN k.supply_id ELSE k.demand_id END AS "ownListingId",
             p.name AS "partnerName", k.partner_id AS "partnerId"
        FROM judged k LEFT JOIN partner p ON p.id = k.partner_id
       WHERE k.announce
       ORDER BY k.enterprise_id, k.score DESC, k.id`,
      [enterpriseIds, minScore],
    );
    const byFirm = new Map(enterpriseIds.map((id) => [id, [] as UnannouncedPair[]]));
    for (const { enterpriseId, ...pair } of rows) byFirm.get(enterpriseId)!.push(pair);
    return byFirm;
  }
}
