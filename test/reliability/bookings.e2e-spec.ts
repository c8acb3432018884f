import { graphql } from '../generated';
import { approvedFirms, createEvent, organiser, REQUEST, RESPOND } from '../support/events';
import type { GraphQLClient } from '../support/graphql';
import { useStack } from '../support/stack';

/** Scenario 6: one firm booked 50 times at once for the same slot at 50 different tables: one wins. */
describe('concurrent bookings of one firm (reliability)', () => {
  const { api } = useStack({ isolated: true });
  const at = (hhmm: string) => new Date(`2030-10-15T${hhmm}:00+08:00`).toISOString();

  it('leaves one meeting when 50 bookings put one firm into the same slot at different tables; the rest get CONFLICT, no 500', async () => {
    const org: GraphQLClient = await organiser(api);
    const tables = Array.from({ length: 50 }, (_, i) => ({ label: `F${i + 1}` }));
    const eventId = await createEvent(org, {
      startsAt: '2030-10-15T08:00:00+08:00',
      endsAt: '2030-10-15T18:00:00+08:00',
      tables,
    });
    await org.ok(
      graphql(
        `mutation BookingsAddMeetingSession($e: ID!, $input: MeetingSessionInput!) { addMeetingSession(eventId: $e, input: $input) { id } }`,
      ),
      {
        e: eventId,
        input: { title: '上午场', startsAt: at('09:00'), endsAt: at('10:00') },
      },
    );
    // A popular buyer asked by 50 suppliers: 51 firms, 50 accepted requests all involving the buyer.
    const [buyer, ...suppliers] = await approvedFirms(api, org, eventId, 51);
    const requests = await Promise.all(
      suppliers.map(async (s) => {
        const q = (await s.client.ok(REQUEST, { e: eventId, input: { withEnterpriseId: buyer.enterpriseId } }))
          .requestMeeting;
        await buyer.client.ok(RESPOND, { id: q.id, a: true });
        return q.id;
      }),
    );
    const BOOK = graphql(
      `mutation BookingsBookMeeting($id: ID!, $s: DateTime!, $t: String!) { bookMeeting(requestId: $id, startsAt: $s, table: $t) { id } }`,
    );
    const outcomes = await Promise.all(
      requests.map((id, i) => org.request(BOOK, { id, s: at('09:20'), t: `F${i + 1}` })),
    );
    const codes = outcomes.map((o) => (o.errors ? String(o.errors[0].extensions?.code) : 'OK'));
    expect(outcomes.every((o) => o.status < 500)).toBe(true);
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    expect(codes.filter((c) => c === 'CONFLICT')).toHaveLength(49);
    const meetings = (
      await org.ok(graphql(`query BookingsDockingEvent($id: ID!) { dockingEvent(id: $id) { meetings { id } } }`), {
        id: eventId,
      })
    ).dockingEvent!.meetings;
    expect(meetings).toHaveLength(1);
  }, 120_000);
});
