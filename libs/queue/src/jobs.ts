import { JobsOptions } from 'bullmq';

/** Every queue of the system. */
export const QUEUES = {
  /** Periodic housekeeping: expiring listings past their validity. */
  maintenance: 'maintenance',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/** Every job: its queue, name and payload, as one discriminated union. */
export type JobItem = { queue: typeof QUEUES.maintenance; name: 'listings.expire'; data: Record<string, never> };

export type JobName = JobItem['name'];
export type JobOf<N extends JobName> = Extract<JobItem, { name: N }>;

/** Retries, backoff and retention, explicit per queue. */
export const QUEUE_JOB_OPTIONS: Record<QueueName, JobsOptions> = {
  maintenance: {
    attempts: 5,
    backoff: { type: 'exponential', delay: 5_000 },
    removeOnComplete: { age: 24 * 3600, count: 200 },
    removeOnFail: { age: 7 * 24 * 3600, count: 1000 },
  },
};

/** Repeating jobs, scheduled by the worker at start (idempotent upserts). */
export const SCHEDULES: { queue: QueueName; id: string; everyMs: number; job: JobName }[] = [
  { queue: QUEUES.maintenance, id: 'expire-listings', everyMs: 10 * 60_000, job: 'listings.expire' },
];
