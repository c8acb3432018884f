import { Column, CreateDateColumn, Entity, EntityManager, PrimaryGeneratedColumn } from 'typeorm';
import { JobItem, QueueName } from './jobs';

/**
 * A job recorded in the same transaction as the write that causes it. The worker's relay
 * publishes it to BullMQ after commit and deletes the row; a deterministic job id makes a
 * second publication of the same row harmless.
 */
@Entity('outbox')
export class OutboxEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'text' })
  queue: QueueName;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'job_id', type: 'text' })
  jobId: string;

  @Column({ type: 'jsonb' })
  data: unknown;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

/** The Postgres channel that wakes the relay when an outbox row commits. */
export const OUTBOX_CHANNEL = 'duijie_outbox';

export type OutboxJob = JobItem & { jobId: string };

/** Records jobs inside the caller's transaction, and wakes the relay when it commits. */
export async function recordJobs(manager: EntityManager, jobs: readonly OutboxJob[]): Promise<void> {
  if (!jobs.length) return;
  await manager.query(
    `INSERT INTO outbox (queue, name, job_id, data)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[])`,
    [jobs.map((j) => j.queue), jobs.map((j) => j.name), jobs.map((j) => j.jobId), jobs.map((j) => JSON.stringify(j.data))],
  );
  await manager.query(`SELECT pg_notify($1, '')`, [OUTBOX_CHANNEL]);
}
