import { OWN_SUGGESTIONS, STRONG_SCORE } from '@duijie/matching';

import { graphql } from './generated';
import { createListing, enterpriseMember } from './support/factories';
import type { GraphQLClient } from './support/graphql';
import { matched, suggestions } from './support/matching';
import { useStack } from './support/stack';

/** More buyers than a listing keeps of its own: the last ones enter its list only through symmetry. */
const BUYERS = OWN_SUGGESTIONS + 4;
const FIRMS = 4;

const NO_TERMS = { quantity: null, unit: null, priceMin: null, priceMax: null, certifications: [] };

describe('symmetric suggestions (e2e)', () => {
  // A database of its own: other files' listings must not compete for these buyers' lists.
  const { api } = useStack({ isolated: true });

  /** Buyers in another province, each listing's only good supplier being the one under test. */
  async function buyers(title: string, description: string) {
    const firms = await Promise.all(
      Array.from({ length: FIRMS }, () =>
        enterpriseMember(api, { regionCode: '510104', sector: 'CLEAN_POWER', categoryCodes: ['4420'] }),
      ),
    );
    const demands: { id: string; client: GraphQLClient }[] = [];
    for (let i = 0; i < BUYERS; i++) {
      const firm = firms[i % FIRMS];
      const d = await createListing(firm.client, {
        ...NO_TERMS,
        kind: 'DEMAND',
        title: `${title} 第${i + 1}批`,
        description,
        categoryCode: '4420',
      });
      demands.push({ id: d.id, client: firm.client });
    }
    await matched(
      api,
      demands.map((d) => d.id),
      60_000,
    );
    return demands;
  }

  async function supplier(title: string, description: string) {
    const firm = await enterpriseMember(api, {
      regionCode: '520402',
      sector: 'ADVANCED_EQUIPMENT',
      categoryCodes: ['3393'],
    });
    const listing = await createListing(firm.client, { ...NO_TERMS, title, description, categoryCode: '3393' });
    await matched(api, [listing.id], 30_000);
    return { ...firm, listing };
  }

  /** The supply's pair in each buyer's list (undefined where it is missing). */
  async function inBuyerLists(demands: { id: string; client: GraphQLClient }[], supplyId: string) {
    return Promise.all(
      demands.map(async (d) => (await suggestions(d.client, d.id)).find((s) => s.supply.id === supplyId)),
    );
  }

  it('puts a new supplier into the list of every buyer it ranks high for, though it keeps fewer pairs of its own', async () => {
    const demands = await buyers('求购 风电法兰 高强螺栓 密封垫片', '风电场检修备件，法兰与紧固件');
    const s = await supplier('风电塔筒法兰 环锻件', '塔筒连接法兰、轴承环锻件，直径 2-6 米，辗环成型');

    const pairs = await inBuyerLists(demands, s.listing.id);
    expect(pairs.filter((p) => !p)).toHaveLength(0);
    // The pairs are not strong: only symmetry brings the supplier into the last buyers' lists.
    expect(pairs.every((p) => p!.score < STRONG_SCORE)).toBe(true);
    // And the supplier's own list holds them all.
    expect((await suggestions(s.client, s.listing.id, 50)).length).toBe(BUYERS);
  });

  it('keeps the pairs buyers’ jobs wrote when the supplier edits its listing, and drops them when the product goes', async () => {
    const s = await supplier('风电塔筒基础环 锻造', '基础环、锚栓组合件，塔筒基础用，可按图加工');
    const demands = await buyers('求购 塔筒基础环 锚栓组合件 灌浆料', '风机基础施工，基础环与锚栓');
    expect((await inBuyerLists(demands, s.listing.id)).filter((p) => !p)).toHaveLength(0);

    // A material edit recomputes the supplier's pairs: every buyer still lists it.
    await s.client.ok(
      graphql(
        `mutation MatchingSymmetryUpdateListing($id: ID!, $d: String!) { updateListing(id: $id, input: { description: $d }) { id } }`,
      ),
      {
        id: s.listing.id,
        d: '基础环、锚栓组合件，塔筒基础用，可按图加工，提供第三方探伤报告',
      },
    );
    await matched(api, [s.listing.id], 30_000);
    const after = await inBuyerLists(demands, s.listing.id);
    expect(after.filter((p) => !p)).toHaveLength(0);
    expect(after.every((p) => p!.reasons.some((r) => r.code === 'KEYWORDS'))).toBe(true);

    // Once the listing offers another product, the pairs have no product relation and leave every list.
    await s.client.ok(
      graphql(
        `mutation MatchingSymmetryUpdateListing2($id: ID!) { updateListing(id: $id, input: { title: "航空发动机机匣锻件", description: "高温合金锻件" }) { id } }`,
      ),
      { id: s.listing.id },
    );
    await matched(api, [s.listing.id], 30_000);
    expect((await inBuyerLists(demands, s.listing.id)).filter((p) => p)).toHaveLength(0);
  });
});
