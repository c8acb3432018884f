import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { AnnouncementSweeper } from '@duijie/matching';

import { graphql } from '../generated';
import { createListing, enterpriseMember } from '../support/factories';
import type { GraphQLClient } from '../support/graphql';
import { matched } from '../support/matching';
import { useStack } from '../support/stack';

const KINDS = graphql(
  `query LostAnnouncementNotifications { notifications(first: 20) { edges { node { kind data } } } }`,
);

async function matchNotices(client: GraphQLClient): Promise<{ partnerEnterpriseIds: string[] }[]> {
  const edges = (await client.ok(KINDS)).notifications.edges as { node: { kind: string; data: string } }[];
  return edges.filter((e) => e.node.kind === 'MATCH_SUGGESTED').map((e) => JSON.parse(e.node.data));
}

/**
 * Scenario 18: a match job commits its suggestions and dies before it queues the announcement
 * (MATCH_FAULT_BEFORE_ANNOUNCE: once). BullMQ retries it, but the retry's upsert finds nothing new,
 * so nothing queues the announcement again; the announcement sweep must find the pair.
 */
describe('an announcement lost between commit and enqueue (reliability)', () => {
  process.env.MATCH_FAULT_BEFORE_ANNOUNCE = '1';
  process.env.MATCH_SWEEP_GRACE_SECONDS = '1';
  const { api, stack } = useStack({ isolated: true });
  afterAll(() => {
    delete process.env.MATCH_FAULT_BEFORE_ANNOUNCE;
    delete process.env.MATCH_SWEEP_GRACE_SECONDS;
  });

  it('announces a strong pair whose announcement was never queued, once, to both sides', async () => {
    const glassworks = await enterpriseMember(api, { sector: 'BUILDING_MATERIALS', categoryCodes: ['3055'] });
    const distillery = await enterpriseMember(api, { regionCode: '520382', categoryCodes: ['1512'] });
    const bottles = await createListing(glassworks.client);
    await matched(api, [bottles.id]);
    const demand = await createListing(distillery.client, {
      kind: 'DEMAND',
      title: '求购 500ml 酱香型白酒玻璃瓶',
      quantity: 2_000_000,
      certifications: [],
    });
    // The first run of the demand's job dies after its commit; the retry completes, announcing nothing.
    await matched(api, [demand.id]);
    const db = stack().api.get<DataSource>(getDataSourceToken());
    const [pair] = await db.query(
      `SELECT s.score, ARRAY(SELECT d.enterprise_id FROM match_announcement_due d WHERE d.suggestion_id = s.id
                              ORDER BY d.enterprise_id) AS due
         FROM match_suggestion s WHERE s.supply_id = $1 AND s.demand_id = $2`,
      [bottles.id, demand.id],
    );
    expect(pair.score).toBeGreaterThanOrEqual(0.65);
    expect(pair.due).toEqual([glassworks.enterpriseId, distillery.enterpriseId].sort());
    expect(await matchNotices(distillery.client)).toEqual([]);

    // What the worker's maintenance job runs every minute (it may have run by itself meanwhile).
    await new Promise((r) => setTimeout(r, 1_100)); // past the (test) grace period
    const sweeper = stack().worker!.get(AnnouncementSweeper);
    expect((await sweeper.sweep()).unannounced).toBeLessThanOrEqual(2);
    const until = Date.now() + 15_000;
    while (
      (await matchNotices(distillery.client)).length === 0 ||
      (await matchNotices(glassworks.client)).length === 0
    ) {
      if (Date.now() > until) throw new Error('the swept pair was not announced within 15 s');
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(await matchNotices(distillery.client)).toEqual([
      expect.objectContaining({ partnerEnterpriseIds: [glassworks.enterpriseId] }),
    ]);
    expect(await matchNotices(glassworks.client)).toEqual([
      expect.objectContaining({ partnerEnterpriseIds: [distillery.enterpriseId] }),
    ]);
    // Announced pairs are not swept again.
    expect(await sweeper.sweep()).toEqual({ unannounced: 0 });
  }, 90_000);
});
