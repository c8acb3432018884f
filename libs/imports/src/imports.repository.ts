import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ListingDraft, ListingEntity, ListingStatus, MatchingStatus, matchJob } from '@duijie/listings';
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

/** Import runs and the writes of one row. */
@Injectable()
export class ImportsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  async create(eventId: string, filename: string, rows: Record<string, string>[], userId: string, m: EntityManager = this.db.manager): Promise<ListingImportEntity> {
    const repo = m.getRepository(ListingImportEntity);
    return repo.save(repo.create({ eventId, filename, rows, total: rows.length, createdByUserId: userId, status: ImportStatus.QUEUED }));
  }

  find(id: string): Promise<ListingImportEntity | null> {
    return this.db.getRepository(ListingImportEntity).findOneBy({ id });
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
    await m.query(`UPDATE listing_import SET processed = $2, report = $3::jsonb WHERE id = $1`, [id, processed, JSON.stringify(report)]);
  }

  /** Done: the parsed rows are dropped, the report stays. */
  async finish(id: string): Promise<void> {
    await this.db.query(`UPDATE listing_import SET status = 'DONE', rows = NULL, finished_at = now() WHERE id = $1`, [id]);
  }

  async fail(id: string, error: string): Promise<void> {
    await this.db.query(`UPDATE listing_import SET status = 'FAILED', error = $2, finished_at = now() WHERE id = $1`, [id, error]);
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
   * One row: find or create the enterprise by credit code, create or update its listing (same
   * enterprise, kind and title), register it for the event, and record the match job.
   */
  async applyRow(
    m: EntityManager,
    eventId: string,
    enterprise: { name: string; creditCode: string; regionCode: string; sector: string; categoryCode: string },
    draft: ListingDraft,
  ): Promise<{ outcome: Exclude<RowOutcome, 'ERROR'>; listingId: string }> {
    await m.query(
      `INSERT INTO enterprise (name, credit_code, region_code, sector, category_codes) VALUES ($1, $2, $3, $4, ARRAY[$5]::text[])
       ON CONFLICT (credit_code) DO NOTHING`,
      [enterprise.name, enterprise.creditCode, enterprise.regionCode, enterprise.sector, enterprise.categoryCode],
    );
    const [{ id: enterpriseId }]: { id: string }[] = await m.query(`SELECT id FROM enterprise WHERE credit_code = $1`, [enterprise.creditCode]);
    const repo = m.getRepository(ListingEntity);
    const existing = await repo
      .createQueryBuilder('l')
      .where('l.enterprise_id = :enterpriseId AND l.kind = :kind AND l.title = :title AND l.status <> :closed', { enterpriseId, kind: draft.kind, title: draft.title, closed: ListingStatus.CLOSED })
      .orderBy('l.created_at')
      .setLock('pessimistic_write')
      .getOne();
    let outcome: Exclude<RowOutcome, 'ERROR'>;
    let listing: ListingEntity;
    if (!existing) {
      listing = await repo.save(repo.create({ ...draft, enterpriseId, status: ListingStatus.OPEN, matchingStatus: MatchingStatus.PENDING }));
      outcome = 'CREATED';
    } else if (SAME(existing, draft)) {
      listing = existing;
      outcome = 'UNCHANGED';
    } else {
      await repo
        .createQueryBuilder()
        .update()
        .set({ ...draft, status: ListingStatus.OPEN, matchingStatus: MatchingStatus.PENDING, version: () => 'version + 1' })
        .where('id = :id', { id: existing.id })
        .execute();
      listing = (await repo.findOneBy({ id: existing.id }))!;
      outcome = 'UPDATED';
    }
    if (outcome !== 'UNCHANGED') await recordJobs(m, [matchJob(listing.id, listing.version)]);
    await m.query(
      `INSERT INTO event_registration (event_id, enterprise_id, status, listing_ids, reviewed_at) VALUES ($1, $2, 'APPROVED', ARRAY[$3]::uuid[], now())
       ON CONFLICT (event_id, enterprise_id) DO UPDATE SET listing_ids = array_append(event_registration.listing_ids, $3::uuid), updated_at = now()
       WHERE NOT event_registration.listing_ids @> ARRAY[$3]::uuid[]`,
      [eventId, enterpriseId, listing.id],
    );
    return { outcome, listingId: listing.id };
  }
}
