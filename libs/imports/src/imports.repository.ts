import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { retryTransient } from '@duijie/database';
import { ListingDraft, ListingEntity, ListingStatus, matchJob } from '@duijie/listings';
import { recordJobs } from '@duijie/queue';

import { ImportStatus, ListingImportEntity, RowOutcome, RowReport } from './listing-import.entity';

/** The fields that make a listing "the same" as a row; anything else differing is an update. */
const SAME = (l: ListingEntity, d: ListingDraft) =>
  (l.description ?? null) === d.description &&
  l.categoryCode === d.categoryCode &&
  (l.quantity === null ? null : Number(l.quantity)) === d.quantity &&
  (l.unit ?? null) === d.unit &&
  (l.priceMin === null ? null : Number(l.priceMin)) === d.priceMin &&
  (l.priceMax === null ? null : Number(l.priceMax)) === d.priceMax &&
  l.regionCode === d.regionCode &&
  [...l.certifications].sort().join(',') === [...d.certifications].sort().join(',') &&
  (l.validUntil ?? null) === d.validUntil &&
  l.status === ListingStatus.OPEN;

export interface RowWrite {
  enterprise: {
    name: string;
    creditCode: string;
    regionCode: string;
    sector: string;
    categoryCode: string;
    /** 联系人 / 联系电话 from the file: set on a firm the import creates, never on an existing one. */
    contactName?: string | null;
    contactPhone?: string | null;
  };
  draft: ListingDraft;
}

/** The listing columns an import writes, as parallel arrays for UNNEST. */
function listingArrays(rows: { id: string; d: ListingDraft; enterpriseId?: string }[]): unknown[] {
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

/** Import runs and the writes of one row. */
@Injectable()
export class ImportsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** A transaction, run again after a deadlock or serialization failure. */
  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return retryTransient(() => this.db.transaction(work));
  }

  get manager(): EntityManager {
    return this.db.manager;
  }

  async create(
    eventId: string,
    filename: string,
    rows: Record<string, string>[],
    userId: string,
    m: EntityManager = this.db.manager,
    status: ImportStatus = ImportStatus.QUEUED,
  ): Promise<ListingImportEntity> {
    const repo = m.getRepository(ListingImportEntity);
    return repo.save(
      repo.create({
        eventId,
        filename,
        rows,
        total: rows.length,
        createdByUserId: userId,
        status,
      }),
    );
  }

  find(id: string): Promise<ListingImportEntity | null> {
    return this.db.getRepository(ListingImportEntity).findOneBy({ id });
  }

  /** A PREVIEW becomes QUEUED with its corrected rows; false when it was committed already. */
  async commitPreview(id: string, rows: Record<string, string>[]): Promise<boolean> {
    const done: unknown[] = await this.db.query(
      `WITH q AS (UPDATE listing_import SET status = 'QUEUED', rows = $2::jsonb, total = $3 WHERE id = $1 AND status = 'PREVIEW' RETURNING id) SELECT id FROM q`,
      [id, JSON.stringify(rows), rows.length],
    );
    return done.length > 0;
  }

  /** Claims a queued (or interrupted) import; false when it is finished. */
  async start(id: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `WITH claimed AS (UPDATE listing_import SET status = 'RUNNING' WHERE id = $1 AND status IN ('QUEUED', 'RUNNING') RETURNING id) SELECT id FROM claimed`,
      [id],
    );
    return rows.length > 0;
  }

  async progress(m: EntityManager, id: string, processed: number, report: RowReport[]): Promise<void> {
    await m.query(`UPDATE listing_import SET processed = $2, report = $3::jsonb WHERE id = $1`, [
      id,
      processed,
      JSON.stringify(report),
    ]);
  }

  /** Done: the parsed rows are dropped, the report stays. */
  async finish(id: string): Promise<void> {
    await this.db.query(`UPDATE listing_import SET status = 'DONE', rows = NULL, finished_at = now() WHERE id = $1`, [
      id,
    ]);
  }

  async fail(id: string, error: string): Promise<void> {
    await this.db.query(`UPDATE listing_import SET status = 'FAILED', error = $2, finished_at = now() WHERE id = $1`, [
      id,
      error,
    ]);
  }

  /** Regions of the enterprises that already exist, by credit code. */
  async regionsByCreditCode(codes: string[]): Promise<Map<string, string>> {
    const rows: { code: string; region: string }[] = await this.db.query(
      `SELECT credit_code AS code, region_code AS region FROM enterprise WHERE credit_code = ANY($1::text[])`,
      [codes],
    );
    return new Map(rows.map((r) => [r.code, r.region]));
  }

  /**
   * A chunk of rows in a few set-based statements (their keys — credit code, kind, title — must be
   * distinct): enterprises, listings created or updated, match jobs, registrations. Any failure
   * throws, and the caller redoes the chunk row by row to find the row at fault.
   */
  async applyChunk(
    m: EntityManager,
    eventId: string,
    rows: RowWrite[],
  ): Promise<{ outcome: Exclude<RowOutcome, 'ERROR'>; listingId: string }[]> {
    const firms = [...new Map(rows.map((r) => [r.enterprise.creditCode, r.enterprise])).values()];
    await m.query(
      `INSERT INTO enterprise (name, credit_code, region_code, sector, category_codes, contact_name, contact_phone)
       SELECT n, c, r, s, ARRAY[cat], cn, cp FROM unnest($1::varchar[], $2::char(18)[], $3::char(6)[], $4::text[], $5::text[], $6::varchar[], $7::varchar[]) AS t(n, c, r, s, cat, cn, cp)
       ON CONFLICT (credit_code) DO NOTHING`,
      [
        firms.map((f) => f.name),
        firms.map((f) => f.creditCode),
        firms.map((f) => f.regionCode),
        firms.map((f) => f.sector),
        firms.map((f) => f.categoryCode),
        firms.map((f) => f.contactName ?? null),
        firms.map((f) => f.contactPhone ?? null),
      ],
    );
    const ids = new Map<string, string>(
      (
        await m.query<{ code: string; id: string }[]>(
          `SELECT credit_code AS code, id FROM enterprise WHERE credit_code = ANY($1::text[])`,
          [firms.map((f) => f.creditCode)],
        )
      ).map((r) => [r.code, r.id]),
    );
    const keyed = rows.map((r) => ({ ...r, enterpriseId: ids.get(r.enterprise.creditCode)! }));
    const found = await m
      .getRepository(ListingEntity)
      .createQueryBuilder('l')
      .where(`(l.enterprise_id, l.kind, l.title) IN (SELECT * FROM unnest(:e::uuid[], :k::text[], :t::text[]))`, {
        e: keyed.map((r) => r.enterpriseId),
        k: keyed.map((r) => r.draft.kind),
        t: keyed.map((r) => r.draft.title),
      })
      .andWhere('l.status <> :closed', { closed: ListingStatus.CLOSED })
      .orderBy('l.created_at', 'DESC')
      .setLock('pessimistic_write')
      .getMany();
    const existing = new Map(found.map((l) => [`${l.enterpriseId}|${l.kind}|${l.title}`, l])); // the oldest wins (sorted newest first)

    const out: { outcome: Exclude<RowOutcome, 'ERROR'>; listingId: string }[] = [];
    const inserts: { id: string; d: ListingDraft; enterpriseId: string }[] = [];
    const updates: { id: string; d: ListingDraft }[] = [];
    for (const r of keyed) {
      const l = existing.get(`${r.enterpriseId}|${r.draft.kind}|${r.draft.title}`);
      if (!l) {
        const id = randomUUID();
        inserts.push({ id, d: r.draft, enterpriseId: r.enterpriseId });
        out.push({ outcome: 'CREATED', listingId: id });
      } else if (SAME(l, r.draft)) out.push({ outcome: 'UNCHANGED', listingId: l.id });
      else {
        updates.push({ id: l.id, d: r.draft });
        out.push({ outcome: 'UPDATED', listingId: l.id });
      }
    }
    const versions: { id: string; version: number }[] = [];
    if (inserts.length) {
      versions.push(
        ...(await m.query<{ id: string; version: number }[]>(
          `INSERT INTO listing (id, enterprise_id, kind, title, description, category_code, quantity, unit, price_min, price_max, region_code, certifications, valid_until)
           SELECT id, enterprise_id, kind, title, description, category_code, quantity, unit, price_min, price_max, region_code,
                  COALESCE(string_to_array(NULLIF(certs, ''), ','), '{}'), valid_until FROM ${LISTING_UNNEST}
           RETURNING id, version`,
          listingArrays(inserts),
        )),
      );
    }
    if (updates.length) {
      versions.push(
        ...(await m.query<{ id: string; version: number }[]>(
          `WITH changed AS (
             UPDATE listing l SET description = u.description, category_code = u.category_code, quantity = u.quantity, unit = u.unit,
                    price_min = u.price_min, price_max = u.price_max, region_code = u.region_code,
                    certifications = COALESCE(string_to_array(NULLIF(u.certs, ''), ','), '{}'), valid_until = u.valid_until,
                    status = 'OPEN', matching_status = 'PENDING', version = l.version + 1, updated_at = now()
               FROM ${LISTING_UNNEST} WHERE l.id = u.id RETURNING l.id, l.version)
           SELECT id, version FROM changed`,
          listingArrays(updates),
        )),
      );
    }
    await recordJobs(
      m,
      versions.map((v) => matchJob(v.id, v.version)),
    );
    await m.query(
      `INSERT INTO event_registration (event_id, enterprise_id, status, listing_ids, reviewed_at)
       SELECT $1, e, 'APPROVED', array_agg(l), now() FROM unnest($2::uuid[], $3::uuid[]) AS t(e, l) GROUP BY e
       ON CONFLICT (event_id, enterprise_id) DO UPDATE
         SET listing_ids = ARRAY(SELECT DISTINCT v FROM unnest(event_registration.listing_ids || EXCLUDED.listing_ids) AS v), updated_at = now()
       WHERE NOT event_registration.listing_ids @> EXCLUDED.listing_ids`,
      [eventId, keyed.map((r) => r.enterpriseId), out.map((o) => o.listingId)],
    );
    return out;
  }
}
