import { Client } from 'pg';

import { createEvent, organiser } from '../support/events';
import { createListing, enterpriseMember } from '../support/factories';
import type { GraphQLClient } from '../support/graphql';
import { useStack } from '../support/stack';

const CREATE = `mutation($input: CreateDockingEventInput!) { createDockingEvent(input: $input) { id } }`;
const SESSION = `mutation($e: ID!, $i: MeetingSessionInput!) { addMeetingSession(eventId: $e, input: $i) { id slots } }`;

/**
 * Scenario 14, limits: what an organiser may create is bounded, and so is what anyone may read,
 * whatever the database holds. Each attack as it was sent in the review (issue 12, finding 5).
 */
describe('limits on the work one request can cause', () => {
  const { api } = useStack({ worker: false, isolated: true });
  let org: GraphQLClient;

  beforeAll(async () => {
    org = await organiser(api);
  });

  const century = {
    title: '百年对接会',
    theme: '压力测试',
    sectors: ['LIQUOR_TOBACCO'],
    venue: '贵阳',
    startsAt: '2030-01-01T00:00:00+08:00',
    endsAt: '2130-01-01T00:00:00+08:00',
    slotMinutes: 5,
    tables: [{ label: 'T1' }],
  };

  it('refuses an event a century long with 5-minute slots, naming endsAt in Chinese', async () => {
    const err = await org.rawFails(CREATE, { input: century });
    expect(err.extensions?.code).toBe('BAD_USER_INPUT');
    expect(err.extensions?.fields).toContain('endsAt');
    expect(err.message).toMatch(/31 天/);
  });

  it('refuses 201 tables, naming tables', async () => {
    const tables = Array.from({ length: 201 }, (_, i) => ({ label: `T${i}` }));
    const err = await org.rawFails(CREATE, {
      input: { ...century, endsAt: '2030-01-02T00:00:00+08:00', tables },
    });
    expect(err.extensions?.code).toBe('BAD_USER_INPUT');
    expect(err.extensions?.fields).toContain('tables');
  });

  it('refuses a session cut into more than 500 slots, and sessions past 1,000 slots in all', async () => {
    const eventId = await createEvent(org, {
      startsAt: '2030-03-01T00:00:00+08:00',
      endsAt: '2030-03-31T00:00:00+08:00',
      slotMinutes: 5,
    });
    // 30 days of 5-minute slots in one session: 8,640 slots.
    const long = await org.rawFails(SESSION, {
      e: eventId,
      i: { title: '全月', startsAt: '2030-03-01T00:00:00+08:00', endsAt: '2030-03-31T00:00:00+08:00' },
    });
    expect(long.extensions?.code).toBe('BAD_USER_INPUT');
    expect(long.extensions?.fields).toContain('endsAt');
    expect(long.message).toMatch(/500/);
    // Sessions of 480 slots (40 h) each: two fit, the third would pass 1,000 in all.
    const day = (d: number) => `2030-03-${String(d).padStart(2, '0')}`;
    for (const d of [1, 3]) {
      const ok = await org.rawOk(SESSION, {
        e: eventId,
        i: { title: `第${d}天`, startsAt: `${day(d)}T00:00:00+08:00`, endsAt: `${day(d + 1)}T16:00:00+08:00` },
      });
      expect(ok.addMeetingSession.slots).toHaveLength(480);
    }
    const third = await org.rawFails(SESSION, {
      e: eventId,
      i: { title: '第5天', startsAt: `${day(5)}T00:00:00+08:00`, endsAt: `${day(6)}T16:00:00+08:00` },
    });
    expect(third.extensions?.fields).toContain('endsAt');
    expect(third.message).toMatch(/1000/);
  });

  it('answers an anonymous read of a century-long event stored before the limits at once, with 500 slots', async () => {
    const eventId = await createEvent(org, {
      startsAt: '2030-01-01T00:00:00+08:00',
      endsAt: '2030-01-01T12:00:00+08:00',
      slotMinutes: 5,
    });
    // As if written before this release: the row check is NOT VALID for old rows, so drop it here.
    const db = new Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
    try {
      await db.query(`ALTER TABLE docking_event DROP CONSTRAINT IF EXISTS ck_docking_event_length`);
      await db.query(`UPDATE docking_event SET ends_at = starts_at + interval '100 years' WHERE id = $1`, [eventId]);
      await db.query(
        `INSERT INTO meeting_session (event_id, title, starts_at, ends_at)
         SELECT id, '百年场次', starts_at, ends_at FROM docking_event WHERE id = $1`,
        [eventId],
      );
    } finally {
      await db.end();
    }
    const anonymous = api.withToken(undefined);
    // The review's request, as sent.
    const started = Date.now();
    const ids = await anonymous.rawOk(`query($id: ID!) { dockingEvent(id: $id) { sessions { id } } }`, { id: eventId });
    const ms = Date.now() - started;
    process.stdout.write(`century-long event, anonymous dockingEvent { sessions { id } }: ${ms} ms\n`);
    expect(ids.dockingEvent.sessions).toHaveLength(1);
    expect(ms).toBeLessThan(2_000);
    const slots = await anonymous.rawOk(`query($id: ID!) { dockingEvent(id: $id) { sessions { slots } } }`, {
      id: eventId,
    });
    expect(slots.dockingEvent.sessions[0].slots).toHaveLength(500);
  });

  it('pages an event’s lists: first over 500 is refused naming first, and first is obeyed', async () => {
    const eventId = await createEvent(org);
    for (let i = 0; i < 3; i++) {
      const firm = await enterpriseMember(api);
      await firm.client.rawOk(`mutation($e: ID!) { registerForEvent(eventId: $e) { id } }`, { e: eventId });
    }
    const all = await org.rawOk(`query($id: ID!) { dockingEvent(id: $id) { registrations { id } } }`, { id: eventId });
    expect(all.dockingEvent.registrations).toHaveLength(3);
    const two = await org.rawOk(`query($id: ID!) { dockingEvent(id: $id) { registrations(first: 2) { id } } }`, {
      id: eventId,
    });
    expect(two.dockingEvent.registrations).toHaveLength(2);
    // A registration row holding more listings than a firm may bring (as an import can write it) reads as 50.
    const firm = await enterpriseMember(api);
    const listingId = (await createListing(firm.client)).id;
    await firm.client.rawOk(`mutation($e: ID!, $l: [ID!]) { registerForEvent(eventId: $e, listingIds: $l) { id } }`, {
      e: eventId,
      l: [listingId],
    });
    const db = new Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
    try {
      await db.query(
        `UPDATE event_registration SET listing_ids = array_fill($1::uuid, ARRAY[60]) WHERE $1 = ANY(listing_ids)`,
        [listingId],
      );
    } finally {
      await db.end();
    }
    const held = await org.rawOk(`query($id: ID!) { dockingEvent(id: $id) { registrations { listings { id } } } }`, {
      id: eventId,
    });
    expect(Math.max(...held.dockingEvent.registrations.map((r: { listings: unknown[] }) => r.listings.length))).toBe(
      50,
    );
    for (const field of ['registrations', 'meetingRequests', 'meetings', 'deals']) {
      const err = await org.rawFails(`query($id: ID!) { dockingEvent(id: $id) { ${field}(first: 501) { id } } }`, {
        id: eventId,
      });
      expect(err.extensions?.code).toBe('BAD_USER_INPUT');
      expect(err.extensions?.fields).toEqual(['first']);
    }
  });

  it('refuses, by its cost, a small query whose lists could hold 150,000 objects', async () => {
    const eventId = await createEvent(org);
    const res = await api
      .withToken(undefined)
      .rawRequest(
        `query($id: ID!) { dockingEvent(id: $id) { registrations { listings { id title description quantity } } } }`,
        { id: eventId },
      );
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MAX_COST' });
  });
});
