import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { graphql } from '../generated';
import { approvedFirms, createEvent, organiser, REQUEST, RESPOND } from '../support/events';
import { useStack } from '../support/stack';

const at = (hhmm: string) => new Date(`2030-09-15T${hhmm}:00+08:00`).toISOString();
const SESSION = graphql(
  `mutation EventEndedAddSession($e: ID!, $i: MeetingSessionInput!) { addMeetingSession(eventId: $e, input: $i) { id } }`,
);
const CREATE_ROUND_TABLE = graphql(
  `mutation EventEndedCreateRoundTable($e: ID!, $i: RoundTableInput!) { createRoundTable(eventId: $e, input: $i) { id } }`,
);
const TAKE = graphql(`mutation EventEndedTakeSeat($id: ID!) { takeRoundTableSeat(id: $id) { id seatsTaken } }`);

/**
 * An outside tester's find: at an event held in 2020, firms could still in 2026 add and accept meeting
 * requests and take seats at round tables that had ended, moving its report's figures. An ended event
 * takes no new request and accepts none; an ended round table seats nobody; declining stays possible.
 */
describe('an event or round table that has ended (reliability)', () => {
  const { api, stack } = useStack({ worker: false });

  it('refuses new and accepted meeting requests and seats once the event has ended, in Chinese', async () => {
    const org = await organiser(api);
    const eventId = await createEvent(org);
    await org.ok(SESSION, { e: eventId, i: { title: '上午场', startsAt: at('09:00'), endsAt: at('10:00') } });
    const [a, b, c, host] = await approvedFirms(api, org, eventId, 4);
    const pending = (await a.client.ok(REQUEST, { e: eventId, input: { withEnterpriseId: b.enterpriseId } }))
      .requestMeeting;
    const toDecline = (await c.client.ok(REQUEST, { e: eventId, input: { withEnterpriseId: b.enterpriseId } }))
      .requestMeeting;
    const roundTable = (
      await org.ok(CREATE_ROUND_TABLE, {
        e: eventId,
        i: {
          hostEnterpriseId: host.enterpriseId,
          topic: '包装配套圆桌',
          table: 'T1',
          startsAt: at('09:00'),
          slots: 1,
          capacity: 5,
        },
      })
    ).createRoundTable;

    // The event takes place, long ago.
    const db = stack().api.get<DataSource>(getDataSourceToken());
    const past = "interval '3650 days'";
    await db.query(
      `UPDATE docking_event SET starts_at = starts_at - ${past}, ends_at = ends_at - ${past}, registration_closes_at = NULL WHERE id = $1`,
      [eventId],
    );
    await db.query(
      `UPDATE round_table SET starts_at = starts_at - ${past}, ends_at = ends_at - ${past} WHERE id = $1`,
      [roundTable.id],
    );

    const late = await a.client.fails(REQUEST, { e: eventId, input: { withEnterpriseId: c.enterpriseId } });
    expect(late.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ENDED' });
    expect(late.message).toContain('本活动已结束');
    const accepted = await b.client.fails(RESPOND, { id: pending.id, a: true });
    expect(accepted.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ENDED' });
    expect((await b.client.ok(RESPOND, { id: toDecline.id, a: false })).respondToMeetingRequest.status).toBe(
      'DECLINED',
    );
    const seat = await a.client.fails(TAKE, { id: roundTable.id });
    expect(seat.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ENDED' });
    expect(seat.message).toContain('已结束');
  });
});
