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

export enum DealStage {
  INTENT = 'INTENT',
  SIGNED = 'SIGNED',
  FULFILLED = 'FULFILLED',
  CANCELLED = 'CANCELLED',
}

/**
 * An intent or contract (意向 / 签约) between a supplier and a buyer, from a meeting and/or the
 * listings it came from. The amount is an exact decimal in CNY (numeric, read as a string).
 */
@Entity('deal')
@Index('idx_deal_event', ['eventId'])
@Index('idx_deal_supplier', ['supplierEnterpriseId'])
@Index('idx_deal_buyer', ['buyerEnterpriseId'])
@Check('ck_deal_stage', `stage IN ('INTENT', 'SIGNED', 'FULFILLED', 'CANCELLED')`)
@Check('ck_deal_amount', `amount_cny IS NULL OR amount_cny >= 0`)
@Check('ck_deal_parties', `supplier_enterprise_id <> buyer_enterprise_id`)
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

  @Column({ name: 'recorded_by_user_id', type: 'uuid', nullable: true })
  recordedByUserId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
