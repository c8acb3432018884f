import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { runTransaction } from '@duijie/database';
import { ListingDraft, matchJob } from '@duijie/listings';
import { recordJobs } from '@duijie/queue';

import { ListingProposalEntity, ListingProposalStatus } from './listing-proposal.entity';

/** Listing proposals: the firm's inbox and its answers. */
@Injectable()
export class ProposalsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return runTransaction(this.db, work);
  }

  /** The firm's proposals, newest first, after the cursor (created_at, id). */
  page(
    enterpriseId: string,
    status: ListingProposalStatus | null,
    limit: number,
    after?: { at: string; id: string },
  ): Promise<ListingProposalEntity[]> {
    const q = this.db
      .getRepository(ListingProposalEntity)
      .createQueryBuilder('p')
      .where('p.enterprise_id = :e', { e: enterpriseId });
    if (status) q.andWhere('p.status = :s', { s: status });
    if (after) q.andWhere('(p.created_at, p.id) < (:at, :id)', { at: after.at, id: after.id });
    return q
      .orderBy('p.created_at', 'DESC')
      .addOrderBy('p.id', 'DESC')
      .limit(limit + 1)
      .getMany();
  }

  count(enterpriseId: string, status: ListingProposalStatus | null): Promise<number> {
    return this.db.getRepository(ListingProposalEntity).countBy(status ? { enterpriseId, status } : { enterpriseId });
  }

  /** The proposal, locked for its answer. */
  lock(m: EntityManager, id: string): Promise<ListingProposalEntity | null> {
    return m
      .getRepository(ListingProposalEntity)
      .createQueryBuilder('p')
      .where('p.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
  }

  /**
   * The accepted proposal becomes the firm's own listing (with its match job), and the firm is
   * registered for the event with it: a new registration is approved (the organiser invited, the
   * firm accepted), a pending one too; a reviewed one keeps its status and gains the listing.
   */
  async accept(m: EntityManager, p: ListingProposalEntity, draft: ListingDraft): Promise<string> {
    const [listing] = await m.query<{ id: string; version: number }[]>(
      `INSERT INTO listing (enterprise_id, kind, title, description, category_code, quantity, unit, price_min, price_max, region_code, certifications, valid_until, confidential)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::text[], $12, false) RETURNING id, version`,
      [
        p.enterpriseId,
        draft.kind,
        draft.title,
        draft.description,
        draft.categoryCode,
        draft.quantity,
        draft.unit,
        draft.priceMin,
        draft.priceMax,
        draft.regionCode,
        draft.certifications,
        draft.validUntil,
      ],
    );
    await recordJobs(m, [matchJob(listing.id, listing.version)]);
    await m.query(
      `INSERT INTO event_registration (event_id, enterprise_id, status, listing_ids, reviewed_at)
       VALUES ($1, $2, 'APPROVED', ARRAY[$3::uuid], now())
       ON CONFLICT (event_id, enterprise_id) DO UPDATE
         SET listing_ids = ARRAY(SELECT DISTINCT v FROM unnest(event_registration.listing_ids || EXCLUDED.listing_ids) AS v),
             status = CASE WHEN event_registration.status = 'PENDING' THEN 'APPROVED' ELSE event_registration.status END,
             reviewed_at = COALESCE(event_registration.reviewed_at, now()), updated_at = now()`,
      [p.eventId, p.enterpriseId, listing.id],
    );
    await this.answer(m, p.id, ListingProposalStatus.ACCEPTED, listing.id);
    return listing.id;
  }

  async answer(
    m: EntityManager,
    id: string,
    status: ListingProposalStatus,
    listingId: string | null,
  ): Promise<ListingProposalEntity> {
    await m.query(
      `UPDATE listing_proposal SET status = $2, listing_id = $3, responded_at = now(), updated_at = now() WHERE id = $1`,
      [id, status, listingId],
    );
    return (await m.getRepository(ListingProposalEntity).findOneBy({ id }))!;
  }

  async eventTitles(ids: string[]): Promise<Map<string, string>> {
    const rows: { id: string; title: string }[] = await this.db.query(
      `SELECT id, title FROM docking_event WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.title]));
  }
}
