import { ANNOUNCE_BATCH, MATCH_BATCH } from '@duijie/matching';
import type { QueueName } from '@duijie/queue';

/**
 * Jobs each queue's processor runs at once. A job holds at most one pooled Postgres connection at a
 * time (a transaction never waits for a second one), so the worker's pool is what each queue's
 * jobs can hold at once, plus one for the outbox relay's batch (its LISTEN connection and
 * /health's probe are not pooled).
 */
export const CONCURRENCY = {
  maintenance: 1,
  // Match jobs running at once are matched together in batches (MATCH_BATCH): the more are taken
  // from the queue at once, the fewer round trips and commits per listing under load.
  matching: 64,
  // Announcements running at once are made together in batches (ANNOUNCE_BATCH); policy
  // evaluations among them run POLICY_EVALUATIONS at a time.
  notifications: ANNOUNCE_BATCH.maxSize,
  webhooks: 8,
  email: 2,
  // The optimiser is CPU-bound and holds the process for up to SCHEDULER_TIME_LIMIT_SECONDS.
  scheduling: 1,
  imports: 1,
} as const satisfies Record<QueueName, number>;

/** Policy evaluations (on the notifications queue) at once: each holds a connection. */
export const POLICY_EVALUATIONS = 2;

/**
 * Connections each queue's jobs can use at once: one per job, except match jobs, which reach the
 * database through their batches (MATCH_BATCH.maxRunning, one query at a time each) and a
 * re-match's bookkeeping, and notification jobs, through the announcements' batches and the
 * policy evaluations' limit; more of them wait for a connection, none holds one while waiting.
 */
const CONNECTIONS: Record<QueueName, number> = {
  ...CONCURRENCY,
  matching: 4 * MATCH_BATCH.maxRunning,
  notifications: ANNOUNCE_BATCH.maxRunning + POLICY_EVALUATIONS,
};

/** Every queue's connections at once, plus the relay's batch. */
export const WORKER_POOL_SIZE = Object.values(CONNECTIONS).reduce((a, b) => a + b, 0) + 1;
