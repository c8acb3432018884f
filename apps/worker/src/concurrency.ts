import type { QueueName } from '@duijie/queue';

/**
 * Jobs each queue's processor runs at once. A job holds at most one pooled Postgres connection at a
 * time (a transaction never waits for a second one), so the worker's pool is their sum plus one for
 * the outbox relay's batch (its LISTEN connection and /health's probe are not pooled).
 */
export const CONCURRENCY = {
  maintenance: 1,
  // Scoring is synchronous: concurrency only overlaps the jobs' Postgres round trips (two per job).
  matching: 8,
  notifications: 4,
  webhooks: 8,
  email: 2,
  // The optimiser is CPU-bound and holds the process for up to SCHEDULER_TIME_LIMIT_SECONDS.
  scheduling: 1,
  imports: 1,
} as const satisfies Record<QueueName, number>;

/** Every processor's jobs at once, plus the relay's batch. */
export const WORKER_POOL_SIZE = Object.values(CONCURRENCY).reduce((a, b) => a + b, 0) + 1;
