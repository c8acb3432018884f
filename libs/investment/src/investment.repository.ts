import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

import { runTransaction } from '@duijie/database';
import { approvedAtEvent } from '@duijie/meetings';

import {
  InvestmentPipelineEntryEntity,
  InvestmentProjectEntity,
  InvestmentStageChangeEntity,
  PipelineStage,
} from './investment.entity';
import { INVESTMENT_LIMITS } from './investment-limits';

export interface FigureRow {
  key: string;
  signed: number;
  signedAmountCny: string;
  landed: number;
  landedAmountCny: string;
}

/** Which entries a summary counts: an event's, or a region's (prefix) of one owner (or all). */
export type SummaryScope = { eventId: string } | { regionPrefix: string; ownerEnterpriseId: string | null };

const FIGURES = `count(*) FILTER (WHERE p.stage IN ('SIGNED', 'LANDED'))::int AS signed,
  round(COALESCE(sum(p.signed_amount_cny) FILTER (WHERE p.stage IN ('SIGNED', 'LANDED')), 0), 2)::text AS "signedAmountCny",
  count(*) FILTER (WHERE p.stage = 'LANDED')::int AS landed,
  round(COALESCE(sum(p.landed_amount_cny) FILTER (WHERE p.stage = 'LANDED'), 0), 2)::text AS "landedAmountCny"`;

@Injectable()
export class InvestmentRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Whether any of the firms' registrations at the event was approved (libs/meetings owns them). */
  approvedAt(enterpriseIds: readonly string[], eventId: string): Promise<boolean> {
    return approvedAtEvent(this.db.manager, enterpriseIds, eventId);
  }

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return runTransaction(this.db, work);
  }

  project(id: string): Promise<InvestmentProjectEntity | null> {
    return this.db.getRepository(InvestmentProjectEntity).findOneBy({ id });
  }

  projectsByIds(ids: readonly string[]): Promise<InvestmentProjectEntity[]> {
    return this.db.getRepository(InvestmentProjectEntity).findBy({ id: In([...ids]) });
  }

  async insertProject(
    p: Omit<InvestmentProjectEntity, 'id' | 'createdAt' | 'updatedAt'>,
  ): Promise<InvestmentProjectEntity> {
    const repo = this.db.getRepository(InvestmentProjectEntity);
    const { id } = await repo.save(repo.create(p));
    return (await this.project(id))!; // read back: amounts as Postgres writes them (200000000.00)
  }

  async updateProject(id: string, p: Partial<InvestmentProjectEntity>): Promise<InvestmentProjectEntity> {
    await this.db
      .getRepository(InvestmentProjectEntity)
      .update({ id }, p as QueryDeepPartialEntity<InvestmentProjectEntity>);
    return (await this.project(id))!;
  }

  /** Projects newest first, keyset on (created_at, id). */
  async projects(
    filter: { regionPrefix?: string; categoryCode?: string; ownerEnterpriseId?: string },
    limit: number,
    after?: { at: string; id: string },
  ): Promise<{ rows: InvestmentProjectEntity[]; count: () => Promise<number> }> {
    const where: string[] = [];
    const params: unknown[] = [];
    const p = (v: unknown) => `$${params.push(v)}`;
    if (filter.regionPrefix !== undefined) where.push(`region_code LIKE ${p(`${filter.regionPrefix}%`)}`);
    if (filter.categoryCode) where.push(`category_codes @> ARRAY[${p(filter.categoryCode)}]::text[]`);
    if (filter.ownerEnterpriseId) where.push(`owner_enterprise_id = ${p(filter.ownerEnterpriseId)}`);
    const base = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const countParams = [...params];
    const keyset = after ? `(created_at, id) < (${p(after.at)}::timestamptz, ${p(after.id)}::uuid)` : '';
    const sql = `SELECT id FROM investment_project ${base}${keyset ? `${base ? ' AND ' : 'WHERE '}${keyset}` : ''}
                  ORDER BY created_at DESC, id DESC LIMIT ${p(limit + 1)}`;
    const ids = await this.db.query<{ id: string }[]>(sql, params);
    const rows = await this.projectsByIds(ids.map((r) => r.id));
    const byId = new Map(rows.map((r) => [r.id, r]));
    return {
      rows: ids.map((r) => byId.get(r.id)!).filter(Boolean),
      count: async () =>
        (
          await this.db.query<
            {
              n: number;
            }[]
          >(`SELECT count(*)::int AS n FROM investment_project ${base}`, countParams)
        )[0].n,
    };
  }

  /** Projects per category in the region (for the panorama's nodes). */
  projectCountsByCategory(regionPrefix: string, codes: readonly string[]): Promise<{ code: string; n: number }[]> {
    return this.db.query(
      `SELECT c AS code, count(*)::int AS n FROM investment_project p CROSS JOIN LATERAL unnest(p.category_codes) c
        WHERE p.region_code LIKE $1 AND c = ANY($2::text[]) GROUP BY c`,
      [`${regionPrefix}%`, codes],
    );
  }

  /** Projects of one category in the region, newest first, at most `limit`. */
  async projectsOnCategory(regionPrefix: string, code: string, limit: number): Promise<InvestmentProjectEntity[]> {
    const ids = await this.db.query<{ id: string }[]>(
      `SELECT id FROM investment_project WHERE region_code LIKE $1 AND category_codes @> ARRAY[$2]::text[]
        ORDER BY created_at DESC, id DESC LIMIT $3`,
      [`${regionPrefix}%`, code, limit],
    );
    const rows = await this.projectsByIds(ids.map((r) => r.id));
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((r) => byId.get(r.id)!).filter(Boolean);
  }

  entry(id: string, m: EntityManager = this.db.manager, lock = false): Promise<InvestmentPipelineEntryEntity | null> {
    return m.getRepository(InvestmentPipelineEntryEntity).findOne({
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  entriesByIds(ids: readonly string[]): Promise<InvestmentPipelineEntryEntity[]> {
    return this.db.getRepository(InvestmentPipelineEntryEntity).findBy({ id: In([...ids]) });
  }

  /** The owner's entries for these candidates: on a lead (region, category) or on a project. */
  ownerEntriesFor(
    ownerEnterpriseId: string,
    candidateIds: readonly string[],
    on: { regionCode: string } | { projectId: string },
  ): Promise<InvestmentPipelineEntryEntity[]> {
    if (!candidateIds.length) return Promise.resolve([]);
    return this.db.getRepository(InvestmentPipelineEntryEntity).findBy({
      ownerEnterpriseId,
      candidateEnterpriseId: In([...candidateIds]),
      ...('projectId' in on ? { projectId: on.projectId } : { regionCode: on.regionCode }),
    });
  }

  async insertEntry(
    m: EntityManager,
    e: Omit<InvestmentPipelineEntryEntity, 'id' | 'createdAt' | 'updatedAt'>,
  ): Promise<InvestmentPipelineEntryEntity | null> {
    const rows = await m.query<{ id: string }[]>(
      `INSERT INTO investment_pipeline_entry (owner_enterprise_id, candidate_enterprise_id, project_id, region_code,
         category_code, stage, signed_amount_cny, signed_on, landed_amount_cny, landed_on, contacted_at, event_id, note)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
       ON CONFLICT DO NOTHING RETURNING id`,
      [
        e.ownerEnterpriseId,
        e.candidateEnterpriseId,
        e.projectId,
        e.regionCode,
        e.categoryCode,
        e.stage,
        e.signedAmountCny,
        e.signedOn,
        e.landedAmountCny,
        e.landedOn,
        e.contactedAt,
        e.eventId,
        e.note,
      ],
    );
    return rows.length ? this.entry(rows[0].id, m) : null;
  }

  async updateEntry(
    m: EntityManager,
    id: string,
    change: Partial<InvestmentPipelineEntryEntity>,
  ): Promise<InvestmentPipelineEntryEntity> {
    await m
      .getRepository(InvestmentPipelineEntryEntity)
      .update({ id }, change as QueryDeepPartialEntity<InvestmentPipelineEntryEntity>);
    return (await this.entry(id, m))!;
  }

  async recordChange(
    m: EntityManager,
    c: {
      entryId: string;
      fromStage: PipelineStage | null;
      toStage: PipelineStage;
      reason: string | null;
      userId: string;
    },
  ): Promise<void> {
    await m.getRepository(InvestmentStageChangeEntity).insert({
      entryId: c.entryId,
      fromStage: c.fromStage,
      toStage: c.toStage,
      reason: c.reason,
      changedByUserId: c.userId,
    });
  }

  async history(entryId: string): Promise<InvestmentStageChangeEntity[]> {
    const rows = await this.db
      .getRepository(InvestmentStageChangeEntity)
      .find({ where: { entryId }, order: { at: 'DESC', id: 'DESC' }, take: INVESTMENT_LIMITS.history });
    return rows.reverse();
  }

  /**
   * Entries of an owner (all its entries) or of a candidate (only those contacted), most recently
   * changed first, keyset on (updated_at, id).
   */
  async entries(
    who: { ownerEnterpriseId: string } | { candidateEnterpriseId: string },
    filter: { stage?: PipelineStage; projectId?: string },
    limit: number,
    after?: { at: string; id: string },
  ): Promise<{ rows: InvestmentPipelineEntryEntity[]; count: () => Promise<number> }> {
    const params: unknown[] = [];
    const p = (v: unknown) => `$${params.push(v)}`;
    const where =
      'ownerEnterpriseId' in who
        ? [`owner_enterprise_id = ${p(who.ownerEnterpriseId)}`]
        : [`candidate_enterprise_id = ${p(who.candidateEnterpriseId)}`, 'contacted_at IS NOT NULL'];
    if (filter.stage) where.push(`stage = ${p(filter.stage)}`);
    if (filter.projectId) where.push(`project_id = ${p(filter.projectId)}`);
    const countParams = [...params];
    const countSql = `SELECT count(*)::int AS n FROM investment_pipeline_entry WHERE ${where.join(' AND ')}`;
    if (after) where.push(`(updated_at, id) < (${p(after.at)}::timestamptz, ${p(after.id)}::uuid)`);
    const ids = await this.db.query<{ id: string }[]>(
      `SELECT id FROM investment_pipeline_entry WHERE ${where.join(' AND ')} ORDER BY updated_at DESC, id DESC LIMIT ${p(limit + 1)}`,
      params,
    );
    const rows = await this.entriesByIds(ids.map((r) => r.id));
    const byId = new Map(rows.map((r) => [r.id, r]));
    return {
      rows: ids.map((r) => byId.get(r.id)!).filter(Boolean),
      count: async () => (await this.db.query<{ n: number }[]>(countSql, countParams))[0].n,
    };
  }

  /** Signed and landed figures grouped by category code and by region code (sectors follow from categories). */
  async figures(scope: SummaryScope): Promise<{ byCategory: FigureRow[]; byRegion: FigureRow[] }> {
    const params: unknown[] = [];
    const p = (v: unknown) => `$${params.push(v)}`;
    const where =
      'eventId' in scope
        ? [`p.event_id = ${p(scope.eventId)}`]
        : [
            `p.region_code LIKE ${p(`${scope.regionPrefix}%`)}`,
            ...(scope.ownerEnterpriseId ? [`p.owner_enterprise_id = ${p(scope.ownerEnterpriseId)}`] : []),
          ];
    const by = (col: string, limit: number) =>
      this.db.query<FigureRow[]>(
        `SELECT p.${col} AS key, ${FIGURES} FROM investment_pipeline_entry p
          WHERE ${where.join(' AND ')} AND p.stage IN ('SIGNED', 'LANDED')
          GROUP BY 1 ORDER BY sum(p.signed_amount_cny) DESC NULLS LAST, 1 LIMIT ${limit}`,
        params,
      );
    const [byCategory, byRegion] = await Promise.all([
      by('category_code', 1000),
      by('region_code', INVESTMENT_LIMITS.summaryRegions),
    ]);
    return { byCategory, byRegion };
  }
}
