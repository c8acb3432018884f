import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Exclusion,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/**
 * A one-to-one meeting at a table in a slot. The database refuses a double booking by itself:
 * one meeting per table and time (exclusion below) and one meeting per firm and time
 * (`meeting_party`), whatever the number of concurrent writers.
 */
@Entity('meeting')
@Index('uq_meeting_request', ['requestId'], { unique: true, where: 'request_id IS NOT NULL' })
@Index('idx_meeting_event', ['eventId', 'startsAt'])
@Index('idx_meeting_event_parties', ['eventId', 'partyA', 'partyB'])
@Check('ck_meeting_period', `ends_at > starts_at`)
@Check('ck_meeting_parties', `party_a <> party_b`)
@Exclusion(
  'ex_meeting_table',
  `USING gist (event_id WITH =, table_label WITH =, tstzrange(starts_at, ends_at) WITH &&)`,
)
export class MeetingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne('DockingEventEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'fk_meeting_event' })
  event?: unknown;

  @Column({ name: 'request_id', type: 'uuid', nullable: true })
  requestId: string | null;

  @ManyToOne('MeetingRequestEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'request_id', foreignKeyConstraintName: 'fk_meeting_request' })
  request?: unknown;

  @Column({ name: 'party_a', type: 'uuid' })
  partyA: string;

  @Column({ name: 'party_b', type: 'uuid' })
  partyB: string;

  @Column({ name: 'starts_at', type: 'timestamptz', precision: 3 })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz', precision: 3 })
  endsAt: Date;

  @Column({ name: 'table_label', type: 'varchar', length: 40 })
  tableLabel: string;

  @Column({ type: 'boolean', default: false })
  published: boolean;

  /** 锁定: scheduler runs keep it where it is (hand-placed and moved meetings start locked). */
  @Column({ type: 'boolean', default: false })
  locked: boolean;

  /** 现场加入: added by an organiser on the event day between two checked-in firms, not from a request. */
  @Column({ name: 'walk_in', type: 'boolean', default: false })
  walkIn: boolean;

  @Column({ name: 'schedule_run_id', type: 'uuid', nullable: true })
  scheduleRunId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
