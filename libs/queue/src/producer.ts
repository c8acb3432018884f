import type { Job as BullJob, Queue } from 'bullmq';

import { type Job, jobKey, jobOptions, type KeyedJob, type QueueName, queueOf, SCHEDULES } from './jobs';

/**
 * The one way to queue a job: callers name the job (name and payload, the `Job` union); its queue
 * (JOB_QUEUES), its id (JOB_IDS) and its retries (QUEUE_JOB_OPTIONS) follow from the name. Writes
 * that cause work record it in the outbox instead (`recordJobs`), and the relay publishes it here.
 */
export class JobProducer {
  constructor(private readonly queues: Readonly<Record<QueueName, Queue>>) {}

  /**
   * Queues the jobs, one bulk per queue, and answers BullMQ's jobs in the given order. `delay`
   * holds them back that long (a debounce: with a deduplication id, the rest of a burst joins them).
   */
  async add(jobs: readonly Job[], delay?: number): Promise<BullJob[]> {
    const byQueue = new Map<QueueName, number[]>();
    jobs.forEach((job, i) => {
      const queue = queueOf(job.name);
      byQueue.set(queue, [...(byQueue.get(queue) ?? []), i]);
    });
    const added: BullJob[] = new Array<BullJob>(jobs.length);
    for (const [queue, indexes] of byQueue) {
      const bulk = await this.queues[queue].addBulk(
        indexes.map((i) => ({ name: jobs[i].name, data: jobs[i].data, opts: jobOptions(jobs[i], delay) })),
      );
      bulk.forEach((job, k) => (added[indexes[k]] = job));
    }
    return added;
  }

  /** The queued job with this job's fixed id, while BullMQ keeps it (not after its retention, nor a Redis that lost its data). */
  async find(job: KeyedJob): Promise<BullJob | undefined> {
    return this.queues[queueOf(job.name)].getJob(jobKey(job)!);
  }

  /**
   * Queues a run of a repeating job now, once however many workers ask within `windowMs`: the
   * catch-up at start, which a deployment of several workers would otherwise run once per worker.
   */
  async catchUp(job: Job, windowMs: number): Promise<BullJob> {
    return this.queues[queueOf(job.name)].add(job.name, job.data, {
      ...jobOptions(job),
      deduplication: { id: `catch-up-${job.name}`, ttl: windowMs },
    });
  }

  /** Upserts the repeating jobs (SCHEDULES) by their ids: one schedule each, however many workers start. */
  async schedule(): Promise<void> {
    for (const s of SCHEDULES) {
      await this.queues[queueOf(s.job.name)].upsertJobScheduler(
        s.id,
        { every: s.everyMs },
        { name: s.job.name, data: s.job.data, opts: jobOptions(s.job) },
      );
    }
  }

  async close(): Promise<void> {
    await Promise.all(Object.values(this.queues).map((q) => q.close().catch(() => undefined)));
  }
}
