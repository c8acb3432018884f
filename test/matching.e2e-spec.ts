import { getDataSourceToken } from '@nestjs/typeorm';
import { QueueEvents } from 'bullmq';
import type { DataSource } from 'typeorm';

import { MatchWorkerService } from '@duijie/matching';
import { JobProducer, QUEUES, redisOptions } from '@duijie/queue';

import { graphql } from './generated';
import { adminClient } from './support/events';
import { createListing, enterpriseMember } from './support/factories';
import { matched, suggestions } from './support/matching';
import { useStack } from './support/stack';

const RESPOND = graphql(
  `mutation MatchingRespondToMatch($id: ID!, $d: MatchDecision!) { respondToMatch(id: $id, decision: $d) { id supplyDecision demandDecision } }`,
);

describe('matching (e2e)', () => {
  const { api, stack } = useStack();

  /** A liquor maker's demand for bottles, a glass works, and two look-alikes that must rank below it. */
  async function liquorAndPackaging() {
    const distillery = await enterpriseMember(api, {
      regionCode: '520382',
      sector: 'LIQUOR_TOBACCO',
      categoryCodes: ['1512'],
    });
    const glassworks = await enterpriseMember(api, {
      regionCode: '520381',
      sector: 'BUILDING_MATERIALS',
      categoryCodes: ['3055'],
    });
    const pharmaGlass = await enterpriseMember(api, {
      regionCode: '520102',
      sector: 'HEALTH_MEDICINE',
      categoryCodes: ['2780'],
    });
    const smelter = await enterpriseMember(api, {
      regionCode: '520181',
      sector: 'BASIC_MATERIALS',
      categoryCodes: ['3216'],
    });
    const demand = await createListing(distillery.client, {
      kind: 'DEMAND',
      title: '求购 500ml 酱香型白酒玻璃瓶',
      description: '高白料，年需求 200 万只，价格面议，欢迎来电洽谈',
      categoryCode: '3055',
      quantity: 2_000_000,
      unit: '只',
      priceMin: 0.9,
      priceMax: 1.3,
      certifications: ['ISO9001'],
    });
    const bottles = await createListing(glassworks.client, {
      title: '500ml 酱香型白酒玻璃瓶',
      description: '高白料晶白玻璃瓶，年产能 300 万只，可定制瓶型，质量保证',
      quantity: 3_000_000,
    });
    const vials = await createListing(pharmaGlass.client, {
      title: '药用中硼硅玻璃管制瓶',
      description: '西林瓶、安瓿瓶，GMP 车间生产',
      categoryCode: '2780',
      certifications: ['GMP'],
    });
    const ingots = await createListing(smelter.client, {
      title: '电解铝锭 A00',
      description: '纯度 99.7%，月供 5000 吨',
      categoryCode: '3216',
      quantity: 5000,
      unit: '吨',
      priceMin: 18_000,
      priceMax: 19_500,
      certifications: [],
    });
    await matched(api, [demand.id, bottles.id, vials.id, ingots.id]);
    return { distillery, glassworks, pharmaGlass, smelter, demand, bottles, vials, ingots };
  }

  /** A distillery's confidential demand for bottle caps, and a cap maker's offer that pairs with it strongly. */
  async function confidentialCaps() {
    const buyer = await enterpriseMember(api, { regionCode: '520382', categoryCodes: ['1512'] });
    const capMaker = await enterpriseMember(api, { sector: 'BASIC_MATERIALS', categoryCodes: ['3333'] });
    const secret = await createListing(buyer.client, {
      kind: 'DEMAND',
      title: '求购 铝防盗瓶盖',
      description: '酱香型白酒用，年需求 500 万只',
      categoryCode: '1512',
      quantity: 5_000_000,
      certifications: [],
      confidential: true,
    });
    const caps = await createListing(capMaker.client, {
      title: '铝防盗瓶盖',
      description: '白酒瓶盖，年产 1000 万只',
      categoryCode: '3333',
      quantity: 10_000_000,
      certifications: [],
    });
    return { buyer, capMaker, secret, caps };
  }

  it('pairs a demand with the fitting supply, explains why, and shows the same suggestion on both sides', async () => {
    const { distillery, glassworks, demand, bottles, ingots } = await liquorAndPackaging();
    const forDemand = await suggestions(distillery.client, demand.id);
    // Other files share the database and post the same bottles: this supply ranks first or tied first.
    const best = forDemand.find((s) => s.supply.id === bottles.id)!;
    expect(best.score).toBe(forDemand[0].score);
    expect(forDemand.map((s) => s.supply.id)).not.toContain(ingots.id);
    expect(best.score).toBeGreaterThan(0.7);
    expect(best.score).toBeLessThanOrEqual(1);
    const detail = (code: string) => best.reasons.find((r) => r.code === code)?.detail;
    expect(detail('SAME_CATEGORY')).toBe('同类产品：玻璃包装容器制造');
    expect(detail('QUANTITY_FIT')).toBe('供应能力 300万只 ≥ 需求 200万只');
    expect(detail('KEYWORDS')).toContain('酱香型');
    expect(detail('KEYWORDS')).not.toMatch(/面议|洽谈|质量保证/);
    expect(detail('PRICE_OVERLAP')).toContain('价格区间重叠');
    expect(detail('CERTIFICATION')).toBe('具备要求的 ISO9001 认证');
    expect(detail('REGION')).toBe('同一地市：贵州省遵义市');
    const total = best.reasons.reduce((s, r) => s + r.contribution, 0);
    expect(total).toBeCloseTo(best.score, 3);

    const forSupply = await suggestions(glassworks.client, bottles.id);
    expect(forSupply.map((s) => s.id)).toContain(best.id);
  });

  it('answers a demand told as a problem with the offers that fix it, says which symptom, on both sides', async () => {
    const cementWorks = await enterpriseMember(api, { regionCode: '520502', categoryCodes: ['3011'] });
    const filterMaker = await enterpriseMember(api, { regionCode: '520201', categoryCodes: ['3511'] });
    const dusty = await createListing(cementWorks.client, {
      kind: 'DEMAND',
      title: '包装车间粉尘大',
      description: '包装机和装车口粉尘大，工人意见大，环保检查也说了，想整改',
      categoryCode: '3011',
      quantity: null,
      unit: null,
      priceMin: null,
      priceMax: null,
      certifications: [],
    });
    // Posted after the demand: the supplier's own job must bring it into the buyer's list.
    const collector = await createListing(filterMaker.client, {
      title: '脉冲袋式收尘器',
      description: '水泥粉磨、包装、输送点收尘，排放≤10mg/m³',
      categoryCode: '3511',
      quantity: 10,
      unit: '台',
      priceMin: null,
      priceMax: null,
      certifications: [],
    });
    await matched(api, [dusty.id, collector.id]);
    const list = await suggestions(cementWorks.client, dusty.id);
    expect(list.map((s) => s.supply.id)).toContain(collector.id);
    const fix = list.find((s) => s.supply.id === collector.id)!;
    expect(fix.reasons.find((r) => r.code === 'KEYWORDS')?.detail).toMatch(
      /对症产品：.*除尘器（需求所述：[^）]*粉尘[^）]*）/u,
    );
    expect((await suggestions(filterMaker.client, collector.id)).map((s) => s.id)).toContain(fix.id);
  });

  it('matches and explains a supplier in a prefecture-level city without counties (东莞市)', async () => {
    // 441900 was read as its own parent: the reason's region names never came back, and the job hung.
    const meterMaker = await enterpriseMember(api, {
      regionCode: '520302',
      sector: 'BIG_DATA_ELECTRONICS',
      categoryCodes: ['3921'],
    });
    const boardShop = await enterpriseMember(api, {
      regionCode: '441900',
      sector: 'BIG_DATA_ELECTRONICS',
      categoryCodes: ['3985'],
    });
    const demand = await createListing(meterMaker.client, {
      kind: 'DEMAND',
      title: '采购 电能表主板 双面PCB FR-4',
      categoryCode: '3985',
      quantity: 8000,
      unit: '件',
    });
    const boards = await createListing(boardShop.client, {
      title: '双面PCB 电能表主板 FR-4 喷锡',
      categoryCode: '3985',
      quantity: 20000,
      unit: '件',
    });
    await matched(api, [demand.id, boards.id]);
    const pair = (await suggestions(meterMaker.client, demand.id)).find((x) => x.supply.id === boards.id)!;
    expect(pair.reasons.find((r) => r.code === 'REGION')?.detail).toBe('跨省：广东省 → 贵州省');
  });

  it('re-ranks on update, drops a closed listing from every list, and keeps decisions through recomputation', async () => {
    const { distillery, glassworks, pharmaGlass, demand, bottles, vials } = await liquorAndPackaging();
    const before = (await suggestions(distillery.client, demand.id)).find((s) => s.supply.id === bottles.id)!;

    // Half the capacity the buyer needs: the pair stays, with a lower score and an honest reason.
    await glassworks.client.ok(
      graphql(
        `mutation MatchingUpdateListing($id: ID!) { updateListing(id: $id, input: { quantity: 1000000 }) { id } }`,
      ),
      {
        id: bottles.id,
      },
    );
    await matched(api, [bottles.id]);
    const after = (await suggestions(distillery.client, demand.id)).find((s) => s.supply.id === bottles.id)!;
    expect(after.id).toBe(before.id);
    expect(after.score).toBeLessThan(before.score);
    expect(after.reasons.find((r) => r.code === 'QUANTITY_FIT')!.detail).toBe(
      '供应能力 100万只 可满足需求 200万只 的 50%',
    );

    // The buyer accepts; a recomputation of the demand keeps the decision.
    await distillery.client.ok(RESPOND, { id: after.id, d: 'ACCEPT' });
    await distillery.client.ok(
      graphql(
        `mutation MatchingUpdateListing2($id: ID!) { updateListing(id: $id, input: { validUntil: "2099-06-30" }) { id } }`,
      ),
      { id: demand.id },
    );
    await matched(api, [demand.id]);
    const kept = (await suggestions(glassworks.client, bottles.id)).find((s) => s.id === after.id)!;
    expect(kept.demandDecision).toBe('ACCEPT');

    // A supplier that is not a party can neither see nor decide the pair.
    const outsider = await pharmaGlass.client.fails(RESPOND, { id: after.id, d: 'DISMISS' });
    expect(outsider.extensions?.code).toBe('NOT_FOUND');
    const peek = await pharmaGlass.client.fails(
      graphql(`query MatchingMatchSuggestions($id: ID!) { matchSuggestions(listingId: $id) { totalCount } }`),
      {
        id: demand.id,
      },
    );
    expect(peek.extensions?.code).toBe('FORBIDDEN');

    // Closing the supply takes the pair out of the buyer's list.
    await glassworks.client.ok(graphql(`mutation MatchingCloseListing($id: ID!) { closeListing(id: $id) { id } }`), {
      id: bottles.id,
    });
    await matched(api, [bottles.id]);
    const left = await suggestions(distillery.client, demand.id);
    expect(left.map((s) => s.supply.id)).not.toContain(bottles.id);
    // The pharmaceutical vials share only 玻璃 and 瓶 with the liquor bottles: at most a weak pair on those words.
    for (const s of left.filter((x) => x.supply.id === vials.id)) {
      expect(s.score).toBeLessThan(0.5);
      expect(s.reasons.map((r) => r.code)).not.toContain('SAME_CATEGORY');
    }
  });

  it('a dismissed pair stays away through recomputation and returns when a listing changes materially', async () => {
    const { distillery, glassworks, demand, bottles } = await liquorAndPackaging();
    const pair = (await suggestions(glassworks.client, bottles.id)).find((s) => s.demand.id === demand.id)!;
    await glassworks.client.ok(RESPOND, { id: pair.id, d: 'DISMISS' });
    expect((await suggestions(distillery.client, demand.id)).map((s) => s.id)).not.toContain(pair.id);

    // Extending the validity is not a material change.
    await distillery.client.ok(
      graphql(
        `mutation MatchingUpdateListing3($id: ID!) { updateListing(id: $id, input: { validUntil: "2099-03-01" }) { id } }`,
      ),
      { id: demand.id },
    );
    await matched(api, [demand.id]);
    expect((await suggestions(distillery.client, demand.id)).map((s) => s.id)).not.toContain(pair.id);

    // A new quantity is.
    await distillery.client.ok(
      graphql(
        `mutation MatchingUpdateListing4($id: ID!) { updateListing(id: $id, input: { quantity: 2500000 }) { id } }`,
      ),
      {
        id: demand.id,
      },
    );
    await matched(api, [demand.id]);
    const back = (await suggestions(distillery.client, demand.id)).find((s) => s.id === pair.id);
    expect(back).toMatchObject({ supplyDecision: null });
  });

  it('shows a confidential demand to the suppliers of a strong pair with it (or one its buyer accepted) and to nobody else', async () => {
    const { buyer, capMaker, secret, caps } = await confidentialCaps();
    const stranger = await enterpriseMember(api, { sector: 'ECO_FOOD', categoryCodes: ['1469'] });
    const sauce = await createListing(stranger.client, {
      title: '油辣椒 辣椒酱',
      description: null,
      categoryCode: '1469',
      certifications: [],
    });
    await matched(buyer.client, [secret.id]);
    await matched(api, [caps.id, sauce.id]);

    const pairs = await suggestions(capMaker.client, caps.id);
    const pair = pairs.find((s) => s.demand.id === secret.id)!;
    expect(pair.demand.confidential).toBe(true);
    expect(pair.reasons.find((r) => r.code === 'CHAIN_LINK')!.detail).toBe('上游：金属包装容器及材料制造 → 白酒制造');

    const seen = (client: typeof api) =>
      client.ok(graphql(`query MatchingListing($id: ID!) { listing(id: $id) { id } }`), { id: secret.id });
    expect((await seen(capMaker.client)).listing).toEqual({ id: secret.id });
    expect((await seen(stranger.client)).listing).toBeNull();
    expect((await seen(api)).listing).toBeNull();
    const listed = async (client: typeof api) =>
      (
        await client.ok(
          graphql(
            `query MatchingListings { listings(filter: { kind: DEMAND, categoryCode: "1512" }, first: 100) { edges { node { id } } } }`,
          ),
        )
      ).listings.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(await listed(capMaker.client)).toContain(secret.id);
    expect(await listed(stranger.client)).not.toContain(secret.id);

    // A weak pair opens nothing: a firm whose listing was stuffed with common words (an outside
    // tester's way in) and paired at 0.2 does not see it, until the buyer accepts that pair.
    const db = stack().api.get<DataSource>(getDataSourceToken());
    const [{ id: weak }] = await db.query(
      `INSERT INTO match_suggestion (supply_id, demand_id, supply_enterprise_id, demand_enterprise_id, score, reasons, supply_fingerprint, demand_fingerprint)
       VALUES ($1, $2, $3, $4, 0.2, '[]', 'x', 'y') RETURNING id`,
      [sauce.id, secret.id, stranger.enterpriseId, buyer.enterpriseId],
    );
    expect((await seen(stranger.client)).listing).toBeNull();
    expect(await listed(stranger.client)).not.toContain(secret.id);
    expect((await suggestions(stranger.client, sauce.id)).map((s) => s.id)).not.toContain(weak);
    await db.query(`UPDATE match_suggestion SET demand_decision = 'ACCEPT' WHERE id = $1`, [weak]);
    expect((await seen(stranger.client)).listing).toEqual({ id: secret.id });
  });

  it('keeps a confidential demand from a supplier its buyer dismissed, whatever either side edits, and answers that supplier’s respondToMatch as no pair', async () => {
    const { buyer, capMaker, secret, caps } = await confidentialCaps();
    await matched(buyer.client, [secret.id]);
    await matched(api, [caps.id]);
    const pair = (await suggestions(capMaker.client, caps.id)).find((s) => s.demand.id === secret.id)!;
    expect(pair.score).toBeGreaterThanOrEqual(0.55);
    const seen = async () =>
      (
        await capMaker.client.ok(graphql(`query MatchingDismissedSecret($id: ID!) { listing(id: $id) { id } }`), {
          id: secret.id,
        })
      ).listing;
    expect(await seen()).toEqual({ id: secret.id });

    await buyer.client.ok(RESPOND, { id: pair.id, d: 'DISMISS' });
    expect(await seen()).toBeNull();
    // the supplier cannot answer, or learn the demand's terms from, a pair whose demand it may not see
    const refused = await capMaker.client.fails(
      graphql(
        `mutation MatchingRespondHidden($id: ID!) { respondToMatch(id: $id, decision: ACCEPT) { id reasons { detail } } }`,
      ),
      { id: pair.id },
    );
    expect(refused.extensions).toMatchObject({ code: 'NOT_FOUND' });
    const db = stack().api.get<DataSource>(getDataSourceToken());
    const decisions = async () =>
      (await db.query(`SELECT supply_decision, demand_decision FROM match_suggestion WHERE id = $1`, [pair.id]))[0];
    expect(await decisions()).toEqual({ supply_decision: null, demand_decision: 'DISMISS' });

    // the supplier edits its offer materially, then the buyer its own demand: the dismissal stands
    await capMaker.client.ok(
      graphql(
        `mutation MatchingEditCaps($id: ID!) { updateListing(id: $id, input: { description: "白酒瓶盖，年产 1200 万只，可印刷" }) { id } }`,
      ),
      { id: caps.id },
    );
    await matched(api, [caps.id]);
    expect(await decisions()).toEqual({ supply_decision: null, demand_decision: 'DISMISS' });
    expect(await seen()).toBeNull();
    await buyer.client.ok(
      graphql(`mutation MatchingEditSecret($id: ID!) { updateListing(id: $id, input: { quantity: 6000000 }) { id } }`),
      { id: secret.id },
    );
    await matched(buyer.client, [secret.id]);
    expect(await decisions()).toMatchObject({ demand_decision: 'DISMISS' });
    expect(await seen()).toBeNull();
    expect((await suggestions(capMaker.client, caps.id)).map((s) => s.id)).not.toContain(pair.id);
  });

  it('suggests up- and downstream partner firms for an organiser to invite', async () => {
    const { distillery, glassworks, demand } = await liquorAndPackaging();
    const partners = await distillery.client.ok(
      graphql(
        `query MatchingPartnerSuggestions($id: ID!) { partnerSuggestions(enterpriseId: $id) { direction score matchCount enterprise { id } bestMatch { demand { id } } } }`,
      ),
      { id: distillery.enterpriseId },
    );
    // Glass works posted by earlier tests fit just as well; this one must be among the best. (A pair's
    // score depends a little on the hall when it was scored: its words' rarity, its category's share.)
    const best = partners.partnerSuggestions[0].score;
    const glass = partners.partnerSuggestions.find(
      (p: { enterprise: { id: string } }) => p.enterprise.id === glassworks.enterpriseId,
    );
    expect(glass).toMatchObject({
      direction: 'UPSTREAM',
      matchCount: 1,
      bestMatch: { demand: { id: demand.id } },
    });
    expect(glass!.score).toBeCloseTo(best, 2);
    const forbidden = await glassworks.client.fails(
      graphql(`query MatchingPartnerSuggestions2($id: ID!) { partnerSuggestions(enterpriseId: $id) { score } }`),
      {
        id: distillery.enterpriseId,
      },
    );
    expect(forbidden.extensions?.code).toBe('FORBIDDEN');
  });

  it('takes an expired listing out of its counterparts’ lists', async () => {
    const { distillery, glassworks, demand, bottles } = await liquorAndPackaging();
    expect((await suggestions(distillery.client, demand.id)).map((s) => s.supply.id)).toContain(bottles.id);
    const db = stack().api.get<DataSource>(getDataSourceToken());
    await db.query(`UPDATE listing SET valid_until = current_date - 1 WHERE id = $1`, [bottles.id]);

    const connection = redisOptions(process.env.REDIS_URL!, 'worker');
    const prefix = `${process.env.REDIS_PREFIX}:bull`;
    const events = new QueueEvents(QUEUES.maintenance, { connection, prefix });
    try {
      await events.waitUntilReady();
      const [job] = await stack()
        .worker!.get(JobProducer)
        .add([{ name: 'listings.expire', data: {} }]);
      await job.waitUntilFinished(events, 20_000);
    } finally {
      await events.close();
    }
    await matched(glassworks.client, [bottles.id]);
    expect((await suggestions(distillery.client, demand.id)).map((s) => s.supply.id)).not.toContain(bottles.id);
  }, 30_000);

  it('lets an admin re-match everything as chunked jobs with progress; members may not', async () => {
    const { distillery } = await liquorAndPackaging();
    const denied = await distillery.client.fails(graphql(`mutation MatchingRematchAll { rematchAll { id } }`));
    expect(denied.extensions?.code).toBe('FORBIDDEN');

    const admin = await adminClient(api);
    const run = (await admin.ok(graphql(`mutation MatchingRematchAll2 { rematchAll { id status done total } }`)))
      .rematchAll;
    expect(run).toMatchObject({ status: 'RUNNING', done: 0 });
    // asked again while it runs, the same run answers (no second full re-match queued); a new one
    // only once it has finished
    const again = (await admin.ok(graphql(`mutation MatchingRematchAll3 { rematchAll { id } }`))).rematchAll;
    if (again.id !== run.id) {
      const first = await admin.ok(graphql(`query MatchingMatchRun0($id: ID!) { matchRun(id: $id) { status } }`), {
        id: run.id,
      });
      expect(first.matchRun.status).toBe('DONE');
    }
    const deadline = Date.now() + 30_000;
    let progress: { status: string; done: number; total?: number | null; finishedAt?: string | null } = run;
    while (progress.status !== 'DONE') {
      if (Date.now() > deadline) throw new Error(`re-match still ${JSON.stringify(progress)}`);
      await new Promise((r) => setTimeout(r, 100));
      progress = (
        await admin.ok(
          graphql(`query MatchingMatchRun($id: ID!) { matchRun(id: $id) { status done total finishedAt } }`),
          { id: run.id },
        )
      ).matchRun;
    }
    expect(progress.total).toBeGreaterThanOrEqual(4);
    expect(progress.done).toBe(progress.total);
    expect(progress.finishedAt).not.toBeNull();
  });

  it('skips a stale job and repeats a duplicate harmlessly: one row per pair, whatever runs twice', async () => {
    const { distillery, demand, bottles } = await liquorAndPackaging();
    const worker = stack().worker!.get(MatchWorkerService);
    const db = stack().api.get<DataSource>(getDataSourceToken());
    await distillery.client.ok(
      graphql(
        `mutation MatchingUpdateListing5($id: ID!) { updateListing(id: $id, input: { quantity: 2100000 }) { id } }`,
      ),
      {
        id: demand.id,
      },
    );
    await matched(api, [demand.id]);
    expect(await worker.matchListing(demand.id, 1)).toBe('stale'); // version 1 was replaced by version 2
    expect(await worker.matchListing(demand.id, 2)).toBe('matched');
    expect(await worker.matchListing(demand.id, 2)).toBe('matched');
    const [{ n }] = await db.query(
      `SELECT count(*)::int AS n FROM match_suggestion WHERE supply_id = $1 AND demand_id = $2`,
      [bottles.id, demand.id],
    );
    expect(n).toBe(1);
    expect(await worker.matchListing('00000000-0000-4000-8000-000000000000', 1)).toBe('gone');
  });
});
