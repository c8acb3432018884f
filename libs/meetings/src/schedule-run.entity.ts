import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

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
