import { graphql } from '../generated';
import { createListing, enterpriseMember, listingInput } from '../support/factories';
import { useStack } from '../support/stack';

const CREATE = graphql(
  `mutation ListingFloodCreate($input: CreateListingInput!) { createListing(input: $input) { id } }`,
);
const CLOSE = graphql(`mutation ListingFloodClose($id: ID!) { closeListing(id: $id) { id status } }`);

/**
 * An outside tester's find: one free account posted 630 listings in 7 s, each a match job for every
 * firm's worker. A firm's posts are now counted (an hour's, and those open at once), also when they
 * arrive all at once; another firm is not held by it.
 */
describe('one firm flooding listings (reliability)', () => {
  process.env.LISTINGS_MAX_PER_HOUR_PER_FIRM = '8';
  process.env.LISTINGS_MAX_OPEN_PER_FIRM = '5';
  const { api } = useStack({ worker: false, isolated: true });
  afterAll(() => {
    delete process.env.LISTINGS_MAX_PER_HOUR_PER_FIRM;
    delete process.env.LISTINGS_MAX_OPEN_PER_FIRM;
  });

  it('twenty posts at once: five are accepted, the rest refused as RATE_LIMITED in Chinese, and another firm still posts', async () => {
    const flooder = await enterpriseMember(api);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        flooder.client.request(CREATE, { input: listingInput({ title: `玻璃瓶 ${i}` }) }),
      ),
    );
    const accepted = results.filter((r) => !r.errors);
    const refused = results.filter((r) => r.errors);
    expect(accepted).toHaveLength(5);
    expect(refused).toHaveLength(15);
    for (const r of refused) {
      expect(r.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
      expect(r.errors?.[0].extensions?.reason).toBe('LISTINGS_OPEN');
      expect(r.errors?.[0].message).toMatch(/已达上限（5 条）/);
    }
    const other = await enterpriseMember(api);
    await createListing(other.client);
  });

  it('closing listings makes room for open ones, until the hour’s allowance is used', async () => {
    const firm = await enterpriseMember(api);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await createListing(firm.client, { title: `酒瓶 ${i}` })).id);
    expect((await firm.client.fails(CREATE, { input: listingInput() })).extensions?.reason).toBe('LISTINGS_OPEN');
    for (const id of ids.slice(0, 4)) await firm.client.ok(CLOSE, { id });
    for (let i = 0; i < 3; i++) await createListing(firm.client, { title: `新酒瓶 ${i}` });
    const err = await firm.client.fails(CREATE, { input: listingInput() });
    expect(err.extensions?.code).toBe('RATE_LIMITED');
    expect(err.extensions?.reason).toBe('LISTINGS_PER_HOUR');
    expect(err.extensions?.retryAfterSeconds).toBe(3600);
    expect(err.message).toMatch(/过去 1 小时已发布 8 条/);
  });
});
