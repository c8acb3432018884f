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

export interface EventTable {
  label: string;
  tags: string[];
}

/** A docking event (产销对接活动) where registered firms meet one-to-one at tables. */
@Entity('docking_event')
@Index('idx_docking_event_starts', ['startsAt', 'id'])
@Index('idx_docking_event_organiser', ['organiserUserId', 'startsAt', 'id'])
@Check('ck_docking_event_period', `ends_at > starts_at`)
@Check('ck_docking_event_length', `ends_at - starts_at <= interval '31 days'`)
@Check('ck_docking_event_slot', `slot_minutes BETWEEN 5 AND 240`)
@Check('ck_docking_event_request_cap', `max_requests_per_firm BETWEEN 1 AND 500`)
@Check('ck_docking_event_registration', `registration_closes_at IS NULL OR registration_closes_at <= ends_at`)
export class DockingEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 120 })
  title: string;

  @Column({ type: 'varchar', length: 200 })
  theme: string;

  @Column({ type: 'text', array: true })
  sectors: string[];

  @Column({ name: 'category_codes', type: 'text', array: true, default: () => `'{}'` })
  categoryCodes: string[];

  @Column({ type: 'varchar', length: 200 })
  venue: string;

  @Column({ name: 'starts_at', type: 'timestamptz', precision: 3 })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz', precision: 3 })
  endsAt: Date;

  @Column({ name: 'slot_minutes', type: 'integer' })
  slotMinutes: number;

  /** Meeting tables with their tags (e.g. interpreter, vip). */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  tables: EventTable[];

  @Column({ name: 'registration_closes_at', type: 'timestamptz', precision: 3, nullable: true })
  registrationClosesAt: Date | null;

  /** Meeting requests one firm may send at this event. */
  @Column({ name: 'max_requests_per_firm', type: 'integer', default: 30 })
  maxRequestsPerFirm: number;

  /** When the schedule was last published (null: not yet). */
  @Column({ name: 'schedule_published_at', type: 'timestamptz', precision: 3, nullable: true })
  schedulePublishedAt: Date | null;

  @Column({ name: 'organiser_user_id', type: 'uuid', nullable: true })
  organiserUserId: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organiser_user_id', foreignKeyConstraintName: 'fk_docking_event_organiser' })
  organiser?: unknown;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
