import type { EntityManager } from 'typeorm';

import { jobKey, type KeyedJob, queueOf } from './jobs';

/** The Postgres channel that wakes the relay when an outbox row commits. */
export const OUTBOX_CHANNEL = 'duijie_outbox';

/**
 * Records jobs inside the caller's transaction, and wakes the relay when it commits. The queue and
 * the id follow from each job's name (JOB_QUEUES, JOB_IDS); only jobs with a fixed id are taken,
 * because the relay may publish a row twice and relies on the id to keep one job.
 */
export async function recordJobs(manager: EntityManager, jobs: readonly KeyedJob[]): Promise<void> {
  if (!jobs.length) return;
  await manager.query(
    `INSERT INTO outbox (queue, name, job_id, data)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[])`,
    [
      jobs.map((j) => queueOf(j.name)),
      jobs.map((j) => j.name),
      jobs.map((j) => jobKey(j)!),
      jobs.map((j) => JSON.stringify(j.data)),
    ],
  );
  await manager.query(`SELECT pg_notify($1, '')`, [OUTBOX_CHANNEL]);
}

/**
 * A SQL condition, for the owners of other tables: the match job of the listing whose id and
 * version are the SQL expressions `listingIdSql` and `versionSql` still waits in the outbox.
 */
export function outboxHoldsListingMatchSql(listingIdSql: string, versionSql: string): string {
  return `EXISTS (SELECT 1 FROM outbox o WHERE o.name = 'match.listing'
                    AND o.data->>'listingId' = ${listingIdSql}::text AND (o.data->>'version')::int = ${versionSql})`;
}
