import { getDataSourceToken } from '@nestjs/typeorm';
import fc from 'fast-check';
import type { DataSource } from 'typeorm';

import { createEvent, organiser } from '../support/events';
import { enterpriseMember } from '../support/factories';
import type { GraphQLClient } from '../support/graphql';
import { useStack } from '../support/stack';

/**
 * Scenario 9: property-based fuzzing of the input types. Whatever the values — any Unicode, NUL,
 * huge or negative numbers, wrong types, long arrays — the answer is data or a GraphQL error with a
 * client code, never a 500 or INTERNAL_SERVER_ERROR, and a refused write leaves no row behind.
 */
describe('fuzzed inputs (reliability)', () => {
  const { api, stack } = useStack({ worker: false, isolated: true });
  let member: Awaited<ReturnType<typeof enterpriseMember>>;
  let org: GraphQLClient;
  let eventId: string;
  beforeAll(async () => {
    member = await enterpriseMember(api);
    org = await organiser(api);
    eventId = await createEvent(org);
  });

  const text = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.constantFrom('', ' ', '\u0000', "'; DROP TABLE listing; --", '<script>', '𠀀'.repeat(200), 'x'.repeat(5000)),
  );
  const number = fc.oneof(fc.double({ noNaN: true }), fc.integer(), fc.constantFrom(0, -1, 1e308, -1e308, 2 ** 53));
  const anyValue = fc.oneof(text, number, fc.boolean(), fc.constant(null), fc.array(text, { maxLength: 3 }));
  const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

  async function check(client: GraphQLClient, query: string, variables: Record<string, unknown>): Promise<boolean> {
    const res = await client.rawRequest(query, variables);
    const codes = (res.errors ?? []).map((e) => String(e.extensions?.code));
    if (res.status >= 500 || codes.includes('INTERNAL_SERVER_ERROR') || codes.includes('undefined')) {
      throw new Error(`${res.status} ${JSON.stringify(res.errors)} for ${JSON.stringify(variables).slice(0, 300)}`);
    }
    return !res.errors?.length;
  }

  it('createListing: any field values answer data or BAD_USER_INPUT; refused ones write nothing', async () => {
    const db = stack().api.get<DataSource>(getDataSourceToken());
    const count = async () =>
      (await db.query(`SELECT count(*)::int AS n FROM listing WHERE enterprise_id = $1`, [member.enterpriseId]))[0].n;
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          kind: fc.oneof(fc.constantFrom('SUPPLY', 'DEMAND'), text),
          title: text,
          description: maybe(text),
          categoryCode: fc.oneof(fc.constantFrom('3055', '1512'), text),
          quantity: maybe(anyValue),
          unit: maybe(fc.oneof(fc.constantFrom('吨', '只'), text)),
          priceMin: maybe(number),
          priceMax: maybe(number),
          regionCode: maybe(fc.oneof(fc.constant('520102'), text)),
          certifications: maybe(fc.array(fc.oneof(fc.constant('ISO9001'), text), { maxLength: 5 })),
          validUntil: maybe(fc.oneof(fc.constant('2031-01-01'), text)),
          confidential: maybe(fc.boolean()),
        }),
        async (input) => {
          const before = await count();
          const ok = await check(
            member.client,
            `mutation($i: CreateListingInput!) { createListing(input: $i) { id } }`,
            { i: input },
          );
          expect(await count()).toBe(before + (ok ? 1 : 0));
        },
      ),
      { numRuns: 120, seed: 7 },
    );
  }, 120_000);

  it('filters, enterprise registration, events, requests and deals: never a 500', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          kind: maybe(anyValue),
          text: maybe(text),
          categoryCode: maybe(text),
          regionCode: maybe(text),
          status: maybe(anyValue),
          sector: maybe(anyValue),
        }),
        maybe(fc.integer()),
        maybe(text),
        async (filter, first, after) => {
          await check(
            api,
            `query($f: ListingFilter, $first: Int, $after: String) { listings(filter: $f, first: $first, after: $after) { totalCount edges { node { id } } } }`,
            { f: filter, first, after },
          );
        },
      ),
      { numRuns: 100, seed: 8 },
    );
    const user = (await import('../support/factories')).signUp;
    const fresh = (await user(api)).client;
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          name: text,
          creditCode: text,
          regionCode: text,
          sector: fc.oneof(fc.constant('SUPPORTING'), text),
          categoryCodes: maybe(fc.array(text, { maxLength: 3 })),
          description: maybe(text),
          contactName: maybe(text),
          contactPhone: maybe(text),
        }),
        async (i) => {
          await check(fresh, `mutation($i: RegisterEnterpriseInput!) { registerEnterprise(input: $i) { id } }`, { i });
        },
      ),
      { numRuns: 60, seed: 9 },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          title: text,
          theme: text,
          sectors: fc.array(fc.oneof(fc.constant('ECO_FOOD'), text), { maxLength: 3 }),
          venue: text,
          startsAt: fc.oneof(fc.constant('2031-01-01T09:00:00+08:00'), text),
          endsAt: fc.oneof(fc.constant('2031-01-01T17:00:00+08:00'), text),
          slotMinutes: anyValue,
          tables: fc.array(fc.record({ label: text, tags: maybe(fc.array(text, { maxLength: 3 })) }), { maxLength: 3 }),
          maxRequestsPerFirm: maybe(anyValue),
        }),
        async (i) => {
          await check(org, `mutation($i: CreateDockingEventInput!) { createDockingEvent(input: $i) { id } }`, { i });
        },
      ),
      { numRuns: 60, seed: 10 },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          withEnterpriseId: fc.oneof(fc.uuid(), text),
          matchSuggestionId: maybe(fc.oneof(fc.uuid(), text)),
          message: maybe(text),
          tableTags: maybe(fc.array(text, { maxLength: 3 })),
        }),
        async (input) => {
          await check(
            member.client,
            `mutation($e: ID!, $i: MeetingRequestInput!) { requestMeeting(eventId: $e, input: $i) { id } }`,
            { e: eventId, i: input },
          );
        },
      ),
      { numRuns: 60, seed: 11 },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          meetingId: maybe(fc.oneof(fc.uuid(), text)),
          supplierEnterpriseId: maybe(fc.oneof(fc.uuid(), text)),
          buyerEnterpriseId: maybe(fc.oneof(fc.uuid(), text)),
          eventId: maybe(fc.oneof(fc.constant(eventId), text)),
          stage: fc.oneof(fc.constantFrom('INTENT', 'SIGNED'), text),
          amountCny: maybe(anyValue),
          note: maybe(text),
        }),
        async (input) => {
          await check(member.client, `mutation($i: RecordDealInput!) { recordDeal(input: $i) { id } }`, { i: input });
        },
      ),
      { numRuns: 60, seed: 12 },
    );
  }, 180_000);
});
