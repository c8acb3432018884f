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

import { ListingKind, ListingStatus, MatchingStatus } from './listing.enums';

/** A supply (供应) or demand (需求) listing of one enterprise. */
@Entity('listing')
@Index('idx_listing_created', ['createdAt', 'id'])
@Index('idx_listing_enterprise', ['enterpriseId', 'createdAt'])
@Index('idx_listing_category_status', ['categoryCode', 'status'])
@Index('idx_listing_region', { synchronize: false }) // text_pattern_ops for prefix search, in the migration
@Index('idx_listing_text_trgm', { synchronize: false }) // GIN pg_trgm over title + description, in the migration
@Index('idx_listing_open_valid_until', { synchronize: false }) // partial, for the expiry job, in the migration
@Index('idx_listing_updated', ['updatedAt'])
@Check('ck_listing_kind', `kind IN ('SUPPLY', 'DEMAND')`)
@Check('ck_listing_status', `status IN ('OPEN', 'CLOSED', 'EXPIRED')`)
@Check('ck_listing_matching_status', `matching_status IN ('PENDING', 'DONE')`)
@Check('ck_listing_title', `char_length(btrim(title)) BETWEEN 1 AND 120`)
@Check('ck_listing_description', `char_length(description) <= 4000`)
@Check('ck_listing_quantity', `quantity > 0`)
@Check('ck_listing_price', `price_min >= 0 AND price_max >= 0 AND price_min <= price_max`)
@Check('ck_listing_confidential', `NOT confidential OR kind = 'DEMAND'`)
export class ListingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'enterprise_id', type: 'uuid' })
  enterpriseId: string;

  @ManyToOne('EnterpriseEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enterprise_id', foreignKeyConstraintName: 'fk_listing_enterprise' })
  enterprise?: unknown;

  @Column({ type: 'text' })
  kind: ListingKind;

  @Column({ type: 'varchar', length: 120 })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ name: 'category_code', type: 'varchar', length: 8 })
  categoryCode: string;

  @ManyToOne('ChainCategoryEntity')
  @JoinColumn({ name: 'category_code', foreignKeyConstraintName: 'fk_listing_category' })
  category?: unknown;

  /** SUPPLY: capacity available; DEMAND: quantity required. */
  @Column({ type: 'double precision', nullable: true })
  quantity: number | null;

  @Column({ type: 'text', nullable: true })
  unit: string | null;

  /** CNY per unit; both absent means 面议 (negotiable). */
  @Column({ name: 'price_min', type: 'double precision', nullable: true })
  priceMin: number | null;

  @Column({ name: 'price_max', type: 'double precision', nullable: true })
  priceMax: number | null;

  @Column({ name: 'region_code', type: 'char', length: 6 })
  regionCode: string;

  /** SUPPLY: held; DEMAND: required of the supplier. */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  certifications: string[];

  @Column({ name: 'valid_until', type: 'date', nullable: true })
  validUntil: string | null;

  @Column({ type: 'text', default: ListingStatus.OPEN })
  status: ListingStatus;

  /** DEMAND only: visible to its owner and to suppliers it was matched with. */
  @Column({ type: 'boolean', default: false })
  confidential: boolean;

  @Column({ name: 'matching_status', type: 'text', default: MatchingStatus.PENDING })
  matchingStatus: MatchingStatus;

  /** Bumped by every change, so work computed for an older version can be recognised as stale. */
  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @Column({ name: 'closed_at', type: 'timestamptz', precision: 3, nullable: true })
  closedAt: Date | null;

  /** The organiser whose import created it for an unclaimed firm: the only import that may update it. */
  @Column({ name: 'imported_by_user_id', type: 'uuid', nullable: true })
  importedByUserId: string | null;
}
