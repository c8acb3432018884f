import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { graphql } from './generated';
import type { Sector } from './generated/graphql';
import { createListing, enterpriseMember } from './support/factories';
import type { GraphQLClient } from './support/graphql';
import { illTyped } from './support/graphql';
import { matched, suggestions } from './support/matching';
import { useStack } from './support/stack';

const PANORAMA =
  graphql(`query PanoramaChain($sector: Sector, $region: String!) { chainPanorama(sector: $sector, regionCode: $region) {
  sector region { code name }
  nodes { category { code name } layer inSector firms openSupplies openDemands coverage
    supplyQuantities { unit quantity listings } demandQuantities { unit quantity listings } }
  edges { fromCode toCode kind why matchedPairs signedDeals signedAmountCny } } }`);
const MEMBERS = graphql(`query PanoramaNodeMembers($code: String!, $region: String!, $kind: ListingKind) {
  chainNodeMembers(categoryCode: $code, regionCode: $region) {
    category { code } region { code }
    firms(first: 50) { totalCount edges { node { id name } } }
    listings(kind: $kind, first: 50) { totalCount edges { node { id title confidential enterprise { id name } } } } } }`);

type Firm = Awaited<ReturnType<typeof enterpriseMember>>;

describe('chain panorama 产业链全景图 (e2e)', () => {
  // Isolated: the numbers are counts over every firm of a region, so no other file's firms may be there.
  const { api, stack } = useStack({ isolated: true });
  let renhuaiLiquor: Firm, zunyiGlass: Firm, renhuaiDistiller: Firm, guiyangBoxes: Firm, stranger: Firm;
  let bottleDemand: string, boxDemand: string, glassSupply: string;

  const panorama = async (client: GraphQLClient, region: string, sector: Sector | null = 'LIQUOR_TOBACCO') =>
    (await client.ok(PANORAMA, { sector, region })).chainPanorama;
  const node = (p: any, code: string) => p.nodes.find((n: any) => n.category.code === code);
  const edge = (p: any, from: string, to: string) => p.edges.find((e: any) => e.fromCode === from && e.toCode === to);

  beforeAll(async () => {
    // 仁怀市 (520382) and 红花岗区 (520302) lie in 遵义市 (520300); 南明区 (520102) in 贵阳市.
    renhuaiLiquor = await enterpriseMember(api, { regionCode: '520382', categoryCodes: ['1512'] });
    renhuaiDistiller = await enterpriseMember(api, { regionCode: '520382', categoryCodes: ['1512'] });
    zunyiGlass = await enterpriseMember(api, { regionCode: '520302', sector: 'SUPPORTING', categoryCodes: ['3055'] });
    guiyangBoxes = await enterpriseMember(api, {
      regionCode: '520102',
      sector: 'SUPPORTING',
      categoryCodes: ['2319'],
    });
    stranger = await enterpriseMember(api, { regionCode: '520302', sector: 'ECO_FOOD', categoryCodes: ['1371'] });

    bottleDemand = (
      await createListing(renhuaiLiquor.client, {
        kind: 'DEMAND',
        title: '求购 500ml 酱香型白酒玻璃瓶',
        description: '晶白料白酒玻璃瓶，四季度交货',
        quantity: 2_000_000,
        unit: '只',
      })
    ).id;
    boxDemand = (
      await createListing(renhuaiLiquor.client, {
        kind: 'DEMAND',
        title: '求购 高端白酒礼盒 机密新品',
        description: '新品白酒礼盒印刷包装，精装天地盖',
        categoryCode: '2319',
        quantity: 50_000,
        unit: '套',
        certifications: [],
        confidential: true,
      })
    ).id;
    glassSupply = (
      await createListing(zunyiGlass.client, {
        kind: 'SUPPLY',
        title: '供应 500ml 晶白料白酒玻璃瓶',
        description: '年产能 3000 万只，可按酒企瓶型开模',
        quantity: 30_000_000,
        unit: '只',
      })
    ).id;
    const liquorSupply = (
      await createListing(renhuaiDistiller.client, {
        kind: 'SUPPLY',
        title: '供应 53度酱香型白酒 基酒',
        description: '坤沙工艺酱香基酒，可供贴牌',
        categoryCode: '1512',
        quantity: 200,
        unit: '吨',
        certifications: [],
      })
    ).id;
    const boxSupply = (
      await createListing(guiyangBoxes.client, {
        kind: 'SUPPLY',
        title: '供应 白酒礼盒 精装印刷',
        description: '白酒礼盒、天地盖精装盒印刷包装',
        categoryCode: '2319',
        quantity: 100_000,
        unit: '套',
        certifications: [],
      })
    ).id;
    await matched(renhuaiLiquor.client, [bottleDemand, boxDemand, glassSupply, liquorSupply, boxSupply]);

    // Deals along 玻璃 → 白酒: one signed and confirmed by both, one intent, one signed by one side only.
    const db = stack().api.get<DataSource>(getDataSourceToken());
    const deal = (stage: string, amount: string, agreedStage: string | null) =>
      db.query(
        `INSERT INTO deal (supply_listing_id, demand_listing_id, supplier_enterprise_id, buyer_enterprise_id, stage, amount_cny,
                           agreed_stage, agreed_amount_cny, supplier_confirmed_at, buyer_confirmed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now(), CASE WHEN $7::text IS NULL THEN NULL ELSE now() END)`,
        [
          glassSupply,
          bottleDemand,
          zunyiGlass.enterpriseId,
          renhuaiLiquor.enterpriseId,
          stage,
          amount,
          agreedStage,
          agreedStage ? amount : null,
        ],
      );
    await deal('SIGNED', '1250000.50', 'SIGNED');
    await deal('INTENT', '800000.00', 'INTENT');
    await deal('SIGNED', '999999.00', null);
  }, 90_000);

  it('counts firms and open listings per category and classifies local coverage in 遵义市', async () => {
    const p = await panorama(stranger.client, '520300');
    expect(p.sector).toBe('LIQUOR_TOBACCO');
    expect(p.region).toEqual({ code: '520300', name: '遵义市' });
    // The sector's categories and their direct suppliers and buyers, each once.
    const codes = p.nodes.map((n: any) => n.category.code);
    expect(codes).toEqual(expect.arrayContaining(['1512', '1519', '1610', '1620', '3055', '2319', '0119', '5127']));
    expect(new Set(codes).size).toBe(codes.length);
    expect(node(p, '3055')).toMatchObject({
      inSector: false,
      firms: 1,
      openSupplies: 1,
      openDemands: 1,
      coverage: 'COVERED',
    });
    expect(node(p, '3055').supplyQuantities).toEqual([{ unit: '只', quantity: 30_000_000, listings: 1 }]);
    expect(node(p, '3055').demandQuantities).toEqual([{ unit: '只', quantity: 2_000_000, listings: 1 }]);
    // The confidential demand counts: 礼盒 is a gap in 遵义 (its only supplier is in 贵阳).
    expect(node(p, '2319')).toMatchObject({ firms: 0, openSupplies: 0, openDemands: 1, coverage: 'GAP' });
    // 白酒 offered, nobody here asks for it: an export strength. Two distillers, one of them with an offer.
    expect(node(p, '1512')).toMatchObject({
      inSector: true,
      firms: 2,
      openSupplies: 1,
      openDemands: 0,
      coverage: 'EXPORT',
    });
    expect(node(p, '1620')).toMatchObject({ firms: 0, openSupplies: 0, openDemands: 0, coverage: 'NONE' });
    // Layers run from upstream to downstream along every edge drawn.
    const layer = (c: string) => node(p, c).layer;
    expect(layer('0119')).toBeLessThan(layer('1512'));
    expect(layer('3055')).toBeLessThan(layer('1512'));
    expect(layer('1512')).toBeLessThan(layer('5127'));
    expect(edge(p, '3055', '1512')).toMatchObject({ kind: 'PACKAGING' });
    expect(edge(p, '0119', '1512')).toMatchObject({ kind: 'RAW_MATERIAL' });
    expect(edge(p, '3055', '1512').why).toMatch(/玻璃/);
  });

  it('nests regions: a county sees its own firms, the province everything inside it', async () => {
    const county = await panorama(stranger.client, '520382'); // 仁怀市: the bottles' supplier is elsewhere
    expect(node(county, '3055')).toMatchObject({ firms: 0, openSupplies: 0, openDemands: 1, coverage: 'GAP' });
    expect(node(county, '1512')).toMatchObject({ firms: 2, coverage: 'EXPORT' });
    const province = await panorama(stranger.client, '520000'); // 贵州省: the 贵阳 box maker closes the gap
    expect(node(province, '2319')).toMatchObject({ firms: 1, openSupplies: 1, openDemands: 1, coverage: 'COVERED' });
    const guiyang = await panorama(stranger.client, '520100');
    expect(node(guiyang, '2319')).toMatchObject({ firms: 1, openSupplies: 1, openDemands: 0, coverage: 'EXPORT' });
    expect(node(guiyang, '1512')).toMatchObject({ firms: 0, openSupplies: 0, coverage: 'NONE' });
    // Every count of the county is within the prefecture's, and that within the province's.
    const prefecture = await panorama(stranger.client, '520300');
    for (const n of county.nodes) {
      const up = node(prefecture, n.category.code);
      const top = node(province, n.category.code);
      for (const k of ['firms', 'openSupplies', 'openDemands'] as const) {
        expect(n[k]).toBeLessThanOrEqual(up[k]);
        expect(up[k]).toBeLessThanOrEqual(top[k]);
      }
    }
  });

  it('counts a confidential demand in the numbers but never names it to a firm without business with it', async () => {
    const members = (await stranger.client.ok(MEMBERS, { code: '2319', region: '520300' })).chainNodeMembers;
    expect(members.listings).toEqual({ totalCount: 0, edges: [] });
    // A buyer is not a firm of the category: the demand's firm is not named as one either.
    expect(members.firms).toEqual({ totalCount: 0, edges: [] });
    expect(JSON.stringify(members)).not.toContain('机密新品');
    // Its own firm sees it, with its name.
    const own = (await renhuaiLiquor.client.ok(MEMBERS, { code: '2319', region: '520300' })).chainNodeMembers;
    expect(own.listings.edges.map((e: any) => e.node.id)).toEqual([boxDemand]);
  });

  it("lists a node's firms and open listings, newest first, filtered by kind", async () => {
    const m = (await stranger.client.ok(MEMBERS, { code: '3055', region: '520300' })).chainNodeMembers;
    expect(m.firms.edges.map((e: any) => e.node.id)).toEqual([zunyiGlass.enterpriseId]);
    expect(m.listings.totalCount).toBe(2);
    expect(m.listings.edges.map((e: any) => e.node.id)).toEqual([glassSupply, bottleDemand]);
    const demands = (await stranger.client.ok(MEMBERS, { code: '3055', region: '520300', kind: 'DEMAND' }))
      .chainNodeMembers;
    expect(demands.listings.edges.map((e: any) => e.node.title)).toEqual(['求购 500ml 酱香型白酒玻璃瓶']);
  });

  it('sums deal amounts on an edge from deals both firms confirmed as signed, and counts strong matches', async () => {
    const p = await panorama(stranger.client, '520300');
    expect(edge(p, '3055', '1512')).toMatchObject({ signedDeals: 1, signedAmountCny: '1250000.50' });
    expect(edge(p, '0119', '1512')).toMatchObject({ matchedPairs: 0, signedDeals: 0, signedAmountCny: '0.00' });
    // The pairs the engine found strong (score ≥ 0.65): the bottle supply with the distiller's bottle demand.
    const strong = (await suggestions(renhuaiLiquor.client, bottleDemand)).filter(
      (s) => s.score >= 0.65 && s.supply.id === glassSupply,
    ).length;
    expect(strong).toBe(1);
    expect(edge(p, '3055', '1512').matchedPairs).toBe(strong);
    // The deal's firms are outside 贵阳: nothing along the edge there.
    expect(edge(await panorama(stranger.client, '520100'), '3055', '1512')).toMatchObject({ signedDeals: 0 });
  });

  it('draws every sector when none is given', async () => {
    const p = await panorama(stranger.client, '520300', null);
    expect(p.sector).toBeNull();
    expect(p.nodes.length).toBeGreaterThan(70);
    expect(p.nodes.every((n: any) => n.inSector)).toBe(true);
    expect(node(p, '1371')).toMatchObject({ firms: 1 });
  });

  it('refuses an unknown region or sector naming the field in Chinese, and strangers without a token', async () => {
    const region = await stranger.client.fails(PANORAMA, { sector: 'LIQUOR_TOBACCO', region: '529999' });
    expect(region.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['regionCode'] });
    expect(region.message).toMatch(/地区/);
    // deliberately ill-typed: a sector name the schema does not have
    const sector = await stranger.client.fails(PANORAMA, illTyped({ sector: 'LIQUOR', region: '520300' }));
    expect(sector.extensions?.code).toBe('BAD_USER_INPUT');
    expect(sector.message).toMatch(/sector/);
    const category = await stranger.client.fails(MEMBERS, { code: '9999', region: '520300' });
    expect(category.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['categoryCode'] });
    const anonymous = await api.fails(PANORAMA, { region: '520300' });
    expect(anonymous.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
