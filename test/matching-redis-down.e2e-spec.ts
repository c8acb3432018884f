import { createListing, enterpriseMember } from './support/factories';
import { GraphQLClient } from './support/graphql';
import { matched, suggestions } from './support/matching';
import { PrivateRedis } from './support/private-redis';
import type { Stack } from './support/stack';
import { startStack } from './support/stack';

describe('matching survives Redis being away (e2e)', () => {
  let redis: PrivateRedis;
  let stack: Stack;
  let api: GraphQLClient;
  const sharedRedisUrl = process.env.REDIS_URL;

  beforeAll(async () => {
    redis = await PrivateRedis.start();
    process.env.REDIS_URL = redis.url;
    stack = await startStack({ isolated: true });
    api = new GraphQLClient(stack.apiUrl);
  });
  afterAll(async () => {
    await stack?.close();
    await redis?.down();
    process.env.REDIS_URL = sharedRedisUrl;
  });

  it('accepts a listing while Redis is stopped and matches it once Redis is back', async () => {
    const buyer = await enterpriseMember(api, { categoryCodes: ['1512'] });
    const glassworks = await enterpriseMember(api, { sector: 'BUILDING_MATERIALS', categoryCodes: ['3055'] });
    const bottles = await createListing(glassworks.client);
    await matched(api, [bottles.id]);

    await redis.down();
    const demand = await createListing(buyer.client, {
      kind: 'DEMAND',
      title: '求购 酱香型白酒玻璃瓶',
      description: '年需求 200 万只',
      quantity: 2_000_000,
      certifications: [],
    });
    expect(demand.matchingStatus).toBe('PENDING');

    await redis.up();
    await matched(api, [demand.id], 30_000);
    const found = await suggestions(buyer.client, demand.id);
    expect(found.map((s) => s.supply.id)).toContain(bottles.id);
  });
});
