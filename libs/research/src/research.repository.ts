import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { runTransaction } from '@duijie/database';
import { approvedAtEvent } from '@duijie/meetings';

import { TechContractStatus } from './technology.enums';
import { TechnologyContractEntity } from './technology-contract.entity';
import { TechMatchReason, TechnologyMatchEntity } from './technology-match.entity';
import { TechnologyNeedEntity } from './technology-need.entity';
import { TechnologyResultEntity } from './technology-result.entity';

export type TimeKey = { at: string; id: string };
export type NewResult = Omit<TechnologyResultEntity, 'id' | 'createdAt' | 'updatedAt' | 'enterprise'>;
export type NewNeed = Omit<TechnologyNeedEntity, 'id' | 'createdAt' | 'updatedAt' | 'enterprise' | 'event'>;
export type NewContract = Omit<
  TechnologyContractEntity,
  'id' | 'createdAt' | 'updatedAt' | 'result' | 'need' | 'research' | 'firm' | 'event'
>;
export interface ScoredPair {
  needId: string;
  resultId: string;
  score: number;
  reasons: TechMatchReason[];
}
/** How many counterparts one write is scored against (the newest open ones). */
export const MATCH_CANDIDATES = 2000;

/** Results, needs, their matches and technology contracts (产学研对接). */
@Injectable()
export class ResearchRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Whether any of the firms' registrations at the event was approved (libs/meetings owns them). */
  approvedAt(enterpriseIds: readonly string[], eventId: string): Promise<boolean> {
    return approvedAtEvent(this.db.manager, enterpriseIds, eventId);
  }

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return runTransaction(this.db, work);
  }

  // ---- results

  /** Inserts and reads back, so amounts come as Postgres writes them (800000.00) on every path. */
  async insertResult(m: EntityManager, row: NewResult): Promise<TechnologyResultEntity> {
    const { id } = await m
      .getRepository(TechnologyResultEntity)
      .save(m.getRepository(TechnologyResultEntity).create(row));
    return (await m.getRepository(TechnologyResultEntity).findOneBy({ id }))!;
  }

  async updateResult(m: EntityManager, id: string, row: Partial<NewResult>): Promise<TechnologyResultEntity> {
    await m.getRepository(TechnologyResultEntity).update({ id }, row);
    return (await m.getRepository(TechnologyResultEntity).findOneBy({ id }))!;
  }

  result(id: string): Promise<TechnologyResultEntity | null> {
    return this.db.getRepository(TechnologyResultEntity).findOneBy({ id });
  }

  resultsByIds(ids: readonly string[]): Promise<TechnologyResultEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.db
      .getRepository(TechnologyResultEntity)
      .createQueryBuilder('r')
      .where('r.id = ANY(:ids)', { ids })
      .getMany();
  }

  /** Open results (or all of one firm's when `enterpriseId` is given), newest first. */
  results(filter: { enterpriseId?: string }, limit: number, after?: TimeKey): Promise<TechnologyResultEntity[]> {
    const qb = this.db.getRepository(TechnologyResultEntity).createQueryBuilder('r');
    if (filter.enterpriseId) qb.where('r.enterprise_id = :e', { e: filter.enterpriseId });
    else qb.where('r.open');
    if (after) qb.andWhere('(r.created_at, r.id) < (:at::timestamptz, :id::uuid)', after);
    return qb
      .orderBy('r.created_at', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .limit(limit + 1)
      .getMany();
  }

  async resultsCount(filter: { enterpriseId?: string }): Promise<number> {
    const rows: { n: number }[] = filter.enterpriseId
      ? await this.db.query(`SELECT count(*)::int AS n FROM technology_result WHERE enterprise_id = $1`, [
          filter.enterpriseId,
        ])
      : await this.db.query(`SELECT count(*)::int AS n FROM technology_result WHERE open`);
    return rows[0].n;
  }

  openResultsForMatching(m: EntityManager): Promise<TechnologyResultEntity[]> {
    return m
      .getRepository(TechnologyResultEntity)
      .createQueryBuilder('r')
      .where('r.open')
      .orderBy('r.created_at', 'DESC')
      .limit(MATCH_CANDIDATES)
      .getMany();
  }

  // ---- needs

  async insertNeed(m: EntityManager, row: NewNeed): Promise<TechnologyNeedEntity> {
    const { id } = await m.getRepository(TechnologyNeedEntity).save(m.getRepository(TechnologyNeedEntity).create(row));
    return (await m.getRepository(TechnologyNeedEntity).findOneBy({ id }))!;
  }

  async updateNeed(m: EntityManager, id: string, row: Partial<NewNeed>): Promise<TechnologyNeedEntity> {
    await m.getRepository(TechnologyNeedEntity).update({ id }, row);
    return (await m.getRepository(TechnologyNeedEntity).findOneBy({ id }))!;
  }

  need(id: string): Promise<TechnologyNeedEntity | null> {
    return this.db.getRepository(TechnologyNeedEntity).findOneBy({ id });
  }

  needsByIds(ids: readonly string[]): Promise<TechnologyNeedEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.db
      .getRepository(TechnologyNeedEntity)
      .createQueryBuilder('n')
      .where('n.id = ANY(:ids)', { ids })
      .getMany();
  }

  /** Open needs before their deadline (or all of one firm's), newest first. */
  needs(filter: { enterpriseId?: string }, limit: number, after?: TimeKey): Promise<TechnologyNeedEntity[]> {
    const qb = this.db.getRepository(TechnologyNeedEntity).createQueryBuilder('n');
    if (filter.enterpriseId) qb.where('n.enterprise_id = :e', { e: filter.enterpriseId });
    else qb.where(`n.open AND n.deadline >= (now() AT TIME ZONE 'Asia/Shanghai')::date`);
    if (after) qb.andWhere('(n.created_at, n.id) < (:at::timestamptz, :id::uuid)', after);
    return qb
      .orderBy('n.created_at', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .limit(limit + 1)
      .getMany();
  }

  async needsCount(filter: { enterpriseId?: string }): Promise<number> {
    const rows: { n: number }[] = filter.enterpriseId
      ? await this.db.query(`SELECT count(*)::int AS n FROM technology_need WHERE enterprise_id = $1`, [
          filter.enterpriseId,
        ])
      : await this.db.query(
          `SELECT count(*)::int AS n FROM technology_need WHERE open AND deadline >= (now() AT TIME ZONE 'Asia/Shanghai')::date`,
        );
    return rows[0].n;
  }

  openNeedsForMatching(m: EntityManager): Promise<TechnologyNeedEntity[]> {
    return m
      .getRepository(TechnologyNeedEntity)
      .createQueryBuilder('n')
      .where(`n.open AND n.deadline >= (now() AT TIME ZONE 'Asia/Shanghai')::date`)
      .orderBy('n.created_at', 'DESC')
      .limit(MATCH_CANDIDATES)
      .getMany();
  }

  // ---- matches

  /**
   * Replaces one side's matches with `pairs` (all of them of `side` = `id`): pairs no longer
   * matched go, the others are written with their new score; answers the pairs never notified
   * and marks them notified (the caller notifies both sides in the same transaction).
   */
  async replaceMatches(
    m: EntityManager,
    side: 'need' | 'result',
    id: string,
    pairs: ScoredPair[],
  ): Promise<ScoredPair[]> {
    const column = side === 'need' ? 'need_id' : 'result_id';
    const other = side === 'need' ? 'result_id' : 'need_id';
    const keep = pairs.map((p) => (side === 'need' ? p.resultId : p.needId));
    await m.query(`DELETE FROM technology_match WHERE ${column} = $1 AND NOT (${other} = ANY($2::uuid[]))`, [id, keep]);
    if (!pairs.length) return [];
    const fresh: { need_id: string; result_id: string }[] = await m.query(
      `INSERT INTO technology_match (need_id, result_id, score, reasons, notified_at)
       SELECT x.need_id, x.result_id, x.score, x.reasons, now()
         FROM unnest($1::uuid[], $2::uuid[], $3::real[], $4::jsonb[]) AS x(need_id, result_id, score, reasons)
       ON CONFLICT (need_id, result_id) DO UPDATE SET score = EXCLUDED.score, reasons = EXCLUDED.reasons, updated_at = now()
       RETURNING need_id, result_id, (xmax = 0) AS inserted`,
      [
        pairs.map((p) => p.needId),
        pairs.map((p) => p.resultId),
        pairs.map((p) => p.score),
        pairs.map((p) => JSON.stringify(p.reasons)),
      ],
    );
    const inserted = new Set(
      (fresh as { need_id: string; result_id: string; inserted: boolean }[])
        .filter((r) => r.inserted)
        .map((r) => `${r.need_id}/${r.result_id}`),
    );
    return pairs.filter((p) => inserted.has(`${p.needId}/${p.resultId}`));
  }

  /** A need's matched open results, best first. */
  matchesOfNeed(needId: string, limit: number): Promise<TechnologyMatchEntity[]> {
    return this.db
      .getRepository(TechnologyMatchEntity)
      .createQueryBuilder('x')
      .innerJoin(TechnologyResultEntity, 'r', 'r.id = x.result_id AND r.open')
      .where('x.need_id = :id', { id: needId })
      .orderBy('x.score', 'DESC')
      .addOrderBy('x.result_id')
      .limit(limit)
      .getMany();
  }

  /** A result's matched open needs (before their deadline), best first. */
  matchesOfResult(resultId: string, limit: number): Promise<TechnologyMatchEntity[]> {
    return this.db
      .getRepository(TechnologyMatchEntity)
      .createQueryBuilder('x')
      .innerJoin(
        TechnologyNeedEntity,
        'n',
        `n.id = x.need_id AND n.open AND n.deadline >= (now() AT TIME ZONE 'Asia/Shanghai')::date`,
      )
      .where('x.result_id = :id', { id: resultId })
      .orderBy('x.score', 'DESC')
      .addOrderBy('x.need_id')
      .limit(limit)
      .getMany();
  }

  // ---- contracts

  async insertContract(m: EntityManager, row: NewContract): Promise<TechnologyContractEntity> {
    const repo = m.getRepository(TechnologyContractEntity);
    const { id } = await repo.save(repo.create(row));
    return (await repo.findOneBy({ id }))!;
  }

  contract(id: string, m: EntityManager = this.db.manager, lock = false): Promise<TechnologyContractEntity | null> {
    const qb = m.getRepository(TechnologyContractEntity).createQueryBuilder('c').where('c.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write');
    return qb.getOne();
  }

  async answerContract(m: EntityManager, id: string, status: TechContractStatus): Promise<TechnologyContractEntity> {
    await m.getRepository(TechnologyContractEntity).update({ id }, { status, answeredAt: new Date() });
    return (await this.contract(id, m))!;
  }

  /** A firm's technology contracts (either side), newest first. */
  contractsOf(enterpriseId: string, limit: number, after?: TimeKey): Promise<TechnologyContractEntity[]> {
    const qb = this.db
      .getRepository(TechnologyContractEntity)
      .createQueryBuilder('c')
      .where('(c.research_enterprise_id = :e OR c.firm_enterprise_id = :e)', { e: enterpriseId });
    if (after) qb.andWhere('(c.created_at, c.id) < (:at::timestamptz, :id::uuid)', after);
    return qb
      .orderBy('c.created_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(limit + 1)
      .getMany();
  }

  async contractsCount(enterpriseId: string): Promise<number> {
    const rows: { n: number }[] = await this.db.query(
      `SELECT count(*)::int AS n FROM technology_contract WHERE research_enterprise_id = $1 OR firm_enterprise_id = $1`,
      [enterpriseId],
    );
    return rows[0].n;
  }

  /** An open proposal for the same result and need (one at a time). */
  async pendingContractExists(resultId: string, needId: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `SELECT 1 FROM technology_contract WHERE result_id = $1 AND need_id = $2 AND status = 'PROPOSED' LIMIT 1`,
      [resultId, needId],
    );
    return rows.length > 0;
  }

  /** The confirmed contracts of an event, per firm and need category, amounts summed exactly. */
  eventContractGroups(
    eventId: string,
  ): Promise<{ sector: string; regionCode: string; categoryCode: string; count: number; amountCny: string }[]> {
    // the firm's sector and region as they were at the event (the contract holds them: migration FirmAsAtEvent)
    return this.db.query(
      `SELECT c.firm_sector AS sector, c.firm_region_code AS "regionCode", n.category_code AS "categoryCode",
              count(*)::int AS count, round(sum(c.amount_cny), 2)::text AS "amountCny"
         FROM technology_contract c JOIN technology_need n ON n.id = c.need_id
        WHERE c.event_id = $1 AND c.status = 'CONFIRMED'
        GROUP BY c.firm_sector, c.firm_region_code, n.category_code`,
      [eventId],
    );
  }
}
