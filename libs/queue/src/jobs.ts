import { createHash } from 'node:crypto';

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
  | {
      queue: typeof QUEUES.matching;
      name: 'match.listing';
      /** `bulk`: one of many listings written at once (an import, the expiry), matched after listings posted one by one. */
      data: { listingId: string; version: number; bulk?: boolean };
    }
  /** Split a full re-match into chunks. */
  | { queue: typeof QUEUES.matching; name: 'match.rematch'; data: { runId: string } }
  /** Recompute the suggestions of a chunk of listings of a re-match run. */
  | { queue: typeof QUEUES.matching; name: 'match.chunk'; data: { runId: string; chunk: number; listingIds: string[] } }
  /** Tell an enterprise about its new strong suggestions not yet notified (one notification per burst). */
  | { queue: typeof QUEUES.notifications; name: 'notify.matches'; data: { enterpriseId: string } }
  /** Evaluate a policy's rules against every firm in its regions; tell newly eligible firms, once each. */
  | { queue: typeof QUEUES.notifications; name: 'policy.evaluate'; data: { policyId: string } }
  /** Queue the evaluation of every policy still open for applications (firms' facts change). */
  | { queue: typeof QUEUES.maintenance; name: 'policies.sweep'; data: Record<string, never> }
  /** POST one notification to one endpoint (its delivery row says which). */
  | { queue: typeof QUEUES.webhooks; name: 'webhook.deliver'; data: { deliveryId: string } }
  /** Mail one notification to one user. */
  | { queue: typeof QUEUES.email; name: 'email.send'; data: { notificationId: string; userId: string } }
  /**
   * Mail a password-reset link, valid until `expiresAt` (Unix seconds), to the account of `email` if
   * there is one: the worker looks it up and signs the link, so the api does the same work whether or
   * not the e-mail is registered.
   */
  | { queue: typeof QUEUES.email; name: 'email.passwordReset'; data: { email: string; expiresAt: number } }
  /** Solve the meeting schedule of one run (its row says which event). */
  | { queue: typeof QUEUES.scheduling; name: 'schedule.solve'; data: { runId: string } }
  /** Apply the rows of one listings import (its row holds the parsed file). */
  | { queue: typeof QUEUES.imports; name: 'listings.import'; data: { importId: string } };

export type JobName = JobItem['name'];
export type JobOf<N extends JobName> = Extract<JobItem, { name: N }>;
export type JobsOf<Q extends QueueName> = Extract<JobItem, { queue: Q }>;

/** A job as its producer names it: name and payload; the queue and the id follow from the name. */
export type Job = JobItem extends infer J ? (J extends JobItem ? { name: J['name']; data: J['data'] } : never) : never;

/** Each job's queue, by name (the compiler refuses a name without one, or with a queue other than its JobItem's). */
export const JOB_QUEUES: { readonly [N in JobName]: JobOf<N>['queue'] } = {
  'listings.expire': QUEUES.maintenance,
  'matching.sweep': QUEUES.maintenance,
  'match.listing': QUEUES.matching,
  'match.rematch': QUEUES.matching,
  'match.chunk': QUEUES.matching,
  'notify.matches': QUEUES.notifications,
  'policy.evaluate': QUEUES.notifications,
  'policies.sweep': QUEUES.maintenance,
  'webhook.deliver': QUEUES.webhooks,
  'email.send': QUEUES.email,
  'email.passwordReset': QUEUES.email,
  'schedule.solve': QUEUES.scheduling,
  'listings.import': QUEUES.imports,
};

/** An e-mail in a job id: hashed (ids stay short and free of ':'), the same for any case and spaces. */
const emailKey = (email: string) =>
  createHash('sha256').update(email.trim().toLowerCase()).digest('base64url').slice(0, 22);

/**
 * Every job id, by job name: the same cause always makes the same id, so BullMQ keeps one job.
 * - `jobId`: the job's id; a second job with it (a retry, a relay publishing a row again) is ignored.
 * - `deduplicationId`: not a job id: while the job waits out its delay, more of the same add nothing
 *   (a burst becomes one job), and one added while it runs makes one more after it.
 * - `null`: idempotent housekeeping, each request a run of its own; the repeating ones are keyed by
 *   their schedule's id (SCHEDULES), the catch-up at a worker's start gets BullMQ's own id.
 */
export const JOB_IDS = {
  'listings.expire': null,
  'matching.sweep': null,
  'match.listing': { jobId: (d) => `match.listing-${d.listingId}-v${d.version}` },
  'match.rematch': { jobId: (d) => `match.rematch-${d.runId}` },
  'match.chunk': { jobId: (d) => `match.chunk-${d.runId}-${d.chunk}` },
  'notify.matches': { deduplicationId: (d) => `notify.matches-${d.enterpriseId}` },
  'policy.evaluate': { deduplicationId: (d) => `policy.evaluate-${d.policyId}` },
  'policies.sweep': null,
  'webhook.deliver': { jobId: (d) => `webhook.deliver-${d.deliveryId}` },
  'email.send': { jobId: (d) => `email.send-${d.notificationId}-${d.userId}` },
  'email.passwordReset': { jobId: (d) => `email.passwordReset-${emailKey(d.email)}-${d.expiresAt}` },
  'schedule.solve': { jobId: (d) => `schedule.solve-${d.runId}` },
  'listings.import': { jobId: (d) => `listings.import-${d.importId}` },
} as const satisfies {
  readonly [N in JobName]:
    | { readonly jobId: (data: JobOf<N>['data']) => string }
    | { readonly deduplicationId: (data: JobOf<N>['data']) => string }
    | null;
};

/** Jobs with a fixed identity: the only ones the outbox takes, since its relay may publish a row twice. */
export type KeyedJobName = { [N in JobName]: (typeof JOB_IDS)[N] extends null ? never : N }[JobName];
export type KeyedJob = Extract<Job, { name: KeyedJobName }>;

/** The job's fixed id or deduplication id (null for housekeeping, see JOB_IDS). */
export function jobKey(job: Job): string | null {
  const rule = JOB_IDS[job.name] as
    { jobId: (data: Job['data']) => string } | { deduplicationId: (data: Job['data']) => string } | null;
  if (!rule) return null;
  return 'jobId' in rule ? rule.jobId(job.data) : rule.deduplicationId(job.data);
}

/** The queue a job goes to; a name no JobItem has (say, an outbox row from elsewhere) is an error. */
export function queueOf(name: string): QueueName {
  const queue = (JOB_QUEUES as Record<string, QueueName | undefined>)[name];
  if (!queue) throw new Error(`no queue for job "${name}"`);
  return queue;
}

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

/**
 * The BullMQ priority of bulk work (an import's or the expiry's match jobs, a re-match's chunks):
 * jobs without one are taken first, so a listing posted during a 5,000-row import is matched
 * before the import's backlog instead of after it.
 */
export const BULK_PRIORITY = 10;

function isBulk(job: Job): boolean {
  return (job.name === 'match.listing' && job.data.bulk === true) || job.name === 'match.chunk';
}

/** A job's options: its queue's retries and retention, its id from JOB_IDS, and bulk work's priority. */
export function jobOptions(job: Job, delay?: number): JobsOptions {
  const rule: object | null = JOB_IDS[job.name];
  const key = jobKey(job);
  const base = {
    ...QUEUE_JOB_OPTIONS[queueOf(job.name)],
    ...(delay ? { delay } : {}),
    ...(isBulk(job) ? { priority: BULK_PRIORITY } : {}),
  };
  if (!rule || key === null) return base;
  return 'jobId' in rule ? { ...base, jobId: key } : { ...base, deduplication: { id: key, keepLastIfActive: true } };
}

/** Repeating jobs, scheduled by the worker at start (idempotent upserts by `id`, the schedule's key). */
export const SCHEDULES: readonly { id: string; everyMs: number; job: Job }[] = [
  { id: 'expire-listings', everyMs: 10 * 60_000, job: { name: 'listings.expire', data: {} } },
  { id: 'sweep-matching', everyMs: 60_000, job: { name: 'matching.sweep', data: {} } },
  { id: 'evaluate-policies', everyMs: 30 * 60_000, job: { name: 'policies.sweep', data: {} } },
];
