import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { Access, Viewer } from '@duijie/accounts';
import { runTransaction } from '@duijie/database';
import { MeetingEntity } from '@duijie/meetings';

import { DealEntity, DealReview, DealStage } from './deal.entity';
import { MeetingRating, MeetingRatingEntity } from './meeting-rating.entity';

/** Suggestions scoring this much are "good"; a demand with none is a chain gap. */
export const GOOD_MATCH = 0.65;

export interface FunnelRow {
  registrations: number;
  approved: number;
  suggestions: number;
  meetingRequests: number;
  accepted: number;
  placed: number;
  /** Meetings marked held (到场情况); a meeting nobody marked counts if rated, and by nobody as NO_SHOW. */
  held: number;
  noShows: number;
  walkIns: number;
  checkedIn: number;
  /** Deals both firms agreed to that count nowhere yet: the firms did not meet there, and the organiser has not reviewed them. */
  dealsAwaitingReview: number;
  intents: number;
  signed: number;
  signedAmountCny: string;
  fulfilled: number;
  fulfilledAmountCny: string;
  localAmountCny: string;
}

export interface GroupRow {
  key: string;
  firms: number;
  contracts: number;
  amountCny: string;
}

export interface GapRow {
  categoryCode: string;
  demands: number;
  firms: number;
  examples: string[];
}

/** Reports count what both firms agreed to, never what one side recorded alone. */
const SIGNED = `d.agreed_stage IN ('SIGNED', 'FULFILLED')`;

/** How long after their meeting a deal of two firms still counts on their word. */
export const DEAL_WINDOW_DAYS = 180;

/**
 * The deal's two firms met at its event before it was recorded: a published meeting between them there
 * (scheduled or walk-in), nobody marked a no-show, that had begun when the deal was recorded and ended
 * no more than DEAL_WINDOW_DAYS before its last change (outside testers added deals to a 2020 event in
 * 2026, and counted one recorded before its meeting was even published).
 */
const MET_AT_EVENT = `EXISTS (SELECT 1 FROM meeting x
   WHERE x.event_id = d.event_id
     AND ((x.party_a = d.supplier_enterprise_id AND x.party_b = d.buyer_enterprise_id)
       OR (x.party_a = d.buyer_enterprise_id AND x.party_b = d.supplier_enterprise_id))
     AND x.published AND x.starts_at <= d.created_at
     AND d.updated_at <= x.ends_at + interval '${DEAL_WINDOW_DAYS} days'
     AND NOT EXISTS (SELECT 1 FROM meeting_attendance_outcome o WHERE o.meeting_id = x.id AND o.status = 'NO_SHOW'))`;

/**
 * The first deal of its two firms at the event, either way round: no earlier one of the pair there at all,
 * whatever became of it. A second contract of a pair that met, one recorded again after the organiser left the
 * first out, or one recorded after both firms cancelled the first, is the organiser's to count (an outside
 * tester recorded the same meeting's deal again and again, each counted; cancelling a counted ¥7 deal let the
 * pair's next, of any amount, count in its place).
 */
const FIRST_OF_PAIR = `NOT EXISTS (SELECT 1 FROM deal o
   WHERE o.event_id = d.event_id
     AND ((o.supplier_enterprise_id = d.supplier_enterprise_id AND o.buyer_enterprise_id = d.buyer_enterprise_id)
       OR (o.supplier_enterprise_id = d.buyer_enterprise_id AND o.buyer_enterprise_id = d.supplier_enterprise_id))
     AND (o.created_at, o.id) < (d.created_at, d.id))`;

const MET_AND_FIRST = `(${MET_AT_EVENT} AND ${FIRST_OF_PAIR})`;

/**
 * A deal's standing in its event's report, the one definition the report's figures and `Deal.reportStatus`
 * both read: left out by the organiser (EXCLUDED); counted (COUNTED) when the organiser counted it on
 * review or recorded it (现场签约代录), or on the two firms' word where they met there (MET_AND_FIRST);
 * AWAITING_REVIEW otherwise.
 */
const REPORT_STATUS = `CASE WHEN d.report_review = 'EXCLUDED' THEN 'EXCLUDED'
   WHEN d.report_review = 'COUNTED' OR d.recorded_by_organiser OR ${MET_AND_FIRST} THEN 'COUNTED'
   ELSE 'AWAITING_REVIEW' END`;
const COUNTED_IN_REPORT = `(${REPORT_STATUS}) = 'COUNTED'`;
/** An exact sum of any size, with two decimals (no numeric(p, s) to overflow). */
const cny = (sum: string) => `round(COALESCE(${sum}, 0), 2)::text`;

/** What a side's confirmation changes on a deal. */
export interface DealChange {
  stage: DealStage;
  amountCny: string | null;
  supplierConfirmedAt: Date | null;
  buyerConfirmedAt: Date | null;
  agreedStage: DealStage | null;
  agreedAmountCny: string | null;
  /**
   * A firm changed the terms: what the organiser vouched for (recorded it, or counted it on review) no
   * longer holds, and the deal counts again only on the rules or a new review (an outside tester raised a
   * deal counted at ¥7 to ¥50,000,000). A deal left out stays left out.
   */
  firmChangedTerms?: boolean;
}

/** A deal's standing in its event's report (see REPORT_STATUS). */
export type ReportStatus = 'COUNTED' | 'AWAITING_REVIEW' | 'EXCLUDED';

/** Ratings, deals and the numbers of an event report (all set-based SQL). */
@Injectable()
export class OutcomesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  meeting(id: string): Promise<MeetingEntity | null> {
    return this.db.getRepository(MeetingEntity).findOneBy({ id });
  }

  /** The match suggestion behind a meeting's request, if any: it says who supplies whom. */
  async meetingSides(meetingId: string): Promise<{ supplier: string; buyer: string } | null> {
    const rows: { supplier: string; buyer: string }[] = await this.db.query(
      `SELECT s.supply_enterprise_id AS supplier, s.demand_enterprise_id AS buyer
         FROM meeting x JOIN meeting_request q ON q.id = x.request_id JOIN match_suggestion s ON s.id = q.match_suggestion_id
        WHERE x.id = $1`,
      [meetingId],
    );
    return rows[0] ?? null;
  }

  ratingsOf(meetingIds: readonly string[]): Promise<MeetingRatingEntity[]> {
    return meetingIds.length
      ? this.db
          .getRepository(MeetingRatingEntity)
          .createQueryBuilder('r')
          .where('r.meeting_id = ANY(:ids)', { ids: meetingIds })
          .orderBy('r.created_at')
          .getMany()
      : Promise.resolve([]);
  }

  rating(meetingId: string, enterpriseId: string): Promise<MeetingRatingEntity | null> {
    return this.db.getRepository(MeetingRatingEntity).findOneBy({ meetingId, enterpriseId });
  }

  /** Writes a firm's rating; with `keepComment` the earlier comment stays as it was. */
  async upsertRating(
    meetingId: string,
    enterpriseId: string,
    rating: MeetingRating,
    comment: string | null,
    keepComment: boolean,
  ): Promise<void> {
    await this.db.query(
      `INSERT INTO meeting_rating (meeting_id, enterprise_id, rating, comment) VALUES ($1, $2, $3, $4)
       ON CONFLICT (meeting_id, enterprise_id) DO UPDATE SET rating = EXCLUDED.rating,
         comment = CASE WHEN $5 THEN meeting_rating.comment ELSE EXCLUDED.comment END, updated_at = now()`,
      [meetingId, enterpriseId, rating, comment, keepComment],
    );
  }

  /** A transaction, run again after a deadlock or serialization failure. */
  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return runTransaction(this.db, work);
  }

  deal(id: string, m: EntityManager = this.db.manager, lock = false): Promise<DealEntity | null> {
    return m
      .getRepository(DealEntity)
      .findOne({ where: { id }, lock: lock ? { mode: 'pessimistic_write' } : undefined });
  }

  /** Those of the firms that are approved registrants of the event. */
  async approvedAt(eventId: string, enterpriseIds: string[]): Promise<Set<string>> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT enterprise_id AS id FROM event_registration WHERE event_id = $1 AND enterprise_id = ANY($2::uuid[]) AND status = 'APPROVED'`,
      [eventId, enterpriseIds],
    );
    return new Set(rows.map((r) => r.id));
  }

  insertDeal(m: EntityManager, d: Omit<DealEntity, 'id' | 'createdAt' | 'updatedAt'>): Promise<DealEntity> {
    const repo = m.getRepository(DealEntity);
    return repo.save(repo.create(d));
  }

  /** These deals' standing in their events' reports (REPORT_STATUS), by id; deals of no event are left out. */
  async reportStatuses(ids: readonly string[]): Promise<Map<string, ReportStatus>> {
    const rows: { id: string; status: ReportStatus }[] = await this.db.query(
      `SELECT d.id, ${REPORT_STATUS} AS status FROM deal d WHERE d.id = ANY($1::uuid[]) AND d.event_id IS NOT NULL`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.status]));
  }

  /** The organiser's review of a deal for the report. */
  async review(id: string, review: DealReview, note: string | null, userId: string): Promise<DealEntity> {
    await this.db.query(
      `UPDATE deal SET report_review = $2, report_review_note = $3, report_reviewed_at = now(), report_reviewed_by_user_id = $4
        WHERE id = $1`,
      [id, review, note, userId],
    );
    return (await this.deal(id))!;
  }

  /** Serialises, until the transaction ends, the deal writes of one supplier–buyer pair. */
  async lockPair(m: EntityManager, supplierId: string, buyerId: string): Promise<void> {
    await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`deal:${supplierId}:${buyerId}`]);
  }

  /** The pair's deals that `side` has confirmed and the other side has not answered yet. */
  async unansweredAsks(
    m: EntityManager,
    d: Pick<DealEntity, 'supplierEnterpriseId' | 'buyerEnterpriseId'>,
    side: 'supplier' | 'buyer',
  ): Promise<number> {
    const [mine, theirs] =
      side === 'supplier'
        ? ['supplier_confirmed_at', 'buyer_confirmed_at']
        : ['buyer_confirmed_at', 'supplier_confirmed_at'];
    const rows: { n: string }[] = await m.query(
      `SELECT count(*) AS n FROM deal
        WHERE supplier_enterprise_id = $1 AND buyer_enterprise_id = $2 AND ${mine} IS NOT NULL AND ${theirs} IS NULL`,
      [d.supplierEnterpriseId, d.buyerEnterpriseId],
    );
    return Number(rows[0].n);
  }

  /** A deal of the pair with the same terms that one side has not answered yet, if any (its id). */
  async openDuplicate(
    m: EntityManager,
    d: Pick<
      DealEntity,
      | 'supplierEnterpriseId'
      | 'buyerEnterpriseId'
      | 'eventId'
      | 'meetingId'
      | 'supplyListingId'
      | 'demandListingId'
      | 'stage'
      | 'amountCny'
    >,
  ): Promise<string | null> {
    const rows: { id: string }[] = await m.query(
      `SELECT id FROM deal
        WHERE supplier_enterprise_id = $1 AND buyer_enterprise_id = $2
          AND event_id IS NOT DISTINCT FROM $3 AND meeting_id IS NOT DISTINCT FROM $4
          AND supply_listing_id IS NOT DISTINCT FROM $5 AND demand_listing_id IS NOT DISTINCT FROM $6
          AND stage = $7 AND amount_cny IS NOT DISTINCT FROM $8::numeric
          AND (supplier_confirmed_at IS NULL OR buyer_confirmed_at IS NULL)
        LIMIT 1`,
      [
        d.supplierEnterpriseId,
        d.buyerEnterpriseId,
        d.eventId,
        d.meetingId,
        d.supplyListingId,
        d.demandListingId,
        d.stage,
        d.amountCny,
      ],
    );
    return rows[0]?.id ?? null;
  }

  async changeDeal(m: EntityManager, id: string, c: DealChange): Promise<DealEntity> {
    await m.query(
      `UPDATE deal SET stage = $2, amount_cny = $3, supplier_confirmed_at = $4, buyer_confirmed_at = $5,
              agreed_stage = $6, agreed_amount_cny = $7, updated_at = now(),
              report_review = CASE WHEN $8 AND report_review = 'COUNTED' THEN NULL ELSE report_review END,
              report_review_note = CASE WHEN $8 AND report_review = 'COUNTED' THEN NULL ELSE report_review_note END,
              recorded_by_organiser = recorded_by_organiser AND NOT $8
        WHERE id = $1`,
      [
        id,
        c.stage,
        c.amountCny,
        c.supplierConfirmedAt,
        c.buyerConfirmedAt,
        c.agreedStage,
        c.agreedAmountCny,
        !!c.firmChangedTerms,
      ],
    );
    return (await this.deal(id, m))!;
  }

  /** Deals of an event, newest first; all of them, or those a firm is party to. */
  dealsOf(eventId: string, enterpriseId: string | 'ALL', limit: number): Promise<DealEntity[]> {
    const qb = this.db.getRepository(DealEntity).createQueryBuilder('d').where('d.event_id = :eventId', { eventId });
    if (enterpriseId !== 'ALL')
      qb.andWhere('(d.supplier_enterprise_id = :e OR d.buyer_enterprise_id = :e)', { e: enterpriseId });
    return qb.orderBy('d.created_at', 'DESC').addOrderBy('d.id', 'DESC').limit(limit).getMany();
  }

  /** Deals waiting for the firm's confirmation, latest change first: limit + 1 rows after the keyset. */
  awaiting(enterpriseId: string, limit: number, after?: { at: string; id: string }): Promise<DealEntity[]> {
    const qb = this.db
      .getRepository(DealEntity)
      .createQueryBuilder('d')
      .where(
        '((d.supplier_enterprise_id = :e AND d.supplier_confirmed_at IS NULL) OR (d.buyer_enterprise_id = :e AND d.buyer_confirmed_at IS NULL))',
        { e: enterpriseId },
      );
    if (after) qb.andWhere('(d.updated_at, d.id) < (:at::timestamptz, :id::uuid)', after);
    return qb
      .orderBy('d.updated_at', 'DESC')
      .addOrderBy('d.id', 'DESC')
      .limit(limit + 1)
      .getMany();
  }

  async awaitingCount(enterpriseId: string): Promise<number> {
    const rows: { n: number }[] = await this.db.query(
      `SELECT count(*)::int AS n FROM deal WHERE (supplier_enterprise_id = $1 AND supplier_confirmed_at IS NULL)
          OR (buyer_enterprise_id = $1 AND buyer_confirmed_at IS NULL)`,
      [enterpriseId],
    );
    return rows[0].n;
  }

  /**
   * Per firm of `firmIds`: the deals both sides confirmed as signed or fulfilled with a firm in
   * the region (the counterpart's code starts with `prefix`), and their agreed amounts.
   */
  async confirmedTradeWithRegion(
    firmIds: readonly string[],
    prefix: string,
  ): Promise<{ enterpriseId: string; deals: number; amountCny: string }[]> {
    if (!firmIds.length) return [];
    return this.db.query(
      `SELECT x.firm AS "enterpriseId", count(*)::int AS deals, round(COALESCE(sum(d.agreed_amount_cny), 0), 2)::text AS "amountCny"
         FROM deal d
         JOIN enterprise se ON se.id = d.supplier_enterprise_id JOIN enterprise de ON de.id = d.buyer_enterprise_id
         CROSS JOIN LATERAL (VALUES (CASE
           WHEN d.supplier_enterprise_id = ANY($1::uuid[]) AND de.region_code LIKE $2 THEN d.supplier_enterprise_id
           WHEN d.buyer_enterprise_id = ANY($1::uuid[]) AND se.region_code LIKE $2 THEN d.buyer_enterprise_id END)) x(firm)
        WHERE d.agreed_stage IN ('SIGNED', 'FULFILLED') AND d.report_review IS DISTINCT FROM 'EXCLUDED' AND x.firm IS NOT NULL
        GROUP BY 1`,
      [firmIds, `${prefix}%`],
    );
  }

  /** `endsAt`: the event's end; a pair first suggested after it is no outcome of the event. */
  async funnel(eventId: string, endsAt: Date): Promise<FunnelRow> {
    const rows: FunnelRow[] = await this.db.query(
      `WITH approved AS (SELECT enterprise_id FROM event_registration WHERE event_id = $1 AND status = 'APPROVED'),
            deals AS (SELECT d.*, d.supplier_region_code AS supplier_region, d.buyer_region_code AS buyer_region
                        FROM deal d WHERE d.event_id = $1 AND ${COUNTED_IN_REPORT})
       SELECT
         (SELECT count(*)::int FROM event_registration WHERE event_id = $1) AS registrations,
         (SELECT count(*)::int FROM approved) AS approved,
         (SELECT count(*)::int FROM match_suggestion m
           WHERE m.supply_enterprise_id IN (SELECT enterprise_id FROM approved) AND m.demand_enterprise_id IN (SELECT enterprise_id FROM approved)
             AND m.created_at <= $2) AS suggestions,
         (SELECT count(*)::int FROM meeting_request WHERE event_id = $1 AND status <> 'CANCELLED') AS "meetingRequests",
         (SELECT count(*)::int FROM meeting_request WHERE event_id = $1 AND status = 'ACCEPTED') AS accepted,
         (SELECT count(*)::int FROM meeting WHERE event_id = $1) AS placed,
         (SELECT count(*)::int FROM meeting x LEFT JOIN meeting_attendance_outcome o ON o.meeting_id = x.id
           WHERE x.event_id = $1
             AND (o.status = 'HELD'
                  OR (o.meeting_id IS NULL
                      AND EXISTS (SELECT 1 FROM meeting_rating r WHERE r.meeting_id = x.id)
                      AND NOT EXISTS (SELECT 1 FROM meeting_rating r WHERE r.meeting_id = x.id AND r.rating = 'NO_SHOW')))) AS held,
         (SELECT count(*)::int FROM meeting x JOIN meeting_attendance_outcome o ON o.meeting_id = x.id
           WHERE x.event_id = $1 AND o.status = 'NO_SHOW') AS "noShows",
         (SELECT count(*)::int FROM meeting WHERE event_id = $1 AND walk_in) AS "walkIns",
         (SELECT count(*)::int FROM event_check_in c JOIN event_registration r ON r.id = c.registration_id
           WHERE c.event_id = $1 AND r.status = 'APPROVED') AS "checkedIn",
         (SELECT count(*)::int FROM deal d
           WHERE d.event_id = $1 AND d.agreed_stage <> 'CANCELLED'
             AND (${REPORT_STATUS}) = 'AWAITING_REVIEW') AS "dealsAwaitingReview",
         (SELECT count(*)::int FROM deals d WHERE d.agreed_stage <> 'CANCELLED') AS intents,
         (SELECT count(*)::int FROM deals d WHERE ${SIGNED}) AS signed,
         (SELECT ${cny('sum(d.agreed_amount_cny)')} FROM deals d WHERE ${SIGNED}) AS "signedAmountCny",
         (SELECT count(*)::int FROM deals d WHERE d.agreed_stage = 'FULFILLED') AS fulfilled,
         (SELECT ${cny('sum(d.agreed_amount_cny)')} FROM deals d WHERE d.agreed_stage = 'FULFILLED') AS "fulfilledAmountCny",
         (SELECT ${cny('sum(d.agreed_amount_cny)')} FROM deals d
           WHERE ${SIGNED} AND left(d.supplier_region, 2) = left(d.buyer_region, 2)) AS "localAmountCny"`,
      [eventId, endsAt],
    );
    return rows[0];
  }

  /** Per sector: approved firms of the sector, signed contracts whose supplier is in it, their amount. */
  bySector(eventId: string): Promise<GroupRow[]> {
    return this.db.query(
      `WITH firms AS (SELECT r.sector AS key, count(*)::int AS firms FROM event_registration r
                       WHERE r.event_id = $1 AND r.status = 'APPROVED' GROUP BY r.sector),
            signed AS (SELECT d.supplier_sector AS key, count(*)::int AS contracts, sum(d.agreed_amount_cny) AS amount FROM deal d
                        WHERE d.event_id = $1 AND ${SIGNED} AND ${COUNTED_IN_REPORT} GROUP BY d.supplier_sector)
       SELECT COALESCE(f.key, g.key) AS key, COALESCE(f.firms, 0) AS firms, COALESCE(g.contracts, 0) AS contracts,
              ${cny('g.amount')} AS "amountCny"
         FROM firms f FULL JOIN signed g ON g.key = f.key
        ORDER BY COALESCE(g.amount, 0) DESC, COALESCE(f.key, g.key)`,
      [eventId],
    );
  }

  /**
   * Per chain category: approved firms working in it, and signed contracts for its products (the
   * supply listing's category, else the demand's, else the supplier's first category).
   */
  byCategory(eventId: string): Promise<GroupRow[]> {
    return this.db.query(
      `WITH firms AS (SELECT c AS key, count(DISTINCT e.id)::int AS firms FROM event_registration r JOIN enterprise e ON e.id = r.enterprise_id,
                             unnest(e.category_codes) AS c
                       WHERE r.event_id = $1 AND r.status = 'APPROVED' GROUP BY c),
            signed AS (SELECT COALESCE(sl.category_code, dl.category_code, s.category_codes[1]) AS key, count(*)::int AS contracts, sum(d.agreed_amount_cny) AS amount
                         FROM deal d JOIN enterprise s ON s.id = d.supplier_enterprise_id
                         LEFT JOIN listing sl ON sl.id = d.supply_listing_id LEFT JOIN listing dl ON dl.id = d.demand_listing_id
                        WHERE d.event_id = $1 AND ${SIGNED} AND ${COUNTED_IN_REPORT} GROUP BY 1)
       SELECT COALESCE(f.key, g.key) AS key, COALESCE(f.firms, 0) AS firms, COALESCE(g.contracts, 0) AS contracts,
              ${cny('g.amount')} AS "amountCny"
         FROM firms f FULL JOIN signed g ON g.key = f.key
        WHERE COALESCE(f.key, g.key) IS NOT NULL
        ORDER BY COALESCE(g.amount, 0) DESC, COALESCE(f.key, g.key)`,
      [eventId],
    );
  }

  /**
   * Open demands of approved registrants with no suggestion scoring GOOD_MATCH or more, by
   * category: only those the viewer may see (a confidential demand a firm brought to another
   * event is not this organiser's to count or name).
   */
  chainGaps(eventId: string, viewer: Viewer): Promise<GapRow[]> {
    const params: unknown[] = [eventId, GOOD_MATCH];
    const visible = Access.listingVisibleSql(viewer, 'l', (v) => `$${params.push(v)}`);
    return this.db.query(
      `SELECT l.category_code AS "categoryCode", count(*)::int AS demands, count(DISTINCT l.enterprise_id)::int AS firms,
              (array_agg(l.title ORDER BY l.created_at))[1:5] AS examples
         FROM listing l JOIN event_registration r ON r.enterprise_id = l.enterprise_id AND r.event_id = $1 AND r.status = 'APPROVED'
        WHERE l.kind = 'DEMAND' AND l.status = 'OPEN' AND ${visible}
          AND NOT EXISTS (SELECT 1 FROM match_suggestion m WHERE m.demand_id = l.id AND m.score >= $2)
        GROUP BY l.category_code
        ORDER BY count(*) DESC, l.category_code`,
      params,
    );
  }
}
