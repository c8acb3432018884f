import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

import { Access, Role, Viewer } from '@duijie/accounts';
import { ApiError } from '@duijie/common';
import { fastQuery, runTransaction } from '@duijie/database';
import { enterpriseColumnsPrefixed } from '@duijie/enterprises';
import { type KeyedJob, outboxHoldsListingMatchSql, recordJobs } from '@duijie/queue';

import { ListingEntity } from './listing.entity';
import { ListingKind, ListingStatus, MatchingStatus } from './listing.enums';
import { ListingPageCache, ListingWithEnterprise, LoadMark } from './listing-page-cache';
import { ListingDraft } from './listing-rules';

/** How many listings one firm may post through the API (an hour) and hold open. */
export interface PostingLimits {
  perHour: number;
  open: number;
}

async function checkPostingLimits(m: EntityManager, enterpriseId: string, limits: PostingLimits): Promise<void> {
  await m.query('SELECT 1 FROM enterprise WHERE id = $1 FOR NO KEY UPDATE', [enterpriseId]);
  const [row] = await m.query<{ lastHour: number; open: number }[]>(
    `SELECT count(*) FILTER (WHERE created_at > now() - interval '1 hour')::int AS "lastHour",
            count(*) FILTER (WHERE status = 'OPEN')::int AS "open"
       FROM listing WHERE enterprise_id = $1`,
    [enterpriseId],
  );
  if (row.lastHour >= limits.perHour)
    throw new ApiError(
      'RATE_LIMITED',
      `本企业过去 1 小时已发布 ${row.lastHour} 条供需信息，已达上限（每小时 ${limits.perHour} 条），请稍后再发布；大量信息可由活动主办方批量导入`,
      { reason: 'LISTINGS_PER_HOUR', retryAfterSeconds: 3600 },
    );
  if (row.open >= limits.open)
    throw new ApiError(
      'RATE_LIMITED',
      `本企业已有 ${row.open} 条有效的供需信息，已达上限（${limits.open} 条），请先关闭不再需要的信息`,
      { reason: 'LISTINGS_OPEN' },
    );
}

/** A resolved listing query: every condition already turned into plain values. */
export interface ListingQuery {
  kind?: ListingKind | null;
  status?: ListingStatus | null;
  enterpriseId?: string;
  categoryCodes?: string[];
  regionPrefix?: string;
  /** Listings of firms registered inside this region prefix (the firm's region, not the listing's). */
  firmRegionPrefix?: string;
  terms?: string[];
  /** Who asks: the list holds only the listings the access policy lets them see. */
  viewer: Viewer | null;
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
]
  .map(([column, property]) => `l.${column} AS "${property}"`)
  .join(', ');

/** The text that `text` filters search: must match the pg_trgm index expression exactly. */
const SEARCH_TEXT = `(l.title || ' ' || coalesce(l.description, ''))`;

function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** An (enterprise, kind, title) key an import row names. */
export interface ImportedListingKey {
  enterpriseId: string;
  kind: ListingKind;
  title: string;
}

/** The listing columns an import writes, as parallel arrays for UNNEST. */
function listingArrays(rows: readonly { id: string; d: ListingDraft; enterpriseId?: string }[]): unknown[] {
  return [
    rows.map((r) => r.id),
    rows.map((r) => r.enterpriseId ?? null),
    rows.map((r) => r.d.kind),
    rows.map((r) => r.d.title),
    rows.map((r) => r.d.description),
    rows.map((r) => r.d.categoryCode),
    rows.map((r) => r.d.quantity),
    rows.map((r) => r.d.unit),
    rows.map((r) => r.d.priceMin),
    rows.map((r) => r.d.priceMax),
    rows.map((r) => r.d.regionCode),
    rows.map((r) => r.d.certifications.join(',')),
    rows.map((r) => r.d.validUntil),
  ];
}

const LISTING_UNNEST = `unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::float8[], $8::text[], $9::float8[], $10::float8[], $11::text[], $12::text[], $13::date[])
  AS u(id, enterprise_id, kind, title, description, category_code, quantity, unit, price_min, price_max, region_code, certs, valid_until)`;

/**
 * A SQL condition for the libs that keep listing ids (suggestions): the listing whose id is the
 * SQL expression `idSql` is OPEN. `alias` names the listing row inside it.
 */
export function listingIsOpenSql(idSql: string, alias: string): string {
  return `EXISTS (SELECT 1 FROM listing ${alias} WHERE ${alias}.id = ${idSql} AND ${alias}.status = 'OPEN')`;
}

@Injectable()
export class ListingsRepository {
  /** The window load under way (one until a change is notified: concurrent first-page misses share it). */
  private loading: { mark: LoadMark; rows: Promise<ListingWithEnterprise[]> } | null = null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly firstPages: ListingPageCache,
  ) {}

  findById(id: string): Promise<ListingEntity | null> {
    return this.db.getRepository(ListingEntity).findOneBy({ id });
  }

  /** Inserts the listing and, in the same transaction, the job that matches it. */
  /**
   * Inserts the listing with its match job. With `limits`, the firm's row is locked first (one
   * firm's posts are counted one at a time, however many arrive at once) and the insert is refused
   * when the firm posted `perHour` listings in the last hour or holds `open` open ones.
   */
  insert(enterpriseId: string, draft: ListingDraft, limits?: PostingLimits): Promise<ListingEntity> {
    return this.committed(
      runTransaction(this.db, async (m) => {
        if (limits) await checkPostingLimits(m, enterpriseId, limits);
        const repo = m.getRepository(ListingEntity);
        const saved = await repo.save(
          repo.create({ ...draft, enterpriseId, status: ListingStatus.OPEN, matchingStatus: MatchingStatus.PENDING }),
        );
        await recordJobs(m, [matchJob(saved.id, saved.version)]);
        return saved;
      }),
    );
  }

  /** Writes the new draft, bumps the version and marks the listing for re-matching. */
  update(id: string, draft: ListingDraft, status: ListingStatus): Promise<ListingEntity> {
    // Edited through the API (a member, or an admin), the listing is no longer an import's to update.
    return this.changeAndRematch(id, { ...draft, status, importedByUserId: null });
  }

  /** Closes the listing; the match job it records takes it out of every suggestion list. */
  close(id: string): Promise<ListingEntity> {
    return this.changeAndRematch(
      id,
      { status: ListingStatus.CLOSED, closedAt: () => 'now()' },
      { where: 'status <> :closed', params: { closed: ListingStatus.CLOSED } },
    );
  }

  /**
   * Sets `changes` on the listing (where `only` holds too), bumps its version, marks it for
   * re-matching and records its match job, in one transaction.
   */
  private changeAndRematch(
    id: string,
    changes: QueryDeepPartialEntity<ListingEntity>,
    only?: { where: string; params: Record<string, unknown> },
  ): Promise<ListingEntity> {
    return this.committed(
      runTransaction(this.db, async (m) => {
        await m
          .getRepository(ListingEntity)
          .createQueryBuilder()
          .update()
          .set({ ...changes, matchingStatus: MatchingStatus.PENDING, version: () => 'version + 1' })
          .where(only ? `id = :id AND ${only.where}` : 'id = :id', { id, ...only?.params })
          .execute();
        return this.recordMatch(m, id);
      }),
    );
  }

  /**
   * This process' own listing write, once committed, drops the cached first page at once (the
   * trigger's notification follows; this way the writer's very next read sees its write).
   */
  private async committed<T>(write: Promise<T>): Promise<T> {
    try {
      return await write;
    } finally {
      this.firstPages.changed();
    }
  }

  /** Marks open listings whose validity ended before `today` as EXPIRED; returns their ids. */
  expireBefore(today: string): Promise<string[]> {
    return runTransaction(this.db, async (m) => {
      const rows: { id: string; version: number }[] = await m.query(
        // A SELECT over the CTE: TypeORM answers a bare UPDATE ... RETURNING with [rows, count].
        `WITH expired AS (
           UPDATE listing SET status = 'EXPIRED', matching_status = 'PENDING', version = version + 1, updated_at = now()
           WHERE status = 'OPEN' AND valid_until < $1::date RETURNING id, version)
         SELECT id, version FROM expired`,
        [today],
      );
      await recordJobs(
        m,
        rows.map((r) => matchJob(r.id, r.version, true)),
      );
      return rows.map((r) => r.id);
    });
  }

  private async recordMatch(m: EntityManager, id: string): Promise<ListingEntity> {
    const listing = (await m.getRepository(ListingEntity).findOneBy({ id }))!;
    await recordJobs(m, [matchJob(listing.id, listing.version)]);
    return listing;
  }

  /** Listings by id, in any order (for DataLoader batches). */
  findByIds(ids: readonly string[]): Promise<ListingEntity[]> {
    return fastQuery<ListingEntity>(this.db, `SELECT ${PAGE_COLUMNS} FROM listing l WHERE l.id = ANY($1::uuid[])`, [
      ids,
    ]);
  }

  /** Those of the listings that the viewer may see (the access policy's rule, in SQL), in any order. */
  findVisible(viewer: Viewer | null, ids: readonly string[]): Promise<ListingEntity[]> {
    const params: unknown[] = [ids];
    const param = (value: unknown) => `$${params.push(value)}`;
    return fastQuery<ListingEntity>(
      this.db,
      `SELECT ${PAGE_COLUMNS} FROM listing l WHERE l.id = ANY($1::uuid[]) AND ${Access.listingVisibleSql(viewer, 'l', param)}`,
      params,
    );
  }

  /** One page: limit + 1 rows, newest first. Plain SQL: this is the hot path of every list. */
  page(q: ListingQuery): Promise<ListingEntity[]> {
    const { where, params } = whereClause(q);
    if (q.after) {
      params.push(q.after.createdAt, q.after.id);
      where.push(`(l.created_at, l.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    params.push(q.limit + 1);
    const sql = `SELECT ${PAGE_COLUMNS} FROM listing l WHERE ${where.join(' AND ')}
       ORDER BY l.created_at DESC, l.id DESC LIMIT $${params.length}`;
    return fastQuery<ListingEntity>(this.db, sql, params);
  }

  /**
   * The page with each listing's enterprise read in the same round trip (on `enterprise`), for the
   * listings page, which always shows the firm: one query instead of the page and the firms' batch.
   */
  async pageWithEnterprises(q: ListingQuery): Promise<ListingWithEnterprise[]> {
    if (isFirstPage(q) && this.firstPages.isLive) {
      const query = { viewer: q.viewer, kind: q.kind, status: q.status, rows: q.limit + 1 };
      const hit = this.firstPages.firstPage(query);
      if (hit) return hit;
      if (!this.firstPages.isLoaded && q.limit + 1 <= this.firstPages.size) {
        const loaded = await this.loadNewest();
        // Answered from the load it waited for, even when a change came meanwhile and the load
        // could not be kept (see ListingPageCache).
        const page = loaded && this.firstPages.answers(loaded.mark) && this.firstPages.pageOfLoad(loaded.rows, query);
        if (page) return page;
      }
    }
    return this.readPageWithEnterprises(q);
  }

  /**
   * Reads the newest listings into the first-page cache, one load at a time until a change is
   * notified (readers arriving meanwhile share it). Answers what it read and where it began, or
   * null when the read failed.
   */
  private async loadNewest(): Promise<{ rows: ListingWithEnterprise[]; mark: LoadMark } | null> {
    const mark = this.firstPages.begin();
    if (!this.loading || this.firstPages.isNewer(mark, this.loading.mark)) {
      const rows = this.readPageWithEnterprises({ viewer: EVERY_LISTING, limit: this.firstPages.size - 1 });
      this.loading = { mark, rows };
      rows.then(
        (r) => this.firstPages.set(r, mark),
        () => undefined,
      );
    }
    const loading = this.loading;
    try {
      return { rows: await loading.rows, mark: loading.mark };
    } catch {
      // The page is read on its own; a failed load stores nothing.
      return null;
    } finally {
      if (this.loading === loading) this.loading = null;
    }
  }

  private async readPageWithEnterprises(q: ListingQuery): Promise<ListingWithEnterprise[]> {
    const { where, params } = whereClause(q);
    if (q.after) {
      params.push(q.after.createdAt, q.after.id);
      where.push(`(l.created_at, l.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    params.push(q.limit + 1);
    const rows = await fastQuery<Record<string, unknown>>(
      this.db,
      `SELECT p.*, ${enterpriseColumnsPrefixed('e', 'e.')} FROM (
         SELECT ${PAGE_COLUMNS} FROM listing l WHERE ${where.join(' AND ')}
         ORDER BY l.created_at DESC, l.id DESC LIMIT $${params.length}
       ) p JOIN enterprise e ON e.id = p."enterpriseId"
       ORDER BY p."createdAt" DESC, p.id DESC`,
      params,
    );
    return rows.map((row) => {
      const listing: Record<string, unknown> = {};
      const enterprise: Record<string, unknown> = {};
      for (const key in row) {
        if (key.startsWith('e.')) enterprise[key.slice(2)] = row[key];
        else listing[key] = row[key];
      }
      listing.enterprise = enterprise;
      return listing as unknown as ListingWithEnterprise;
    });
  }

  /** How many listings the filter selects (the cursor and limit aside). */
  async count(q: ListingQuery): Promise<number> {
    const { where, params } = whereClause(q);
    const rows = await fastQuery<{ n: number }>(
      this.db,
      `SELECT count(*)::int AS n FROM listing l WHERE ${where.join(' AND ')}`,
      params,
    );
    return rows[0].n;
  }
  /**
   * In an import's transaction: the OPEN listings with these (enterprise, kind, title) keys, newest
   * first, locked FOR UPDATE.
   */
  /**
   * For an import's preview: who imported the OPEN listing of each key (the oldest, as an import's
   * commit takes it), null for one no import created; a key with no such listing is absent. No locks.
   */
  async openImportersByKeys(keys: readonly ImportedListingKey[]): Promise<Map<string, string | null>> {
    if (!keys.length) return new Map();
    const rows: { enterpriseId: string; kind: string; title: string; importedBy: string | null }[] =
      await this.db.query(
        `SELECT DISTINCT ON (l.enterprise_id, l.kind, l.title) l.enterprise_id AS "enterpriseId", l.kind, l.title,
                l.imported_by_user_id AS "importedBy"
           FROM listing l JOIN unnest($1::uuid[], $2::text[], $3::text[]) AS x(e, k, t)
             ON l.enterprise_id = x.e AND l.kind = x.k AND l.title = x.t
          WHERE l.status = 'OPEN'
          ORDER BY l.enterprise_id, l.kind, l.title, l.created_at`,
        [keys.map((k) => k.enterpriseId), keys.map((k) => k.kind), keys.map((k) => k.title)],
      );
    return new Map(rows.map((r) => [`${r.enterpriseId}|${r.kind}|${r.title}`, r.importedBy]));
  }

  lockOpenByKeys(m: EntityManager, keys: readonly ImportedListingKey[]): Promise<ListingEntity[]> {
    return m
      .getRepository(ListingEntity)
      .createQueryBuilder('l')
      .where(`(l.enterprise_id, l.kind, l.title) IN (SELECT * FROM unnest(:e::uuid[], :k::text[], :t::text[]))`, {
        e: keys.map((k) => k.enterpriseId),
        k: keys.map((k) => k.kind),
        t: keys.map((k) => k.title),
      })
      .andWhere('l.status = :open', { open: ListingStatus.OPEN })
      .orderBy('l.created_at', 'DESC')
      .setLock('pessimistic_write')
      .getMany();
  }

  /** In an import's transaction: new listings, recorded as the importer's; answers their versions. */
  insertImported(
    m: EntityManager,
    rows: readonly { id: string; d: ListingDraft; enterpriseId: string }[],
    importedByUserId: string,
  ): Promise<{ id: string; version: number }[]> {
    return m.query(
      `INSERT INTO listing (id, enterprise_id, kind, title, description, category_code, quantity, unit, price_min, price_max, region_code, certifications, valid_until, imported_by_user_id)
       SELECT id, enterprise_id, kind, title, description, category_code, quantity, unit, price_min, price_max, region_code,
              COALESCE(string_to_array(NULLIF(certs, ''), ','), '{}'), valid_until, $14::uuid FROM ${LISTING_UNNEST}
       RETURNING id, version`,
      [...listingArrays(rows), importedByUserId],
    );
  }

  /**
   * In an import's transaction: rewrites listings of unclaimed firms (the caller holds their firms
   * FOR SHARE), only those still OPEN that this importer's imports created; answers the new versions.
   */
  updateImported(
    m: EntityManager,
    rows: readonly { id: string; d: ListingDraft }[],
    importedByUserId: string,
  ): Promise<{ id: string; version: number }[]> {
    return m.query(
      `WITH changed AS (
         UPDATE listing l SET description = u.description, category_code = u.category_code, quantity = u.quantity, unit = u.unit,
                price_min = u.price_min, price_max = u.price_max, region_code = u.region_code,
                certifications = COALESCE(string_to_array(NULLIF(u.certs, ''), ','), '{}'), valid_until = u.valid_until,
                matching_status = 'PENDING', version = l.version + 1, updated_at = now()
           FROM ${LISTING_UNNEST}
          WHERE l.id = u.id AND l.status = 'OPEN' AND l.imported_by_user_id = $14::uuid
         RETURNING l.id, l.version)
       SELECT id, version FROM changed`,
      [...listingArrays(rows), importedByUserId],
    );
  }

  /** The enterprise's OPEN listings among `ids`. */
  async openOfEnterprise(enterpriseId: string, ids: readonly string[]): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT id FROM listing WHERE enterprise_id = $1 AND id = ANY($2::uuid[]) AND status = 'OPEN'`,
      [enterpriseId, ids],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Listings still PENDING `graceSeconds` after their last change whose match job is no longer
   * waiting in the outbox, oldest change first: the match sweep's candidates.
   */
  pendingWithoutQueuedMatch(graceSeconds: number, limit: number): Promise<{ id: string; version: number }[]> {
    return this.db.query(
      `SELECT l.id, l.version FROM listing l
        WHERE l.matching_status = 'PENDING' AND l.updated_at < now() - make_interval(secs => $1)
          AND NOT ${outboxHoldsListingMatchSql('l.id', 'l.version')}
        ORDER BY l.updated_at LIMIT $2`,
      [graceSeconds, limit],
    );
  }
}

/** The job that (re)matches a listing version; `bulk` for one of many written at once (matched after single posts). */
export function matchJob(listingId: string, version: number, bulk = false): KeyedJob {
  return { name: 'match.listing', data: bulk ? { listingId, version, bulk } : { listingId, version } };
}

/**
 * The access policy's view of an admin (every listing, confidential ones too): what the first-page
 * cache loads, to filter per viewer itself (`ListingPageCache.firstPage`).
 */
const EVERY_LISTING: Viewer = { userId: '', email: '', role: Role.ADMIN, enterpriseId: null };

/** The first page of the newest listings, at most narrowed by kind and status: what the cache answers. */
function isFirstPage(q: ListingQuery): boolean {
  return (
    !q.after &&
    !q.enterpriseId &&
    !q.categoryCodes &&
    !q.regionPrefix &&
    !q.firmRegionPrefix &&
    !(q.terms && q.terms.length)
  );
}

/** The filter as SQL conditions over `listing l` with positional parameters. */
function whereClause(q: ListingQuery): { where: string[]; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  where.push(Access.listingVisibleSql(q.viewer, 'l', param));
  if (q.kind) where.push(`l.kind = ${param(q.kind)}`);
  if (q.status) where.push(`l.status = ${param(q.status)}`);
  if (q.enterpriseId) where.push(`l.enterprise_id = ${param(q.enterpriseId)}::uuid`);
  if (q.categoryCodes) where.push(`l.category_code = ANY(${param(q.categoryCodes)}::varchar[])`);
  if (q.regionPrefix) where.push(`l.region_code LIKE ${param(`${q.regionPrefix}%`)}`);
  if (q.firmRegionPrefix)
    where.push(
      `EXISTS (SELECT 1 FROM enterprise fe WHERE fe.id = l.enterprise_id AND fe.region_code LIKE ${param(`${q.firmRegionPrefix}%`)})`,
    );
  for (const term of q.terms ?? []) where.push(`${SEARCH_TEXT} ILIKE ${param(`%${escapeLike(term)}%`)}`);
  return { where, params };
}
