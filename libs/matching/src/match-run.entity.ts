import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum MatchRunStatus {
  RUNNING = 'RUNNING',
  DONE = 'DONE',
}

/** A full re-match, run as chunked jobs; `done` counts listings recomputed so far. */
@Entity('match_run')
@Check('ck_match_run_status', `status IN ('RUNNING', 'DONE')`)
@Check('ck_match_run_progress', `done >= 0 AND (total IS NULL OR done <= total)`)
export class MatchRunEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', default: MatchRunStatus.RUNNING })
  status: MatchRunStatus;

  /** Known once the worker has listed the open listings. */
  @Column({ type: 'integer', nullable: true })
  total: number | null;

  @Column({ type: 'integer', default: 0 })
  done: number;

  /** Numbers of the chunks already counted, so that a retried chunk is not counted twice. */
  @Column({ name: 'chunks_done', type: 'integer', array: true, default: () => `'{}'` })
  chunksDone: number[];

  @Column({ name: 'requested_by', type: 'uuid', nullable: true })
  requestedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', precision: 3, nullable: true })
  finishedAt: Date | null;
}
