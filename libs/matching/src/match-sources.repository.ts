import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { fastQuery } from '@duijie/database';
import type { ListingDraft } from '@duijie/listings';

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

/** What the worker reads: listings as the matcher loads them. */
@Injectable()
export class MatchSourcesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Open listings in id order, a batch at a time (the worker's start-up load). */
  openListings(afterId: string | null, limit: number): Promise<MatchSourceRow[]> {
    return fastQuery(
      this.db,
      `${SOURCE_SELECT} WHERE l.status = 'OPEN' ${afterId ? 'AND l.id > $2' : ''} ORDER BY l.id LIMIT $1`,
      afterId ? [limit, afterId] : [limit],
    );
  }

  /**
   * The database's clock and the start of the oldest transaction open on this database (other than
   * this read's). Listing writes set `updated_at` to their transaction's start (`now()`), so every row
   * not yet committed, or written later, has `updated_at` at or after `oldest` (or `now` when none is
   * open). `hidden` when some session's transaction cannot be seen: another database role without
   * pg_read_all_stats; then nothing can be said about its rows.
   */
  async horizon(): Promise<{ now: Date; oldest: Date | null; hidden: boolean }> {
    const rows = await fastQuery<{ now: Date; oldest: Date | null; hidden: boolean | null }>(
      this.db,
      `SELECT clock_timestamp() AS now, min(xact_start) AS oldest,
              bool_or(query = '<insufficient privilege>') AS hidden
         FROM pg_stat_activity
        WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid()`,
      [],
      'match-horizon',
    );
    return { now: rows[0].now, oldest: rows[0].oldest, hidden: !!rows[0].hidden };
  }

  /** Listings of any status changed at or after `since`. */
  changedSince(since: Date): Promise<MatchSourceRow[]> {
    return fastQuery(this.db, `${SOURCE_SELECT} WHERE l.updated_at >= $1 ORDER BY l.updated_at`, [since]);
  }

  /**
   * Listings as the matcher needs them (those that exist), with the database's clock taken once
   * at the read (`asOf`), so that comparisons with `updated_at` never mix two clocks; null when
   * none exists.
   */
  async sources(ids: readonly string[]): Promise<{ asOf: Date; rows: MatchSourceRow[] } | null> {
    const rows = await fastQuery<MatchSourceRow & { asOf: Date }>(
      this.db,
      `WITH clock AS MATERIALIZED (SELECT clock_timestamp() AS at)
       ${SOURCE_SELECT.replace('SELECT ', 'SELECT (SELECT at FROM clock) AS "asOf", ')} WHERE l.id = ANY($1::uuid[])`,
      [ids],
      'match-sources',
    );
    return rows.length ? { asOf: rows[0].asOf, rows: rows.map(({ asOf: _, ...row }) => row) } : null;
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
}
