import { Check, Column, CreateDateColumn, Entity, Exclusion, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * A one-to-one meeting at a table in a slot. The database refuses a double booking by itself:
 * one meeting per table and time (exclusion below) and one meeting per firm and time
 * (`meeting_party`), whatever the number of concurrent writers.
 */
@Entity('meeting')
@Index('uq_meeting_request', ['requestId'], { unique: true, where: 'request_id IS NOT NULL' })
@Index('idx_meeting_event', ['eventId', 'startsAt'])
@Check('ck_meeting_period', `ends_at > starts_at`)
@Check('ck_meeting_parties', `party_a <> party_b`)
@Exclusion('ex_meeting_table', `USING gist (event_id WITH =, table_label WITH =, tstzrange(starts_at, ends_at) WITH &&)`)
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

  @Column({ name: 'schedule_run_id', type: 'uuid', nullable: true })
  scheduleRunId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}

/** Each party of a meeting at its time: no firm is in two meetings at once, in any event. */
@Entity('meeting_party')
@Index('idx_meeting_party_meeting', ['meetingId'])
@Exclusion('ex_meeting_party_busy', `USING gist (enterprise_id WITH =, tstzrange(starts_at, ends_at) WITH &&)`)
export class MeetingPartyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'fk_meeting_party_meeting' })
  meeting?: unknown;

  @Column({ name: 'enterprise_id', type: 'uuid' })
  enterpriseId: string;

  @ManyToOne('EnterpriseEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enterprise_id', foreignKeyConstraintName: 'fk_meeting_party_enterprise' })
  enterprise?: unknown;

  @Column({ name: 'starts_at', type: 'timestamptz', precision: 3 })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz', precision: 3 })
  endsAt: Date;
}

export enum ScheduleRunStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}

/** One run of the scheduler for an event, with what it achieved. */
@Entity('schedule_run')
@Index('idx_schedule_run_event', ['eventId', 'createdAt'])
@Check('ck_schedule_run_status', `status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')`)
export class ScheduleRunEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne('DockingEventEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'fk_schedule_run_event' })
  event?: unknown;

  @Column({ type: 'text', default: ScheduleRunStatus.QUEUED })
  status: ScheduleRunStatus;

  @Column({ type: 'integer', nullable: true })
  placed: number | null;

  @Column({ type: 'integer', nullable: true })
  unplaced: number | null;

  @Column({ type: 'double precision', nullable: true })
  objective: number | null;

  @Column({ name: 'upper_bound', type: 'double precision', nullable: true })
  upperBound: number | null;

  @Column({ name: 'solve_millis', type: 'integer', nullable: true })
  solveMillis: number | null;

  /** Each request left out and why: [{ requestId, reason }]. */
  @Column({ name: 'unplaced_requests', type: 'jsonb', default: () => `'[]'` })
  unplacedRequests: { requestId: string; reason: string }[];

  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Column({ name: 'requested_by_user_id', type: 'uuid', nullable: true })
  requestedByUserId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', precision: 3, nullable: true })
  finishedAt: Date | null;
}
