import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** The organiser's decision on whether a deal counts in its event's report. */
export enum DealReview {
  COUNTED = 'COUNTED',
  EXCLUDED = 'EXCLUDED',
}

export enum DealStage {
  INTENT = 'INTENT',
  SIGNED = 'SIGNED',
  FULFILLED = 'FULFILLED',
  CANCELLED = 'CANCELLED',
}

/**
 * An intent or contract (意向 / 签约) between a supplier and a buyer, from a meeting and/or the
 * listings it came from. The amount is an exact decimal in CNY (numeric, read as a string).
 *
 * Both firms must agree: `stage` and `amountCny` are the latest recorded, each side's
 * `…ConfirmedAt` says whether it agreed to them, and `agreedStage`/`agreedAmountCny` hold what
 * both last agreed to — the only figures a report counts (null until both have confirmed).
 */
@Entity('deal')
@Index('idx_deal_event', ['eventId'])
@Index('idx_deal_supplier', ['supplierEnterpriseId'])
@Index('idx_deal_buyer', ['buyerEnterpriseId'])
@Check('ck_deal_stage', `stage IN ('INTENT', 'SIGNED', 'FULFILLED', 'CANCELLED')`)
@Check('ck_deal_amount', `amount_cny IS NULL OR amount_cny >= 0`)
@Check('ck_deal_parties', `supplier_enterprise_id <> buyer_enterprise_id`)
@Check('ck_deal_agreed_stage', `agreed_stage IS NULL OR agreed_stage IN ('INTENT', 'SIGNED', 'FULFILLED', 'CANCELLED')`)
@Check('ck_deal_agreed_amount', `agreed_amount_cny IS NULL OR agreed_amount_cny >= 0`)
@Check('ck_deal_report_review', `report_review IS NULL OR report_review IN ('COUNTED', 'EXCLUDED')`)
export class DealEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid', nullable: true })
  eventId: string | null;

  @ManyToOne('DockingEventEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'fk_deal_event' })
  event?: unknown;

  @Column({ name: 'meeting_id', type: 'uuid', nullable: true })
  meetingId: string | null;

  @ManyToOne('MeetingEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'fk_deal_meeting' })
  meeting?: unknown;

  @Column({ name: 'supply_listing_id', type: 'uuid', nullable: true })
  supplyListingId: string | null;

  @ManyToOne('ListingEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'supply_listing_id', foreignKeyConstraintName: 'fk_deal_supply_listing' })
  supplyListing?: unknown;

  @Column({ name: 'demand_listing_id', type: 'uuid', nullable: true })
  demandListingId: string | null;

  @ManyToOne('ListingEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'demand_listing_id', foreignKeyConstraintName: 'fk_deal_demand_listing' })
  demandListing?: unknown;

  @Column({ name: 'supplier_enterprise_id', type: 'uuid' })
  supplierEnterpriseId: string;

  @ManyToOne('EnterpriseEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'supplier_enterprise_id', foreignKeyConstraintName: 'fk_deal_supplier' })
  supplier?: unknown;

  @Column({ name: 'buyer_enterprise_id', type: 'uuid' })
  buyerEnterpriseId: string;

  @ManyToOne('EnterpriseEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'buyer_enterprise_id', foreignKeyConstraintName: 'fk_deal_buyer' })
  buyer?: unknown;

  @Column({ type: 'text' })
  stage: DealStage;

  /** CNY, exact: numeric(16,2) comes back from pg as a string. */
  @Column({ name: 'amount_cny', type: 'numeric', precision: 16, scale: 2, nullable: true })
  amountCny: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  /** When the supplier agreed to the current stage and amount (null: it has not). */
  @Column({ name: 'supplier_confirmed_at', type: 'timestamptz', precision: 3, nullable: true })
  supplierConfirmedAt: Date | null;

  /** When the buyer agreed to the current stage and amount (null: it has not). */
  @Column({ name: 'buyer_confirmed_at', type: 'timestamptz', precision: 3, nullable: true })
  buyerConfirmedAt: Date | null;

  /** The stage both firms last agreed to: what reports count (null: never agreed). */
  @Column({ name: 'agreed_stage', type: 'text', nullable: true })
  agreedStage: DealStage | null;

  @Column({ name: 'agreed_amount_cny', type: 'numeric', precision: 16, scale: 2, nullable: true })
  agreedAmountCny: string | null;

  @Column({ name: 'recorded_by_user_id', type: 'uuid', nullable: true })
  recordedByUserId: string | null;

  /** Recorded by the event's organiser (or an admin), not by either firm: 现场签约代录. */
  @Column({ name: 'recorded_by_organiser', type: 'boolean', default: false })
  recordedByOrganiser: boolean;

  /** The organiser's review for the report (null: none; the rules of `reportStatus` decide). */
  @Column({ name: 'report_review', type: 'text', nullable: true })
  reportReview: DealReview | null;

  @Column({ name: 'report_review_note', type: 'varchar', length: 200, nullable: true })
  reportReviewNote: string | null;

  @Column({ name: 'report_reviewed_at', type: 'timestamptz', precision: 3, nullable: true })
  reportReviewedAt: Date | null;

  @Column({ name: 'report_reviewed_by_user_id', type: 'uuid', nullable: true })
  reportReviewedByUserId: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'report_reviewed_by_user_id', foreignKeyConstraintName: 'fk_deal_report_reviewer' })
  reportReviewedBy?: unknown;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
