import ExcelJS from 'exceljs';

import { graphql } from './generated';
import { approvedFirms, createEvent, organiser, REQUEST, RESPOND, solve } from './support/events';
import { enterpriseMember } from './support/factories';
import type { GraphQLClient } from './support/graphql';
import { useStack } from './support/stack';

const MEETINGS = graphql(
  `query MeetingsDockingEvent($id: ID!) { dockingEvent(id: $id) { meetings { id startsAt endsAt table published parties { id name } request { id } } } }`,
);
const AGENDA = graphql(
  `query MeetingsMyAgenda($e: ID!) { myAgenda(eventId: $e) { id startsAt table parties { id name } published } }`,
);
const INBOX = graphql(
  `query MeetingsNotifications { notifications(first: 50) { edges { node { kind title body data } } } }`,
);

const at = (hhmm: string) => new Date(`2030-09-15T${hhmm}:00+08:00`).toISOString();
/** `2030年9月15日 09:20` for an instant (Shanghai is UTC+8 all year). */
const inChinese = (iso: string, plusMinutes = 0) => {
  const d = new Date(Date.parse(iso) + (8 * 60 + plusMinutes) * 60_000);
  const hhmm = d.toISOString().slice(11, 16);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${hhmm}`;
};

/** Unfolds and splits an iCalendar text into its VEVENT property maps. */
function parseIcs(text: string): Record<string, string>[] {
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') {
      events.push(current!);
      current = null;
    } else if (current) {
      const i = line.indexOf(':');
      current[line.slice(0, i)] = line
        .slice(i + 1)
        .replace(/\\n/g, '\n')
        .replace(/\\([,;\\])/g, '$1');
    }
  }
  return events;
}

describe('docking events: registrations, requests, the scheduler and agendas (e2e)', () => {
  const { api } = useStack();
  let org: GraphQLClient;
  let eventId: string;
  let firms: Awaited<ReturnType<typeof enterpriseMember>>[];

  beforeAll(async () => {
    org = await organiser(api);
    eventId = await createEvent(org, { maxRequestsPerFirm: 2 });
  });

  it('cuts sessions into slots and refuses overlapping or outside ones', async () => {
    const ADD = graphql(
      `mutation MeetingsAddMeetingSession($e: ID!, $input: MeetingSessionInput!) { addMeetingSession(eventId: $e, input: $input) { id slots } }`,
    );
    const morning = await org.ok(ADD, {
      e: eventId,
      input: { title: '上午场', startsAt: at('09:00'), endsAt: at('10:00') },
    });
    expect(morning.addMeetingSession.slots).toEqual([at('09:00'), at('09:20'), at('09:40')]);
    await org.ok(ADD, { e: eventId, input: { title: '下午场', startsAt: at('14:00'), endsAt: at('15:00') } });
    const overlap = await org.fails(ADD, {
      e: eventId,
      input: { title: '重叠', startsAt: at('09:30'), endsAt: at('10:30') },
    });
    expect(overlap.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['startsAt'] });
    const outside = await org.fails(ADD, {
      e: eventId,
      input: { title: '场外', startsAt: at('19:00'), endsAt: at('20:00') },
    });
    expect(outside.extensions?.fields).toEqual(['startsAt']);
    const member = await enterpriseMember(api);
    expect(
      (
        await member.client.fails(ADD, {
          e: eventId,
          input: { title: 'x', startsAt: at('11:00'), endsAt: at('12:00') },
        })
      ).extensions?.code,
    ).toBe('FORBIDDEN');
  });

  it('registers firms, and only the organiser approves; the firm is notified', async () => {
    firms = await approvedFirms(api, org, eventId, 4); // A, B, C, E
    const inbox = await firms[0].client.ok(INBOX);
    expect(inbox.notifications.edges.map((e) => e.node.kind)).toContain('EVENT_REGISTRATION_APPROVED');
    const pending = await enterpriseMember(api);
    const reg = await pending.client.ok(
      graphql(`mutation MeetingsRegisterForEvent($e: ID!) { registerForEvent(eventId: $e) { id status } }`),
      {
        e: eventId,
      },
    );
    expect(reg.registerForEvent.status).toBe('PENDING');
    const err = await firms[1].client.fails(
      graphql(`mutation MeetingsReviewRegistration($id: ID!) { reviewRegistration(id: $id, approve: true) { id } }`),
      { id: reg.registerForEvent.id },
    );
    expect(err.extensions?.code).toBe('FORBIDDEN');
    // A pending registrant may not ask for meetings.
    const asked = await pending.client.fails(REQUEST, {
      e: eventId,
      input: { withEnterpriseId: firms[0].enterpriseId },
    });
    expect(asked.extensions?.code).toBe('FORBIDDEN');
    const list = await api.ok(
      graphql(
        `query MeetingsDockingEvent2($id: ID!) { dockingEvent(id: $id) { registrations { status enterprise { id } } } }`,
      ),
      { id: eventId },
    );
    expect(list.dockingEvent!.registrations.every((r) => r.status === 'APPROVED')).toBe(true);
  });

  it('handles meeting requests: no duplicates, a cap per firm, asking back accepts, tags must exist', async () => {
    const [a, b, c, e] = firms;
    const ab = (
      await a.client.ok(REQUEST, {
        e: eventId,
        input: { withEnterpriseId: b.enterpriseId, message: '想了解贵司酒瓶产能' },
      })
    ).requestMeeting;
    expect(ab).toMatchObject({ status: 'PENDING', message: '想了解贵司酒瓶产能' });
    expect(
      (await a.client.fails(REQUEST, { e: eventId, input: { withEnterpriseId: b.enterpriseId } })).extensions?.code,
    ).toBe('CONFLICT');
    expect(
      (await b.client.fails(REQUEST, { e: eventId, input: { withEnterpriseId: e.enterpriseId, tableTags: ['vip'] } }))
        .extensions?.fields,
    ).toEqual(['tableTags']);
    const ac = (
      await a.client.ok(REQUEST, {
        e: eventId,
        input: { withEnterpriseId: c.enterpriseId, tableTags: ['Interpreter'] },
      })
    ).requestMeeting;
    expect(ac.tableTags).toEqual(['interpreter']);
    const capped = await a.client.fails(REQUEST, { e: eventId, input: { withEnterpriseId: e.enterpriseId } });
    expect(capped.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(capped.message).toContain('最多发起 2 个');
    // C asks A back: that accepts A's request, and both sides wanted it.
    const back = (await c.client.ok(REQUEST, { e: eventId, input: { withEnterpriseId: a.enterpriseId } }))
      .requestMeeting;
    expect(back).toMatchObject({ id: ac.id, status: 'ACCEPTED', mutual: true });
    const bc = (await b.client.ok(REQUEST, { e: eventId, input: { withEnterpriseId: c.enterpriseId } })).requestMeeting;
    const eb = (await e.client.ok(REQUEST, { e: eventId, input: { withEnterpriseId: b.enterpriseId } })).requestMeeting;
    // a firm with no part in A's request to B is told no such request exists; A, its requester, may not answer it
    expect((await c.client.fails(RESPOND, { id: ab.id, a: true })).extensions?.code).toBe('NOT_FOUND');
    expect((await a.client.fails(RESPOND, { id: ab.id, a: true })).extensions?.code).toBe('FORBIDDEN');
    expect((await b.client.ok(RESPOND, { id: ab.id, a: true })).respondToMeetingRequest.status).toBe('ACCEPTED');
    expect((await b.client.fails(RESPOND, { id: ab.id, a: false })).extensions?.code).toBe('CONFLICT');
    await c.client.ok(RESPOND, { id: bc.id, a: true });
    await b.client.ok(RESPOND, { id: eb.id, a: false });
    const kinds = (await a.client.ok(INBOX)).notifications.edges.map((x) => x.node.kind);
    expect(kinds).toEqual(expect.arrayContaining(['MEETING_ACCEPTED']));
    expect((await b.client.ok(INBOX)).notifications.edges.map((x) => x.node.kind)).toContain('MEETING_REQUESTED');
  });

  it('lets a firm ask another again once after withdrawing, not without end (each ask notifies the firm)', async () => {
    const spamEvent = await createEvent(org, { maxRequestsPerFirm: 30 });
    const [asker, target] = await approvedFirms(api, org, spamEvent, 2);
    const CANCEL = graphql(
      `mutation MeetingsCancelMeetingRequest($id: ID!) { cancelMeetingRequest(id: $id) { id status } }`,
    );
    const ask = async () =>
      (await asker.client.ok(REQUEST, { e: spamEvent, input: { withEnterpriseId: target.enterpriseId } }))
        .requestMeeting;
    await asker.client.ok(CANCEL, { id: (await ask()).id });
    await asker.client.ok(CANCEL, { id: (await ask()).id });
    const third = await asker.client.fails(REQUEST, {
      e: spamEvent,
      input: { withEnterpriseId: target.enterpriseId },
    });
    expect(third.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['withEnterpriseId'] });
    expect(third.message).toContain('含已撤回的');
    const asked = (await target.client.ok(INBOX)).notifications.edges.filter(
      (x) => x.node.kind === 'MEETING_REQUESTED',
    );
    expect(asked).toHaveLength(2);
  });

  it('solves, publishes and edits the schedule; agendas, .ics and .xlsx follow', async () => {
    const [a, b, c] = firms;
    const SET = graphql(
      `mutation MeetingsSetUnavailableSlots($e: ID!, $s: [DateTime!]!) { setUnavailableSlots(eventId: $e, slotStarts: $s) { unavailableSlots } }`,
    );
    expect((await b.client.fails(SET, { e: eventId, s: [at('09:10')] })).extensions?.fields).toEqual(['slotStarts']);
    expect(
      (await b.client.ok(SET, { e: eventId, s: [at('09:00'), at('09:20')] })).setUnavailableSlots.unavailableSlots,
    ).toEqual([at('09:00'), at('09:20')]);

    const run = await solve(org, eventId);
    expect(run).toMatchObject({ status: 'DONE', placed: 3, unplaced: 0 });
    expect(run.upperBound).toBeGreaterThanOrEqual(run.objective!);
    let meetings = (await org.ok(MEETINGS, { id: eventId })).dockingEvent!.meetings;
    expect(meetings).toHaveLength(3);
    const busy = new Set<string>();
    for (const m of meetings) {
      expect(m.published).toBe(false);
      for (const p of m.parties) {
        expect(busy.has(`${p.id}@${m.startsAt}`)).toBe(false);
        busy.add(`${p.id}@${m.startsAt}`);
        if (p.id === b.enterpriseId) expect([at('09:00'), at('09:20')]).not.toContain(m.startsAt);
      }
      const ids = m.parties.map((p) => p.id).sort();
      if (ids.join() === [a.enterpriseId, c.enterpriseId].sort().join()) expect(m.table).toBe('T1');
    }
    // Nothing is visible to participants before publishing.
    expect((await a.client.ok(AGENDA, { e: eventId })).myAgenda).toEqual([]);

    await org.ok(
      graphql(`mutation MeetingsPublishSchedule($e: ID!) { publishSchedule(eventId: $e) { schedulePublishedAt } }`),
      { e: eventId },
    );
    const agenda = (await a.client.ok(AGENDA, { e: eventId })).myAgenda;
    expect(agenda).toHaveLength(2);
    const inbox = (await a.client.ok(INBOX)).notifications.edges.map((x) => x.node);
    const scheduled = inbox.find((n) => n.kind === 'MEETING_SCHEDULED');
    expect(scheduled!.title).toContain('2 场');

    // A later run keeps published meetings exactly where they are.
    const again = await solve(org, eventId);
    expect(again).toMatchObject({ status: 'DONE', placed: 0, unplaced: 0 });
    const after = (await org.ok(MEETINGS, { id: eventId })).dockingEvent!.meetings;
    expect(after.map((m) => [m.id, m.startsAt, m.table]).sort()).toEqual(
      meetings.map((m) => [m.id, m.startsAt, m.table]).sort(),
    );

    // Moving by hand: onto a busy table is refused; onto a free one notifies both parties.
    const MOVE = graphql(
      `mutation MeetingsMoveMeeting($id: ID!, $s: DateTime!, $t: String!) { moveMeeting(id: $id, startsAt: $s, table: $t) { id startsAt table } }`,
    );
    const [first, second] = meetings;
    expect((await org.fails(MOVE, { id: first.id, s: second.startsAt, t: second.table })).extensions?.code).toBe(
      'CONFLICT',
    );
    expect((await org.fails(MOVE, { id: first.id, s: at('09:05'), t: 'T2' })).extensions?.fields).toEqual(['startsAt']);
    const ab = meetings.find((m) => m.table !== 'T1' && m.parties.some((p) => p.id === a.enterpriseId));
    // The first slot where neither A nor B meets, at a table free then.
    const partiesAt = (slot: string) =>
      meetings.filter((m) => m.startsAt === slot).flatMap((m) => m.parties.map((p) => p.id));
    const target = ['09:00', '09:20', '09:40', '14:00', '14:20', '14:40']
      .map(at)
      .find(
        (slot) =>
          slot !== ab!.startsAt &&
          !partiesAt(slot).includes(a.enterpriseId) &&
          !partiesAt(slot).includes(b.enterpriseId),
      )!;
    const table = ['T3', 'T2'].find((t) => !meetings.some((m) => m.startsAt === target && m.table === t))!;
    const moved = (await org.ok(MOVE, { id: ab!.id, s: target, t: table })).moveMeeting;
    expect(moved).toMatchObject({ startsAt: target, table });
    const bKinds = (await b.client.ok(INBOX)).notifications.edges.map((x) => x.node.kind);
    expect(bKinds).toContain('MEETING_MOVED');
    // Notices say the time in Shanghai in Chinese words, never an ISO string.
    const movedNotice = (await b.client.ok(INBOX)).notifications.edges.find((x) => x.node.kind === 'MEETING_MOVED');
    expect(movedNotice!.node.body).toContain(
      `改为 ${inChinese(target)}–${inChinese(target, 20).slice(-5)}，${table}。`,
    );
    expect(scheduled!.body).toMatch(/^2030年9月15日 \d{2}:\d{2}–\d{2}:\d{2} T\d /m);
    for (const text of [movedNotice!.node.body, scheduled!.body])
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}|:\d{2}:\d{2}|Z\b/);
    meetings = (await org.ok(MEETINGS, { id: eventId })).dockingEvent!.meetings;

    // The calendar: A's two meetings, in Shanghai time, with table and counterpart.
    const ics = await fetch(`${api.baseUrl}/events/${eventId}/agenda.ics`, {
      headers: { authorization: `Bearer ${a.client.token}` },
    });
    expect(ics.status).toBe(200);
    expect(ics.headers.get('content-type')).toContain('text/calendar');
    const entries = parseIcs(await ics.text());
    expect(entries).toHaveLength(2);
    const movedEntry = entries.find((x) => x.UID === `meeting-${ab!.id}@duijie`)!;
    const local = (iso: string, plusMinutes = 0) =>
      new Date(Date.parse(iso) + (8 * 60 + plusMinutes) * 60_000).toISOString().replace(/[-:]/g, '').slice(0, 15);
    expect(movedEntry['DTSTART;TZID=Asia/Shanghai']).toBe(local(target));
    expect(movedEntry['DTEND;TZID=Asia/Shanghai']).toBe(local(target, 20));
    expect(movedEntry.SUMMARY).toContain(b.enterprise.name);
    expect(movedEntry.LOCATION).toContain(table);
    expect((await fetch(`${api.baseUrl}/events/${eventId}/agenda.ics`)).status).toBe(401);

    // The organisers' workbook: a grid per session and the participant list.
    const xlsx = await fetch(`${api.baseUrl}/events/${eventId}/schedule.xlsx`, {
      headers: { authorization: `Bearer ${org.token}` },
    });
    expect(xlsx.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as any);
    expect(book.worksheets.map((w) => w.name)).toEqual(['1 上午场', '2 下午场', '参会企业']);
    const afternoon = book.getWorksheet('2 下午场')!;
    expect(afternoon.getRow(3).values).toEqual([undefined, '桌号', '14:00–14:20', '14:20–14:40', '14:40–15:00']);
    // The moved meeting's cell: its table's row, its slot's column, both firms named.
    const sheet = target < at('12:00') ? book.getWorksheet('1 上午场')! : afternoon;
    const column = ['09:00', '09:20', '09:40', '14:00', '14:20', '14:40'].map(at).indexOf(target) % 3;
    const row = sheet.getRow(4 + ['T1', 'T2', 'T3'].indexOf(table)).values as string[];
    expect(row[1]).toBe(table);
    expect(row[2 + column]).toContain(b.enterprise.name);
    expect(row[2 + column]).toContain(a.enterprise.name);
    const people = book.getWorksheet('参会企业')!;
    expect(people.rowCount).toBe(1 + 5);
    expect(
      (
        await fetch(`${api.baseUrl}/events/${eventId}/schedule.xlsx`, {
          headers: { authorization: `Bearer ${a.client.token}` },
        })
      ).status,
    ).toBe(403);

    // Cancelling a published meeting tells both parties; the request lapses.
    await org.ok(graphql(`mutation MeetingsCancelMeeting($id: ID!) { cancelMeeting(id: $id) }`), { id: ab!.id });
    expect((await a.client.ok(AGENDA, { e: eventId })).myAgenda).toHaveLength(1);
    expect((await b.client.ok(INBOX)).notifications.edges.map((x) => x.node.kind)).toContain('MEETING_CANCELLED');
    expect(meetings).toHaveLength(3);
  }, 60_000);

  it('leaves exactly one meeting when 50 bookings race for one table and slot', async () => {
    const raceEvent = await createEvent(org, { tables: [{ label: 'R1' }, { label: 'R2' }] });
    await org.ok(
      graphql(
        `mutation MeetingsAddMeetingSession2($e: ID!, $input: MeetingSessionInput!) { addMeetingSession(eventId: $e, input: $input) { id } }`,
      ),
      {
        e: raceEvent,
        input: { title: '上午场', startsAt: at('09:00'), endsAt: at('10:00') },
      },
    );
    const people = await approvedFirms(api, org, raceEvent, 11);
    const pairs: [number, number][] = [];
    for (let i = 0; i < people.length && pairs.length < 50; i++)
      for (let j = i + 1; j < people.length && pairs.length < 50; j++) pairs.push([i, j]);
    // Each firm sends its requests one after another; firms send side by side.
    const byRequester = people.map((_, i) => pairs.filter(([x]) => x === i));
    const requests = (
      await Promise.all(
        byRequester.map(async (mine) => {
          const ids: string[] = [];
          for (const [i, j] of mine) {
            const q = (
              await people[i].client.ok(REQUEST, { e: raceEvent, input: { withEnterpriseId: people[j].enterpriseId } })
            ).requestMeeting;
            await people[j].client.ok(RESPOND, { id: q.id, a: true });
            ids.push(q.id);
          }
          return ids;
        }),
      )
    ).flat();
    const BOOK = graphql(
      `mutation MeetingsBookMeeting($id: ID!, $s: DateTime!, $t: String!) { bookMeeting(requestId: $id, startsAt: $s, table: $t) { id } }`,
    );
    const outcomes = await Promise.all(requests.map((id) => org.request(BOOK, { id, s: at('09:20'), t: 'R1' })));
    expect(outcomes.filter((o) => !o.errors).length).toBe(1);
    expect(outcomes.filter((o) => o.errors).every((o) => o.errors![0].extensions?.code === 'CONFLICT')).toBe(true);
    const placed = (await org.ok(MEETINGS, { id: raceEvent })).dockingEvent!.meetings;
    expect(placed).toHaveLength(1);
    expect(placed[0]).toMatchObject({ table: 'R1', startsAt: at('09:20') });
  }, 60_000);
});
