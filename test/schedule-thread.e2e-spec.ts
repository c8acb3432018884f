import { graphql } from './generated';
import { approvedFirms, createEvent, organiser, REQUEST, RESPOND, solve } from './support/events';
import type { GraphQLClient } from './support/graphql';
import { useStack } from './support/stack';

const at = (hhmm: string) => new Date(`2030-09-15T${hhmm}:00+08:00`).toISOString();

// The scheduler solves in a worker thread of its own. A thread that dies fails its job cleanly:
// the job is retried per the scheduling queue's settings (3 attempts), the last failure is written
// on the run for the organiser, and the worker goes on solving the next run.
describe('scheduler thread failures (e2e)', () => {
  // Four solve threads die: all three attempts of the first run, then the first attempt of the second.
  process.env.SCHEDULER_FAULT_IN_THREAD = '4';
  const { api } = useStack({ isolated: true });
  afterAll(() => {
    delete process.env.SCHEDULER_FAULT_IN_THREAD;
  });
  let org: GraphQLClient;
  let eventId: string;

  beforeAll(async () => {
    org = await organiser(api);
    eventId = await createEvent(org);
    await org.ok(
      graphql(
        `mutation ScheduleThreadAddSession($e: ID!, $i: MeetingSessionInput!) { addMeetingSession(eventId: $e, input: $i) { id } }`,
      ),
      { e: eventId, i: { title: '上午场', startsAt: at('09:00'), endsAt: at('10:00') } },
    );
    const [a, b, c] = await approvedFirms(api, org, eventId, 3);
    for (const [x, y] of [
      [a, b],
      [a, c],
    ]) {
      const q = (await x.client.ok(REQUEST, { e: eventId, input: { withEnterpriseId: y.enterpriseId } }))
        .requestMeeting;
      await y.client.ok(RESPOND, { id: q.id, a: true });
    }
  }, 120_000);

  it('fails the run with the thread error after its attempts, and the next run is retried to success', async () => {
    const failed = await solve(org, eventId, 90_000);
    expect(failed.status).toBe('FAILED');
    expect(failed.error).toBe('the solver thread failed: Error: fault injected by SCHEDULER_FAULT_IN_THREAD');

    // Its first attempt's thread dies too; the retry solves it.
    const done = await solve(org, eventId, 90_000);
    expect(done).toMatchObject({ status: 'DONE', placed: 2, unplaced: 0, error: null });
  }, 200_000);
});
