import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

import type { ListingDraft } from '@duijie/listings';

export enum ListingProposalStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
}

/**
 * A listing an organiser's import proposed to a firm that has members (待确认的供需信息): nothing
 * of the firm changes until its member accepts it, which creates the listing and registers the
 * firm for the event with it; rejecting leaves nothing behind.
 */
@Entity('listing_proposal')
@Index('uq_listing_proposal', ['eventId', 'enterpriseId', 'kind', 'title'], { unique: true })
@Index('idx_listing_proposal_inbox', ['enterpriseId', 'createdAt', 'id'])
@Check('ck_listing_proposal_status', `status IN ('PENDING', 'ACCEPTED', 'REJECTED')`)
export class ListingProposalEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ name: 'enterprise_id', type: 'uuid' })
  enterpriseId: string;

  @Column({ name: 'proposed_by_user_id', type: 'uuid', nullable: true })
  proposedByUserId: string | null;

  @Column({ name: 'import_id', type: 'uuid', nullable: true })
  importId: string | null;

  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'varchar', length: 120 })
  title: string;

  @Column({ type: 'jsonb' })
  draft: ListingDraft;

  @Column({ type: 'text', default: ListingProposalStatus.PENDING })
  status: ListingProposalStatus;

  /** The listing an accepted proposal became. */
  @Column({ name: 'listing_id', type: 'uuid', nullable: true })
  listingId: string | null;

  @Column({ name: 'responded_at', type: 'timestamptz', precision: 3, nullable: true })
  respondedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
