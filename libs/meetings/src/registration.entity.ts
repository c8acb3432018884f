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

export enum RegistrationStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}

/** An enterprise's registration (报名) for a docking event, with the listings it brings. */
@Entity('event_registration')
@Index('uq_event_registration', ['eventId', 'enterpriseId'], { unique: true })
@Index('idx_event_registration_enterprise', ['enterpriseId'])
@Check('ck_event_registration_status', `status IN ('PENDING', 'APPROVED', 'REJECTED')`)
export class RegistrationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne('DockingEventEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'fk_event_registration_event' })
  event?: unknown;

  @Column({ name: 'enterprise_id', type: 'uuid' })
  enterpriseId: string;

  @ManyToOne('EnterpriseEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enterprise_id', foreignKeyConstraintName: 'fk_event_registration_enterprise' })
  enterprise?: unknown;

  @Column({ type: 'text', default: RegistrationStatus.PENDING })
  status: RegistrationStatus;

  @Column({ name: 'listing_ids', type: 'uuid', array: true, default: () => `'{}'` })
  listingIds: string[];

  /** Slot starts the firm cannot attend. */
  @Column({ name: 'unavailable_slots', type: 'timestamptz', array: true, default: () => `'{}'` })
  unavailableSlots: Date[];

  @Column({ name: 'reviewed_at', type: 'timestamptz', precision: 3, nullable: true })
  reviewedAt: Date | null;

  /** 驳回原因: what the organiser told a rejected firm (null once approved). */
  @Column({ name: 'review_note', type: 'varchar', length: 500, nullable: true })
  reviewNote: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
