import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { Access } from '@duijie/accounts';
import { runTransaction } from '@duijie/database';
import { EnterprisesRepository, ImportedFirm } from '@duijie/enterprises';
import { ListingDraft, ListingEntity, ListingKind, ListingsRepository, matchJob } from '@duijie/listings';
import { recordJobs } from '@duijie/queue';

import { HEADER_OF } from './columns';
import { ImportStatus, ListingImportEntity, RowReport } from './listing-import.entity';

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
  (l.validUntil ?? null) === d.validUntil;

export interface RowWrite {
  enterprise: ImportedFirm;
  draft: ListingDraft;
  /** The row's region cell was filled (else the draft carries the firm's region). */
  regionGiven: boolean;
}

/** Import runs and the writes of one row. */
@Injectable()
export class ImportsRepository {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly enterprises: EnterprisesRepository,
    private readonly listings: ListingsRepository,
  ) {}

  /** A transaction, run again after a deadlock or serialization failure. */
  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return runTransaction(this.db, work);
  }

  /**
   * Runs `work` inside a savepoint of `m`'s transaction: kept when it succeeds, undone when it
   * throws (the error is answered, and the transaction carries on).
   */
  async inSavepoint<T>(
    m: EntityManager,
    work: () => Promise<T>,
  ): Promise<{ ok: true; value: T } | { ok: false; error: unknown }> {
    await m.query('SAVEPOINT import_row');
    try {
      const value = await work();
      await m.query('RELEASE SAVEPOINT import_row');
      return { ok: true, value };
    } catch (error) {
      await m.query('ROLLBACK TO SAVEPOINT import_row');
      return { ok: false, error };
    }
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

  /**
   * A chunk of rows in a few set-based statements (their keys — credit code, kind, title — must be
   * distinct). New firms are created unclaimed, with the organiser as their importer. A row for a
   * firm nobody has claimed creates its listing, or updates one that this organiser's imports
   * created (an empty cell keeps what is there; an expired or closed listing is left alone), and
   * registers the firm (approved) for the event. A row for a claimed firm changes nothing of it:
   * it becomes a listing proposal (待确认的供需信息) the firm accepts or rejects, and accepting it
   * is what registers the firm. Any database failure throws, and the caller redoes the chunk row by
   * row to find the row at fault.
   */
  async applyChunk(m: EntityManager, eventId: string, rows: RowWrite[], by: ImportActor): Promise<ChunkResult> {
    const firms = [...new Map(rows.map((r) => [r.enterprise.creditCode, r.enterprise])).values()];
    await this.enterprises.insertImported(m, firms, by.userId);
    const found = await this.enterprises.lockByCreditCodes(
      m,
      firms.map((f) => f.creditCode),
    );
    const firmOf = new Map(found.map((r) => [r.code, r]));
    const keyed = rows.map((r) => ({ ...r, firm: firmOf.get(r.enterprise.creditCode)! }));
    const open = keyed.filter((r) => !r.firm.claimed);
    const claimed = keyed.filter((r) => r.firm.claimed);

    const listings = await this.openListingsOf(m, open);
    const done = new Map<RowWrite, RowResult>();
    const inserts: { id: string; d: ListingDraft; enterpriseId: string }[] = [];
    const updates: { id: string; d: ListingDraft }[] = [];
    for (const r of open) {
      const l = listings.get(`${r.firm.id}|${r.draft.kind}|${r.draft.title}`) ?? null;
      if (!Access.importMayWriteListing(by.userId, r.firm, l)) {
        done.set(r, {
          outcome: 'ERROR',
          errors: [{ column: HEADER_OF.title, message: NOT_YOURS }],
        });
      } else if (!l) {
        const id = randomUUID();
        inserts.push({ id, d: r.draft, enterpriseId: r.firm.id });
        done.set(r, { outcome: 'CREATED', listingId: id });
      } else {
        const merged = keepWhereBlank(l, r.draft, r.regionGiven);
        if (SAME(l, merged)) done.set(r, { outcome: 'UNCHANGED', listingId: l.id });
        else {
          updates.push({ id: l.id, d: merged });
          done.set(r, { outcome: 'UPDATED', listingId: l.id });
        }
      }
    }
    const versions: { id: string; version: number }[] = [];
    if (inserts.length) versions.push(...(await this.listings.insertImported(m, inserts, by.userId)));
    // Only OPEN listings of unclaimed firms (held FOR SHARE above) that this organiser's imports created.
    if (updates.length) versions.push(...(await this.listings.updateImported(m, updates, by.userId)));
    await recordJobs(
      m,
      versions.map((v) => matchJob(v.id, v.version, true)),
    );
    const registered = open.filter((r) => done.get(r)!.outcome !== 'ERROR');
    await m.query(
      `INSERT INTO event_registration (event_id, enterprise_id, status, listing_ids, reviewed_at)
       SELECT $1, e, 'APPROVED', array_agg(l), now() FROM unnest($2::uuid[], $3::uuid[]) AS t(e, l) GROUP BY e
       ON CONFLICT (event_id, enterprise_id) DO UPDATE
         SET listing_ids = ARRAY(SELECT DISTINCT v FROM unnest(event_registration.listing_ids || EXCLUDED.listing_ids) AS v), updated_at = now()
       WHERE NOT event_registration.listing_ids @> EXCLUDED.listing_ids`,
      [eventId, registered.map((r) => r.firm.id), registered.map((r) => done.get(r)!.listingId)],
    );

    const proposed = await this.propose(m, eventId, claimed, by);
    claimed.forEach((r, i) => done.set(r, proposed.results[i]));
    return { rows: keyed.map((r) => done.get(r)!), proposedTo: proposed.firms };
  }

  /**
   * For a preview: the positions of the rows a commit by `userId` would refuse because their firm is
   * unclaimed and the OPEN listing of the same kind and title (the oldest, as the commit takes it) was
   * imported by someone else; read without locks, as applyChunk decides with them.
   */
  async notImportedBy(
    userId: string,
    rows: readonly { creditCode: string; kind: string; title: string }[],
  ): Promise<Set<number>> {
    const firms = await this.enterprises.unclaimedByCreditCodes([...new Set(rows.map((r) => r.creditCode))]);
    const keyed = rows.flatMap((r, i) => {
      const enterpriseId = firms.get(r.creditCode);
      return enterpriseId ? [{ i, enterpriseId, kind: r.kind as ListingKind, title: r.title }] : [];
    });
    const importers = await this.listings.openImportersByKeys(keyed);
    return new Set(
      keyed
        .filter((k) => {
          const key = `${k.enterpriseId}|${k.kind}|${k.title}`;
          return importers.has(key) && importers.get(key) !== userId;
        })
        .map((k) => k.i),
    );
  }

  /** The OPEN listings of the rows' unclaimed firms with the rows' kind and title; the oldest wins. */
  private async openListingsOf(
    m: EntityManager,
    rows: { firm: { id: string }; draft: ListingDraft }[],
  ): Promise<Map<string, ListingEntity>> {
    if (!rows.length) return new Map();
    const found = await this.listings.lockOpenByKeys(
      m,
      rows.map((r) => ({ enterpriseId: r.firm.id, kind: r.draft.kind, title: r.draft.title })),
    );
    return new Map(found.map((l) => [`${l.enterpriseId}|${l.kind}|${l.title}`, l])); // sorted newest first
  }

  /**
   * Rows naming claimed firms become listing proposals, one per (event, firm, kind, title): a new
   * one, or a still-pending one revised (PROPOSED); one the firm already answered, or equal to the
   * row, is UNCHANGED. Answers each row's result and the firms that have something new to answer.
   */
  private async propose(
    m: EntityManager,
    eventId: string,
    rows: (RowWrite & { firm: { id: string } })[],
    by: ImportActor,
  ): Promise<{ results: RowResult[]; firms: string[] }> {
    if (!rows.length) return { results: [], firms: [] };
    const written = await m.query<{ id: string; enterpriseId: string; kind: string; title: string }[]>(
      `INSERT INTO listing_proposal (event_id, enterprise_id, proposed_by_user_id, import_id, kind, title, draft)
       SELECT $1, e, $2::uuid, $3::uuid, k, t, d FROM unnest($4::uuid[], $5::text[], $6::text[], $7::jsonb[]) AS x(e, k, t, d)
       ON CONFLICT (event_id, enterprise_id, kind, title) DO UPDATE
         SET draft = EXCLUDED.draft, import_id = EXCLUDED.import_id, proposed_by_user_id = EXCLUDED.proposed_by_user_id, updated_at = now()
       WHERE listing_proposal.status = 'PENDING' AND listing_proposal.draft IS DISTINCT FROM EXCLUDED.draft
       RETURNING id, enterprise_id AS "enterpriseId", kind, title`,
      [
        eventId,
        by.userId,
        by.importId,
        rows.map((r) => r.firm.id),
        rows.map((r) => r.draft.kind),
        rows.map((r) => r.draft.title),
        rows.map((r) => JSON.stringify(r.draft)),
      ],
    );
    const key = (e: string, k: string, t: string) => `${e}|${k}|${t}`;
    const changed = new Map(written.map((w) => [key(w.enterpriseId, w.kind, w.title), w.id]));
    const kept = new Map(
      (
        await m.query<{ id: string; enterpriseId: string; kind: string; title: string }[]>(
          `SELECT p.id, p.enterprise_id AS "enterpriseId", p.kind, p.title FROM listing_proposal p
             JOIN unnest($2::uuid[], $3::text[], $4::text[]) AS x(e, k, t) ON p.enterprise_id = x.e AND p.kind = x.k AND p.title = x.t
            WHERE p.event_id = $1`,
          [eventId, rows.map((r) => r.firm.id), rows.map((r) => r.draft.kind), rows.map((r) => r.draft.title)],
        )
      ).map((p) => [key(p.enterpriseId, p.kind, p.title), p.id]),
    );
    const results = rows.map((r): RowResult => {
      const k = key(r.firm.id, r.draft.kind, r.draft.title);
      const id = changed.get(k);
      return id ? { outcome: 'PROPOSED', proposalId: id } : { outcome: 'UNCHANGED', proposalId: kept.get(k) };
    });
    return { results, firms: [...new Set(written.map((w) => w.enterpriseId))] };
  }
}

/** Who imports: the organiser and the import run, recorded on what the import creates. */
export interface ImportActor {
  userId: string;
  importId: string;
}

export type RowResult = Omit<RowReport, 'row'>;

export interface ChunkResult {
  /** One per row, in order. */
  rows: RowResult[];
  /** Claimed firms that received a new or revised listing proposal. */
  proposedTo: string[];
}

export const NOT_YOURS = '该企业的这条供需信息不是由您的导入创建的（或企业已被认领），导入不会修改它';

/**
 * The row merged onto the listing it updates: an empty cell keeps the stored value (an import never
 * erases accepted data); the listing's status is never changed by an import.
 */
export function keepWhereBlank(l: ListingEntity, d: ListingDraft, regionGiven: boolean): ListingDraft {
  const num = (v: number | string | null) => (v === null ? null : Number(v));
  return {
    ...d,
    description: d.description ?? l.description ?? null,
    quantity: d.quantity ?? num(l.quantity),
    unit: d.unit ?? l.unit ?? null,
    priceMin: d.priceMin ?? num(l.priceMin),
    priceMax: d.priceMax ?? num(l.priceMax),
    regionCode: regionGiven ? d.regionCode : l.regionCode,
    certifications: d.certifications.length ? d.certifications : [...l.certifications],
    validUntil: d.validUntil ?? l.validUntil ?? null,
  };
}
