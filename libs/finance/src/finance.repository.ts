import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

import { runTransaction } from '@duijie/database';
import { approvedAtEvent, approvedAtEventSql } from '@duijie/meetings';

import { FinancingDealShareEntity } from './deal-share.entity';
import { FinancingStatus, LoanStage } from './finance.enums';
import type { FinancingFit } from './financing-fit';
import { FinancingMatchEntity } from './financing-match.entity';
import { FinancingNeedEntity } from './financing-need.entity';
import { FinancingProductEntity } from './financing-product.entity';

/** A keyset position in a newest-first list. */
export interface TimeKey {
  at: string;
  id: string;
}

/** A keyset position in a best-first list of matches. */
export interface ScoreKey {
  score: number;
  id: string;
}

export interface LoanGroupRow {
  key: string;
  loans: number;
  amountCny: string;
}

export interface LoanTotalsRow {
  needs: number;
  needAmountCny: string;
  matchedNeeds: number;
  loans: number;
  amountCny: string;
}

const MATCH_COLUMNS = `m.need_id AS "needId", m.product_id AS "productId", m.lender_enterprise_id AS "lenderEnterpriseId",
  m.eligible, m.score::float8 AS score, m.conditions, m.loan_stage AS "loanStage", m.loan_amount_cny AS "loanAmountCny",
  m.loan_updated_at AS "loanUpdatedAt", m.updated_at AS "updatedAt"`;

/** 政银企: products, needs, their matches and the consents to show deals; SQL only here. */
@Injectable()
export class FinanceRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Whether any of the firms' registrations at the event was approved (libs/meetings owns them). */
  approvedAt(enterpriseIds: readonly string[], eventId: string): Promise<boolean> {
    return approvedAtEvent(this.db.manager, enterpriseIds, eventId);
  }

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return runTransaction(this.db, work);
  }

  // ── products ──
  async insertProduct(m: EntityManager, row: Partial<FinancingProductEntity>): Promise<FinancingProductEntity> {
    const { identifiers } = await m.insert(
      FinancingProductEntity,
      row as QueryDeepPartialEntity<FinancingProductEntity>,
    );
    return (await m.findOneBy(FinancingProductEntity, { id: identifiers[0].id as string }))!;
  }

  async updateProduct(
    m: EntityManager,
    id: string,
    patch: Partial<FinancingProductEntity>,
  ): Promise<FinancingProductEntity> {
    if (Object.keys(patch).length > 0)
      await m.update(FinancingProductEntity, { id }, patch as QueryDeepPartialEntity<FinancingProductEntity>);
    return (await m.findOneBy(FinancingProductEntity, { id }))!;
  }

  product(id: string, m: EntityManager = this.db.manager): Promise<FinancingProductEntity | null> {
    return m.findOneBy(FinancingProductEntity, { id });
  }

  lockProduct(m: EntityManager, id: string): Promise<FinancingProductEntity | null> {
    return m.findOne(FinancingProductEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  productsByIds(ids: readonly string[]): Promise<FinancingProductEntity[]> {
    return this.db.query(`SELECT ${productColumns('p')} FROM financing_product p WHERE p.id = ANY($1::uuid[])`, [ids]);
  }

  /** Newest first; a bank's own (any status) or everyone's open products. */
  productsPage(filter: { lenderId: string | null; openOnly: boolean }, limit: number, after: TimeKey | null) {
    const params: unknown[] = [filter.lenderId, filter.openOnly, limit + 1];
    let keyset = '';
    if (after) {
      params.push(after.at, after.id);
      keyset = `AND (p.created_at, p.id) < ($4::timestamptz, $5::uuid)`;
    }
    const where = `($1::uuid IS NULL OR p.lender_enterprise_id = $1) AND (NOT $2 OR p.status = 'OPEN')`;
    return {
      rows: this.db.query<FinancingProductEntity[]>(
        `SELECT ${productColumns('p')} FROM financing_product p WHERE ${where} ${keyset}
          ORDER BY p.created_at DESC, p.id DESC LIMIT $3`,
        params,
      ),
      count: async () => {
        const rows = await this.db.query<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM financing_product p WHERE ${where}`,
          [filter.lenderId, filter.openOnly],
        );
        return rows[0].n;
      },
    };
  }

  openProducts(m: EntityManager): Promise<FinancingProductEntity[]> {
    return m.query(`SELECT ${productColumns('p')} FROM financing_product p WHERE p.status = 'OPEN'`);
  }

  // ── needs ──
  async insertNeed(m: EntityManager, row: Partial<FinancingNeedEntity>): Promise<FinancingNeedEntity> {
    const { identifiers } = await m.insert(FinancingNeedEntity, row as QueryDeepPartialEntity<FinancingNeedEntity>);
    return (await m.findOneBy(FinancingNeedEntity, { id: identifiers[0].id as string }))!;
  }

  async updateNeed(m: EntityManager, id: string, patch: Partial<FinancingNeedEntity>): Promise<FinancingNeedEntity> {
    if (Object.keys(patch).length > 0)
      await m.update(FinancingNeedEntity, { id }, patch as QueryDeepPartialEntity<FinancingNeedEntity>);
    return (await m.findOneBy(FinancingNeedEntity, { id }))!;
  }

  need(id: string, m: EntityManager = this.db.manager): Promise<FinancingNeedEntity | null> {
    return m.findOneBy(FinancingNeedEntity, { id });
  }

  lockNeed(m: EntityManager, id: string): Promise<FinancingNeedEntity | null> {
    return m.findOne(FinancingNeedEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  needsByIds(ids: readonly string[]): Promise<FinancingNeedEntity[]> {
    return this.db.manager.createQueryBuilder(FinancingNeedEntity, 'n').where('n.id IN (:...ids)', { ids }).getMany();
  }

  /** A firm's needs, newest first. */
  needsPage(enterpriseId: string, limit: number, after: TimeKey | null) {
    const qb = this.db.manager
      .createQueryBuilder(FinancingNeedEntity, 'n')
      .where('n.enterprise_id = :enterpriseId', { enterpriseId });
    const count = () => qb.clone().getCount();
    if (after) qb.andWhere('(n.created_at, n.id) < (:at::timestamptz, :id::uuid)', after);
    return {
      rows: qb
        .orderBy('n.created_at', 'DESC')
        .addOrderBy('n.id', 'DESC')
        .limit(limit + 1)
        .getMany(),
      count,
    };
  }

  openNeeds(m: EntityManager): Promise<FinancingNeedEntity[]> {
    return m.findBy(FinancingNeedEntity, { status: FinancingStatus.OPEN });
  }

  // ── matches ──
  /**
   * Writes the pairs of one need (or one product) as now computed: new and changed pairs are
   * upserted (a loan record stays), pairs no longer kept go unless the bank recorded a loan.
   */
  async replaceMatches(
    m: EntityManager,
    side: { needId: string } | { productId: string },
    pairs: { needId: string; productId: string; lenderEnterpriseId: string; fit: FinancingFit }[],
  ): Promise<void> {
    const [column, id] = 'needId' in side ? ['need_id', side.needId] : ['product_id', side.productId];
    const other = column === 'need_id' ? 'product_id' : 'need_id';
    const keep = pairs.map((p) => (column === 'need_id' ? p.productId : p.needId));
    await m.query(
      `DELETE FROM financing_match WHERE ${column} = $1 AND loan_stage IS NULL AND NOT (${other} = ANY($2::uuid[]))`,
      [id, keep],
    );
    if (pairs.length === 0) return;
    await m.query(
      `INSERT INTO financing_match (need_id, product_id, lender_enterprise_id, eligible, score, conditions)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::boolean[], $5::numeric[], $6::jsonb[])
       ON CONFLICT (need_id, product_id) DO UPDATE SET eligible = EXCLUDED.eligible, score = EXCLUDED.score,
         conditions = EXCLUDED.conditions, updated_at = now()`,
      [
        pairs.map((p) => p.needId),
        pairs.map((p) => p.productId),
        pairs.map((p) => p.lenderEnterpriseId),
        pairs.map((p) => p.fit.eligible),
        pairs.map((p) => p.fit.score),
        pairs.map((p) => JSON.stringify(p.fit.conditions)),
      ],
    );
  }

  /**
   * Best first. For a need: its matches with open products (or with a loan record). For a
   * product: its matches with open needs (or with a loan record).
   */
  matchesPage(
    side: { needId: string } | { productId: string },
    includeIneligible: boolean,
    limit: number,
    after: ScoreKey | null,
  ) {
    const byNeed = 'needId' in side;
    const [column, other, joined] = byNeed
      ? ['need_id', 'product_id', 'financing_product']
      : ['product_id', 'need_id', 'financing_need'];
    const where = `m.${column} = $1 AND ($2 OR m.eligible) AND (o.status = 'OPEN' OR m.loan_stage IS NOT NULL)`;
    const base = [byNeed ? side.needId : side.productId, includeIneligible];
    const params: unknown[] = [...base, limit + 1];
    let keyset = '';
    if (after) {
      params.push(after.score, after.id);
      keyset = `AND (m.score::float8, m.${other}) < ($4::float8, $5::uuid)`;
    }
    return {
      rows: this.db.query<FinancingMatchEntity[]>(
        `SELECT ${MATCH_COLUMNS} FROM financing_match m JOIN ${joined} o ON o.id = m.${other}
          WHERE ${where} ${keyset} ORDER BY m.score DESC, m.${other} DESC LIMIT $3`,
        params,
      ),
      count: async () => {
        const rows = await this.db.query<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM financing_match m JOIN ${joined} o ON o.id = m.${other} WHERE ${where}`,
          base,
        );
        return rows[0].n;
      },
    };
  }

  async lockMatch(m: EntityManager, needId: string, productId: string): Promise<FinancingMatchEntity | null> {
    const rows: FinancingMatchEntity[] = await m.query(
      `SELECT ${MATCH_COLUMNS} FROM financing_match m WHERE m.need_id = $1 AND m.product_id = $2 FOR UPDATE`,
      [needId, productId],
    );
    return rows[0] ?? null;
  }

  async recordLoan(m: EntityManager, needId: string, productId: string, stage: LoanStage, amountCny: string | null) {
    await m.query(
      `UPDATE financing_match SET loan_stage = $3, loan_amount_cny = $4, loan_updated_at = now()
        WHERE need_id = $1 AND product_id = $2`,
      [needId, productId, stage, amountCny],
    );
    return (await this.lockMatch(m, needId, productId))!;
  }

  /** Whether the bank has a product matched to the need (so it may record the loan). */
  async lenderMatched(needId: string, lenderId: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `SELECT 1 FROM financing_match WHERE need_id = $1 AND lender_enterprise_id = $2 LIMIT 1`,
      [needId, lenderId],
    );
    return rows.length > 0;
  }

  // ── consents (订单融资) ──
  activeShare(needId: string, lenderId: string, m: EntityManager = this.db.manager) {
    return m
      .createQueryBuilder(FinancingDealShareEntity, 's')
      .where('s.need_id = :needId AND s.lender_enterprise_id = :lenderId AND s.withdrawn_at IS NULL', {
        needId,
        lenderId,
      })
      .getOne();
  }

  sharesOf(needId: string, limit: number): Promise<FinancingDealShareEntity[]> {
    return this.db.manager.find(FinancingDealShareEntity, {
      where: { needId },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: limit,
    });
  }

  /** Every deal id the firm shares now behind the need, with any bank. */
  async activeDealIds(needId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT DISTINCT unnest(deal_ids) AS id FROM financing_deal_share WHERE need_id = $1 AND withdrawn_at IS NULL`,
      [needId],
    );
    return rows.map((r) => r.id);
  }

  share(id: string, m: EntityManager = this.db.manager): Promise<FinancingDealShareEntity | null> {
    return m.findOneBy(FinancingDealShareEntity, { id });
  }

  /** Grants consent, or replaces the deals and product of the standing one. */
  async upsertShare(m: EntityManager, row: Omit<FinancingDealShareEntity, 'id' | 'createdAt' | 'withdrawnAt'>) {
    const rows: { id: string }[] = await m.query(
      `INSERT INTO financing_deal_share (need_id, lender_enterprise_id, product_id, deal_ids, granted_by_user_id)
       VALUES ($1, $2, $3, $4::uuid[], $5)
       ON CONFLICT (need_id, lender_enterprise_id) WHERE withdrawn_at IS NULL
       DO UPDATE SET product_id = EXCLUDED.product_id, deal_ids = EXCLUDED.deal_ids,
         granted_by_user_id = EXCLUDED.granted_by_user_id
       RETURNING id`,
      [row.needId, row.lenderEnterpriseId, row.productId, row.dealIds, row.grantedByUserId],
    );
    return (await this.share(rows[0].id, m))!;
  }

  async withdrawShare(m: EntityManager, id: string): Promise<FinancingDealShareEntity> {
    await m.query(`UPDATE financing_deal_share SET withdrawn_at = now() WHERE id = $1 AND withdrawn_at IS NULL`, [id]);
    return (await this.share(id, m))!;
  }

  // ── the event report ──
  /**
   * An event's loans are those of its needs by lenders approved there too (an outside tester's bank, never
   * at a 2020 event, put a loan into its report on a need a firm named it for in 2026).
   */
  async loanTotals(eventId: string): Promise<LoanTotalsRow> {
    const rows: LoanTotalsRow[] = await this.db.query(
      `SELECT (SELECT count(*)::int FROM financing_need WHERE event_id = $1) AS needs,
              (SELECT round(coalesce(sum(amount_cny), 0), 2)::text FROM financing_need WHERE event_id = $1) AS "needAmountCny",
              (SELECT count(DISTINCT n.id)::int FROM financing_need n JOIN financing_match m ON m.need_id = n.id
                WHERE n.event_id = $1 AND m.eligible) AS "matchedNeeds",
              count(m.need_id)::int AS loans, round(coalesce(sum(m.loan_amount_cny), 0), 2)::text AS "amountCny"
         FROM financing_need n JOIN financing_match m ON m.need_id = n.id AND m.loan_stage = 'DISBURSED'
        WHERE n.event_id = $1 AND ${LENDER_AT_EVENT}`,
      [eventId],
    );
    return rows[0];
  }

  /** Disbursed loans for the event's needs, by the borrower's sector or prefecture (first 4 digits). */
  loansBy(eventId: string, group: 'sector' | 'prefecture'): Promise<LoanGroupRow[]> {
    const key = group === 'sector' ? 'n.sector' : `substr(n.region_code, 1, 4) || '00'`;
    return this.db.query(
      `SELECT ${key} AS key, count(*)::int AS loans, sum(m.loan_amount_cny)::text AS "amountCny"
         FROM financing_need n JOIN financing_match m ON m.need_id = n.id AND m.loan_stage = 'DISBURSED'
        WHERE n.event_id = $1 AND ${LENDER_AT_EVENT} GROUP BY 1 ORDER BY sum(m.loan_amount_cny) DESC, 1 LIMIT 100`,
      [eventId],
    );
  }
}

/** The loan's lender was approved at the need's event (a `financing_need n`, `financing_match m` row). */
const LENDER_AT_EVENT = approvedAtEventSql('m.lender_enterprise_id', 'n.event_id');

function productColumns(a: string): string {
  return `${a}.id, ${a}.lender_enterprise_id AS "lenderEnterpriseId", ${a}.name, ${a}.min_amount_cny AS "minAmountCny",
    ${a}.max_amount_cny AS "maxAmountCny", ${a}.min_annual_rate AS "minAnnualRate", ${a}.max_annual_rate AS "maxAnnualRate",
    ${a}.min_term_months AS "minTermMonths", ${a}.max_term_months AS "maxTermMonths", ${a}.guarantee_types AS "guaranteeTypes",
    ${a}.sectors, ${a}.region_codes AS "regionCodes", ${a}.scales AS "scales", ${a}.description, ${a}.status,
    ${a}.created_at AS "createdAt", ${a}.updated_at AS "updatedAt"`;
}
