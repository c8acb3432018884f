import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { ListingEntity } from './listing.entity';
import { ListingKind, ListingStatus, MatchingStatus } from './listing.enums';
import { ListingDraft } from './listing-rules';

/** A resolved listing query: every condition already turned into plain values. */
export interface ListingQuery {
  kind?: ListingKind | null;
  status?: ListingStatus | null;
  enterpriseId?: string;
  categoryCodes?: string[];
  regionPrefix?: string;
  terms?: string[];
  /** Confidential demands are visible to this enterprise only (null: to nobody). */
  viewerEnterpriseId: string | null;
  /** Keyset: rows strictly after this (createdAt, id) in the newest-first order. */
  after?: { createdAt: string; id: string };
  limit: number;
}

/** The listing columns under their entity property names, so raw rows need no mapping. */
const PAGE_COLUMNS = [
  ['id', 'id'],
  ['enterprise_id', 'enterpriseId'],
  ['kind', 'kind'],
  ['title', 'title'],
  ['description', 'description'],
  ['category_code', 'categoryCode'],
  ['quantity', 'quantity'],
  ['unit', 'unit'],
  ['price_min', 'priceMin'],
  ['price_max', 'priceMax'],
  ['region_code', 'regionCode'],
  ['certifications', 'certifications'],
  ['valid_until', 'validUntil'],
  ['status', 'status'],
  ['confidential', 'confidential'],
  ['matching_status', 'matchingStatus'],
  ['version', 'version'],
  ['created_at', 'createdAt'],
  ['updated_at', 'updatedAt'],
  ['closed_at', 'closedAt'],
].map(([column, property]) => `l.${column} AS "${property}"`);

/** The text that `text` filters search: must match the pg_trgm index expression exactly. */
const SEARCH_TEXT = `(l.title || ' ' || coalesce(l.description, ''))`;

function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (c) => `\\${c}`);
}

@Injectable()
export class ListingsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  findById(id: string): Promise<ListingEntity | null> {
    return this.db.getRepository(ListingEntity).findOneBy({ id });
  }

  async insert(enterpriseId: string, draft: ListingDraft): Promise<ListingEntity> {
    const repo = this.db.getRepository(ListingEntity);
    return repo.save(repo.create({ ...draft, enterpriseId, status: ListingStatus.OPEN, matchingStatus: MatchingStatus.PENDING }));
  }

  /** Writes the new draft, bumps the version and marks the listing for re-matching. */
  async update(id: string, draft: ListingDraft, status: ListingStatus): Promise<ListingEntity> {
    await this.db
      .getRepository(ListingEntity)
      .createQueryBuilder()
      .update()
      .set({ ...draft, status, matchingStatus: MatchingStatus.PENDING, version: () => 'version + 1' })
      .where('id = :id', { id })
      .execute();
    return (await this.findById(id))!;
  }

  async close(id: string): Promise<ListingEntity> {
    await this.db
      .getRepository(ListingEntity)
      .createQueryBuilder()
      .update()
      .set({ status: ListingStatus.CLOSED, closedAt: () => 'now()', version: () => 'version + 1' })
      .where('id = :id AND status <> :closed', { id, closed: ListingStatus.CLOSED })
      .execute();
    return (await this.findById(id))!;
  }

  /** Marks open listings whose validity ended before `today` as EXPIRED; returns their ids. */
  async expireBefore(today: string): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `UPDATE listing SET status = 'EXPIRED', version = version + 1, updated_at = now()
       WHERE status = 'OPEN' AND valid_until < $1::date RETURNING id`,
      [today],
    );
    return rows.map((r) => r.id);
  }

  /** One page: limit + 1 rows, newest first (read raw: the hot path of every list). */
  async page(q: ListingQuery): Promise<ListingEntity[]> {
    const pageQuery = this.filtered(q)
      .select(PAGE_COLUMNS)
      .orderBy('l.created_at', 'DESC').addOrderBy('l.id', 'DESC').limit(q.limit + 1);
    if (q.after) {
      pageQuery.andWhere('(l.created_at, l.id) < (:afterTs::timestamptz, :afterId::uuid)', {
        afterTs: q.after.createdAt,
        afterId: q.after.id,
      });
    }
    return pageQuery.getRawMany<ListingEntity>();
  }

  /** How many listings the filter selects (the cursor and limit aside). */
  async count(q: ListingQuery): Promise<number> {
    const row = await this.filtered(q).select('count(*)::int', 'n').getRawOne<{ n: number }>();
    return row?.n ?? 0;
  }

  private filtered(q: ListingQuery): SelectQueryBuilder<ListingEntity> {
    const qb = this.db.getRepository(ListingEntity).createQueryBuilder('l');
    if (q.viewerEnterpriseId) {
      qb.where('(NOT l.confidential OR l.enterprise_id = :viewerEnterpriseId)', { viewerEnterpriseId: q.viewerEnterpriseId });
    } else {
      qb.where('NOT l.confidential');
    }
    if (q.kind) qb.andWhere('l.kind = :kind', { kind: q.kind });
    if (q.status) qb.andWhere('l.status = :status', { status: q.status });
    if (q.enterpriseId) qb.andWhere('l.enterprise_id = :enterpriseId', { enterpriseId: q.enterpriseId });
    if (q.categoryCodes) qb.andWhere('l.category_code = ANY(:categoryCodes)', { categoryCodes: q.categoryCodes });
    if (q.regionPrefix) qb.andWhere(`l.region_code LIKE :regionPrefix`, { regionPrefix: `${q.regionPrefix}%` });
    (q.terms ?? []).forEach((term, i) => {
      qb.andWhere(`${SEARCH_TEXT} ILIKE :term${i}`, { [`term${i}`]: `%${escapeLike(term)}%` });
    });
    return qb;
  }
}
