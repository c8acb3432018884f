import {
  BULK_PRIORITY,
  type Job,
  JOB_IDS,
  JOB_QUEUES,
  jobKey,
  type JobName,
  jobOptions,
  type JobsOf,
  QUEUE_JOB_OPTIONS,
  type QueueName,
  queueOf,
  QUEUES,
  SCHEDULES,
} from './jobs';

/**
 * One job of each name. The switch is exhaustive: a job name added to JobItem without a case here
 * fails the type check (`npm run check`), as it does without a queue (JOB_QUEUES) or an id rule (JOB_IDS).
 */
function sample(name: JobName, n = 1): Job {
  switch (name) {
    case 'listings.expire':
    case 'matching.sweep':
    case 'policies.sweep':
      return { name, data: {} };
    case 'match.listing':
      return { name, data: { listingId: `listing-${n}`, version: n } };
    case 'match.rematch':
      return { name, data: { runId: `run-${n}` } };
    case 'match.chunk':
      return { name, data: { runId: `run-${n}`, chunk: n, listingIds: [`listing-${n}`] } };
    case 'notify.matches':
      return { name, data: { enterpriseId: `firm-${n}` } };
    case 'policy.evaluate':
      return { name, data: { policyId: `policy-${n}` } };
    case 'webhook.deliver':
      return { name, data: { deliveryId: `delivery-${n}` } };
    case 'email.send':
      return { name, data: { notificationId: `notification-${n}`, userId: `user-${n}` } };
    case 'email.passwordReset':
      return { name, data: { email: `User-${n}@duijie.test`, expiresAt: 1_800_000_000 + n } };
    case 'schedule.solve':
      return { name, data: { runId: `run-${n}` } };
    case 'listings.import':
      return { name, data: { importId: `import-${n}` } };
    default: {
      const unknown: never = name;
      throw new Error(`no sample for job "${unknown as string}"`);
    }
  }
}

// Each queue's processor names its jobs; a job on a queue other than its JobItem's would never be handled.
const BY_QUEUE: { [Q in QueueName]: JobsOf<Q>['name'][] } = {
  maintenance: ['listings.expire', 'matching.sweep', 'policies.sweep'],
  matching: ['match.listing', 'match.rematch', 'match.chunk'],
  notifications: ['notify.matches', 'policy.evaluate'],
  webhooks: ['webhook.deliver'],
  email: ['email.send', 'email.passwordReset'],
  scheduling: ['schedule.solve'],
  imports: ['listings.import'],
};
const NAMES: JobName[] = Object.values(BY_QUEUE).flat();

describe('job rules (libs/queue)', () => {
  it('gives every job name exactly one queue and one id rule, and every queue its jobs', () => {
    expect(Object.keys(JOB_QUEUES).sort()).toEqual([...NAMES].sort());
    expect(Object.keys(JOB_IDS).sort()).toEqual([...NAMES].sort());
    for (const [queue, names] of Object.entries(BY_QUEUE)) {
      for (const name of names) expect(queueOf(name)).toBe(queue);
    }
    expect(Object.keys(QUEUE_JOB_OPTIONS).sort()).toEqual(Object.values(QUEUES).sort());
    for (const name of NAMES) expect(sample(name).name).toBe(name);
    expect(() => queueOf('no.such.job')).toThrow('no queue for job "no.such.job"');
  });

  it('derives the same id from the same job, a different one from a different cause, and keeps the ids of jobs already queued', () => {
    // Jobs queued before a deploy must meet those queued after it: these ids are in Redis.
    const expected: Record<JobName, string | null> = {
      'listings.expire': null,
      'matching.sweep': null,
      'match.listing': 'match.listing-listing-1-v1',
      'match.rematch': 'match.rematch-run-1',
      'match.chunk': 'match.chunk-run-1-1',
      'notify.matches': 'notify.matches-firm-1',
      'policy.evaluate': 'policy.evaluate-policy-1',
      'policies.sweep': null,
      'webhook.deliver': 'webhook.deliver-delivery-1',
      'email.send': 'email.send-notification-1-user-1',
      'email.passwordReset': 'email.passwordReset-XJQHa03fHI_aHHqPOR5rd6-1800000001',
      'schedule.solve': 'schedule.solve-run-1',
      'listings.import': 'listings.import-import-1',
    };
    for (const name of NAMES) {
      expect(jobKey(sample(name))).toBe(expected[name]);
      // A copy of the payload (as read back from the outbox's JSON) makes the same id.
      expect(jobKey(JSON.parse(JSON.stringify(sample(name))) as Job)).toBe(expected[name]);
      if (expected[name] !== null) expect(jobKey(sample(name, 2))).not.toBe(expected[name]);
    }
    // One e-mail however it is written: a second request in the same second is the same job.
    expect(
      jobKey({ name: 'email.passwordReset', data: { email: ' user-1@DUIJIE.test', expiresAt: 1_800_000_001 } }),
    ).toBe(expected['email.passwordReset']);
    // A listing's next version is a new cause, so a new job.
    expect(jobKey({ name: 'match.listing', data: { listingId: 'l', version: 2 } })).not.toBe(
      jobKey({ name: 'match.listing', data: { listingId: 'l', version: 1 } }),
    );
  });

  it('queues keyed jobs under their id, a burst of announcements under one deduplication id, housekeeping under none', () => {
    const delivery = jobOptions(sample('webhook.deliver'));
    expect(delivery).toMatchObject({ ...QUEUE_JOB_OPTIONS.webhooks, jobId: 'webhook.deliver-delivery-1' });
    expect(delivery.deduplication).toBeUndefined();

    const announcement = jobOptions(sample('notify.matches'), 30_000);
    expect(announcement).toMatchObject({
      ...QUEUE_JOB_OPTIONS.notifications,
      delay: 30_000,
      deduplication: { id: 'notify.matches-firm-1', keepLastIfActive: true },
    });
    expect(announcement.jobId).toBeUndefined();

    const expiry = jobOptions(sample('listings.expire'));
    expect(expiry).toEqual(QUEUE_JOB_OPTIONS.maintenance);
  });

  it('queues bulk match work behind listings posted one by one, under the same job id', () => {
    const single = jobOptions({ name: 'match.listing', data: { listingId: 'l', version: 1 } });
    const imported = jobOptions({ name: 'match.listing', data: { listingId: 'l', version: 1, bulk: true } });
    const chunk = jobOptions({ name: 'match.chunk', data: { runId: 'r', chunk: 0, listingIds: ['l'] } });
    expect(single.priority).toBeUndefined(); // BullMQ takes jobs without a priority first
    expect(imported.priority).toBe(BULK_PRIORITY);
    expect(chunk.priority).toBe(BULK_PRIORITY);
    expect(imported.jobId).toBe(single.jobId);
    expect(jobOptions({ name: 'match.rematch', data: { runId: 'r' } }).priority).toBeUndefined();
  });

  it('schedules only housekeeping, each under its own schedule id', () => {
    expect(SCHEDULES.map((s) => s.id)).toEqual(['expire-listings', 'sweep-matching', 'evaluate-policies']);
    for (const s of SCHEDULES) {
      expect(queueOf(s.job.name)).toBe(QUEUES.maintenance);
      expect(jobKey(s.job)).toBeNull();
    }
  });
});
