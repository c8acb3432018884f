import type { EntityManager } from 'typeorm';

import type { JobItem } from './jobs';

/** The Postgres channel that wakes the relay when an outbox row commits. */
export const OUTBOX_CHANNEL = 'duijie_outbox';

export type OutboxJob = JobItem & { jobId: string };

/** Records jobs inside the caller's transaction, and wakes the relay when it commits. */
export async function recordJobs(manager: EntityManager, jobs: readonly OutboxJob[]): Promise<void> {
  if (!jobs.length) return;
  await manager.query(
    `INSERT INTO outbox (queue, name, job_id, data)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[])`,
    [
      jobs.map((j) => j.queue),
      jobs.map((j) => j.name),
      jobs.map((j) => j.jobId),
      jobs.map((j) => JSON.stringify(j.data)),
    ],
  );
  await manager.query(`SELECT pg_notify($1, '')`, [OUTBOX_CHANNEL]);
}
