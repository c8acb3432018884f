import type { JobsOptions } from 'bullmq';

/** Every queue of the system. */
export const QUEUES = {
  /** Periodic housekeeping: expiring listings past their validity. */
  maintenance: 'maintenance',
  /** Computing match suggestions for changed listings, and full re-matches. */
  matching: 'matching',
  /** Producing notifications from committed state (debounced per enterprise where it says so). */
  notifications: 'notifications',
  /** Signed webhook deliveries, retried for hours. */
  webhooks: 'webhooks',
  /** Notifications also sent by e-mail, per user preference. */
  email: 'email',
  /** Meeting schedules solved for docking events (CPU-heavy, one at a time). */
  scheduling: 'scheduling',
  /** Spreadsheet imports too large to run while the organiser waits. */
  imports: 'imports',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/** Every job: its queue, name and payload, as one discriminated union. */
export type JobItem =
  | { queue: typeof QUEUES.maintenance; name: 'listings.expire'; data: Record<string, never> }
  /** Find listings whose match job was lost (e.g. Redis lost its data) or failed for good, and queue them again. */
  | { queue: typeof QUEUES.maintenance; name: 'matching.sweep'; data: Record<string, never> }
  /** Recompute one listing's suggestions; `version` is the listing version that caused it. */
  | { queue: typeof QUEUES.matching; name: 'match.listing'; data: { listingId: string; version: number } }
  /** Split a full re-match into chunks. */
  | { queue: typeof QUEUES.matching; name: 'match.rematch'; data: { runId: string } }
  /** Recompute the suggestions of a chunk of listings of a re-match run. */
  | { queue: typeof QUEUES.matching; name: 'match.chunk'; data: { runId: string; chunk: number; listingIds: string[] } }
  /** Tell an enterprise about its new strong suggestions not yet notified (one notification per burst). */
  | { queue: typeof QUEUES.notifications; name: 'notify.matches'; data: { enterpriseId: string } }
  /** POST one notification to one endpoint (its delivery row says which). */
  | { queue: typeof QUEUES.webhooks; name: 'webhook.deliver'; data: { deliveryId: string } }
  /** Mail one notification to one user. */
  | { queue: typeof QUEUES.email; name: 'email.send'; data: { notificationId: string; userId: string } }
  /** Solve the meeting schedule of one run (its row says which event). */
  | { queue: typeof QUEUES.scheduling; name: 'schedule.solve'; data: { runId: string } }
  /** Apply the rows of one listings import (its row holds the parsed file). */
  | { queue: typeof QUEUES.imports; name: 'listings.import'; data: { importId: string } };

export type JobName = JobItem['name'];
export type JobOf<N extends JobName> = Extract<JobItem, { name: N }>;
export type JobsOf<Q extends QueueName> = Extract<JobItem, { queue: Q }>;

/** Deterministic job ids: the same cause always makes the same id, so BullMQ keeps one job. */
export const JOB_IDS = {
  matchListing: (listingId: string, version: number) => `match.listing-${listingId}-v${version}`,
  rematch: (runId: string) => `match.rematch-${runId}`,
  rematchChunk: (runId: string, n: number) => `match.chunk-${runId}-${n}`,
  scheduleSolve: (runId: string) => `schedule.solve-${runId}`,
  listingsImport: (importId: string) => `listings.import-${importId}`,
  webhookDeliver: (deliveryId: string) => `webhook.deliver-${deliveryId}`,
  emailSend: (notificationId: string, userId: string) => `email.send-${notificationId}-${userId}`,
  /** The expiry run a worker asks for at start (each start its own: a catch-up, not a duplicate). */
  expireAtStart: (startedAt: number) => `expire-at-start-${startedAt}`,
  /**
   * Deduplication id (not a job id): while an enterprise's announcement waits out its debounce
   * delay, further matches add nothing, so a burst becomes one job.
   */
  notifyMatches: (enterpriseId: string) => `notify.matches-${enterpriseId}`,
};

const retention = {
  removeOnComplete: { age: 24 * 3600, count: 1000 },
  removeOnFail: { age: 7 * 24 * 3600, count: 5000 },
};

/** Retries, backoff and retention, explicit per queue. */
export const QUEUE_JOB_OPTIONS: Record<QueueName, JobsOptions> = {
  maintenance: { attempts: 5, backoff: { type: 'exponential', delay: 5_000, jitter: 0.5 }, ...retention },
  matching: { attempts: 8, backoff: { type: 'exponential', delay: 1_000, jitter: 0.5 }, ...retention },
  notifications: { attempts: 8, backoff: { type: 'exponential', delay: 1_000, jitter: 0.5 }, ...retention },
  // 5 s, 10 s, … doubling: the twelfth attempt comes about three hours after the first.
  webhooks: { attempts: 12, backoff: { type: 'exponential', delay: 5_000, jitter: 0.2 }, ...retention },
  email: { attempts: 8, backoff: { type: 'exponential', delay: 10_000, jitter: 0.2 }, ...retention },
  scheduling: { attempts: 3, backoff: { type: 'exponential', delay: 5_000, jitter: 0.2 }, ...retention },
  imports: { attempts: 5, backoff: { type: 'exponential', delay: 5_000, jitter: 0.2 }, ...retention },
};

/** Repeating jobs, scheduled by the worker at start (idempotent upserts). */
export const SCHEDULES: { queue: QueueName; id: string; everyMs: number; job: JobName }[] = [
  { queue: QUEUES.maintenance, id: 'expire-listings', everyMs: 10 * 60_000, job: 'listings.expire' },
  { queue: QUEUES.maintenance, id: 'sweep-matching', everyMs: 60_000, job: 'matching.sweep' },
];
