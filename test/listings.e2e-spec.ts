import { getDataSourceToken } from '@nestjs/typeorm';
import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';

import { graphql } from './generated';
import type { CreateListingInput, ListingsListingsQuery } from './generated/graphql';
import { createListing, enterpriseMember, listingInput, signUp } from './support/factories';
import { illTyped } from './support/graphql';
import { useStack } from './support/stack';

const CREATE = graphql(
  `mutation ListingsCreateListing($input: CreateListingInput!) { createListing(input: $input) { ...ListingFields } }`,
);
const UPDATE = graphql(
  `mutation ListingsUpdateListing($id: ID!, $input: UpdateListingInput!) { updateListing(id: $id, input: $input) { ...ListingFields } }`,
);
const CLOSE = graphql(`mutation ListingsCloseListing($id: ID!) { closeListing(id: $id) { id status } }`);
const BROWSE = graphql(
  `query ListingsListings($filter: ListingFilter, $first: Int, $after: String) { listings(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id title kind confidential enterprise { id } } } } }`,
);

describe('listings (e2e)', () => {
  const { api, stack } = useStack({ worker: false });

  it('answers a number written with 万 in Chinese, naming the field and the type, in variables and in the document', async () => {
    const firm = await enterpriseMember(api, { categoryCodes: ['3055'] });
    const asVariable = await firm.client.request(CREATE, illTyped({ input: { ...listingInput(), quantity: '50万' } }));
    expect(asVariable.errors).toHaveLength(1);
    expect(asVariable.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['quantity'] });
    expect(asVariable.errors?.[0].message).toBe(
      '输入格式有误（quantity）：quantity（数量）须为数字（Float），收到 "50万"；请写成阿拉伯数字 500000',
    );
    // deliberately untyped: the document itself writes a number as "200万只", which no typed document can hold
    const inDocument = await firm.client.rawRequest(
      `mutation { createListing(input: { kind: SUPPLY, title: "玻璃瓶", categoryCode: "3055", quantity: "200万只", unit: "只" }) { id } }`,
    );
    expect(inDocument.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['quantity'] });
    expect(inDocument.errors?.[0].message).toContain('quantity（数量）须为数字（Float），收到 "200万只"');
    expect(inDocument.errors?.[0].message).toContain('请只写数字 2000000，单位“只”写在 unit（单位）字段');
    const page = await firm.client.request(
      graphql(`query ListingsListings2($n: Int) { listings(first: $n) { totalCount } }`),
      illTyped({ n: '2万' }),
    );
    expect(page.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['n'] });
    expect(page.errors?.[0].message).toContain('须为整数（Int），收到 "2万"；请写成阿拉伯数字 20000');
    const missing = await firm.client.request(CREATE, illTyped({ input: { kind: 'SUPPLY', categoryCode: '3055' } }));
    expect(missing.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['title'] });
    expect(missing.errors?.[0].message).toBe('输入格式有误（title）：缺少必填字段 title（文本（String））');
    for (const r of [asVariable, inDocument, page, missing])
      expect(r.errors?.[0].message).not.toMatch(/[A-Z][a-z]+ cannot|Expected|was not provided/);
  });

  it('stores a quantity in 万只 as 只 with prices per 只, and names the accepted units when it cannot', async () => {
    const firm = await enterpriseMember(api, { categoryCodes: ['3055'] });
    const listing = await createListing(firm.client, { quantity: 50, unit: '万只', priceMin: 3000, priceMax: 4500 });
    expect(listing).toMatchObject({ quantity: 500_000, unit: '只', priceMin: 0.3, priceMax: 0.45 });
    const updated = (await firm.client.ok(UPDATE, { id: listing.id, input: { quantity: 1.2, unit: '亿瓶' } }))
      .updateListing;
    expect(updated).toMatchObject({ quantity: 120_000_000, unit: '瓶' });
    // A county's 斤: 3000 斤 at 4 元/斤 is 1,500 千克 at 8 元/千克.
    const weighed = await createListing(firm.client, { quantity: 3000, unit: '斤', priceMin: 4, priceMax: 5 });
    expect(weighed).toMatchObject({ quantity: 1500, unit: '千克', priceMin: 8, priceMax: 10 });
    const refused = await firm.client.fails(CREATE, { input: listingInput({ quantity: 3, unit: '万筐' }) });
    expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['unit'] });
    expect(refused.message).toContain('unit（单位）“万筐”不在单位表中，可选：吨、千克');
    expect(refused.message).toContain('可在单位前加“万”或“亿”（如 万只、万吨）');
  });

  it('says a validity date in the past in Chinese words', async () => {
    const firm = await enterpriseMember(api, { categoryCodes: ['3055'] });
    const err = await firm.client.fails(CREATE, { input: listingInput({ validUntil: '2020-01-05' }) });
    expect(err.message).toMatch(/validUntil（有效期至 2020年1月5日）不能早于今天（\d{4}年\d{1,2}月\d{1,2}日）/);
  });

  it('posts a supply listing with every field, defaulting the region to the enterprise', async () => {
    const firm = await enterpriseMember(api, {
      regionCode: '520381',
      sector: 'BUILDING_MATERIALS',
      categoryCodes: ['3055'],
    });
    const listing = await createListing(firm.client);
    expect(listing).toMatchObject({
      kind: 'SUPPLY',
      title: '500ml 酱香型白酒玻璃瓶',
      quantity: 3_000_000,
      unit: '只',
      priceMin: 0.8,
      priceMax: 1.5,
      priceNegotiable: false,
      certifications: ['ISO9001'],
      validUntil: '2099-12-31',
      status: 'OPEN',
      confidential: false,
      matchingStatus: 'PENDING',
      category: { code: '3055', name: '玻璃包装容器制造' },
      region: { code: '520381', name: '赤水市' },
      enterprise: { id: firm.enterpriseId },
    });
    const again = await api.ok(graphql(`query ListingsListing($id: ID!) { listing(id: $id) { id title } }`), {
      id: listing.id,
    });
    expect(again.listing).toEqual({ id: listing.id, title: listing.title });
  });

  it('accepts a minimal demand: price 面议, no quantity', async () => {
    const firm = await enterpriseMember(api);
    const listing = await createListing(firm.client, {
      kind: 'DEMAND',
      title: '求购 酱香型白酒礼盒',
      description: null,
      categoryCode: '2319',
      quantity: null,
      unit: null,
      priceMin: null,
      priceMax: null,
      certifications: null,
      validUntil: null,
    });
    expect(listing).toMatchObject({ kind: 'DEMAND', priceNegotiable: true, quantity: null, certifications: [] });
  });

  it('refuses each kind of bad field with BAD_USER_INPUT naming it, and stores nothing', async () => {
    const firm = await enterpriseMember(api);
    const cases: [Partial<CreateListingInput>, string][] = [
      [{ title: '' }, 'title'],
      [{ title: '瓶'.repeat(121) }, 'title'],
      [{ description: '瓶'.repeat(4001) }, 'description'],
      [{ categoryCode: '0000' }, 'categoryCode'],
      [{ quantity: 0 }, 'quantity'],
      [{ quantity: -3 }, 'quantity'],
      [{ unit: '筐' }, 'unit'],
      [{ priceMin: -1 }, 'priceMin'],
      [{ priceMin: 5, priceMax: 1 }, 'priceMin'],
      [{ regionCode: '999999' }, 'regionCode'],
      [{ certifications: ['NOT_A_CERT'] }, 'certifications'],
      [{ validUntil: '2020-01-01' }, 'validUntil'],
      [{ confidential: true }, 'confidential'],
    ];
    for (const [over, field] of cases) {
      const err = await firm.client.fails(CREATE, { input: listingInput(over) });
      expect({ over, code: err.extensions?.code, fields: err.extensions?.fields }).toEqual({
        over,
        code: 'BAD_USER_INPUT',
        fields: [field],
      });
    }
    // wrong types are refused before any resolver runs, still naming the field
    const wrongType = await firm.client.request(CREATE, illTyped({ input: { ...listingInput(), quantity: '三百万' } }));
    expect(wrongType.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['quantity'] });
    expect(wrongType.errors?.[0].message).toBe(
      '输入格式有误（quantity）：quantity（数量）须为数字（Float），收到 "三百万"',
    );
    // a malformed date is refused by the Date scalar, before any resolver runs
    const badDate = await firm.client.request(CREATE, { input: listingInput({ validUntil: '2030-02-30' }) });
    expect(badDate.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    const own = await api.ok(
      graphql(`query ListingsEnterprise($id: ID!) { enterprise(id: $id) { listings { totalCount } } }`),
      {
        id: firm.enterpriseId,
      },
    );
    expect(own.enterprise!.listings.totalCount).toBe(0);
  });

  it('needs a login and an enterprise to post', async () => {
    expect((await api.fails(CREATE, { input: listingInput() })).extensions?.code).toBe('UNAUTHENTICATED');
    const loner = await signUp(api);
    const err = await loner.client.fails(CREATE, { input: listingInput() });
    expect(err.extensions?.code).toBe('FORBIDDEN');
    expect(err.message).toContain('登记企业');
  });

  it("updates and closes one's own listings; others are FORBIDDEN and change nothing", async () => {
    const firm = await enterpriseMember(api);
    const listing = await createListing(firm.client);
    const updated = await firm.client.ok(UPDATE, {
      id: listing.id,
      input: { priceMax: 2, quantity: 5_000_000, description: null },
    });
    expect(updated.updateListing).toMatchObject({
      priceMin: 0.8,
      priceMax: 2,
      quantity: 5_000_000,
      description: null,
      title: listing.title,
    });

    // the update is held to the create rules on the merged result
    const order = await firm.client.fails(UPDATE, { id: listing.id, input: { priceMin: 3 } });
    expect(order.extensions?.fields).toEqual(['priceMin']);

    const rival = await enterpriseMember(api);
    expect((await rival.client.fails(UPDATE, { id: listing.id, input: { title: '被改了' } })).extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await rival.client.fails(CLOSE, { id: listing.id })).extensions?.code).toBe('FORBIDDEN');
    expect((await api.fails(CLOSE, { id: listing.id })).extensions?.code).toBe('UNAUTHENTICATED');
    expect((await firm.client.fails(CLOSE, { id: '00000000-0000-4000-8000-000000000000' })).extensions?.code).toBe(
      'NOT_FOUND',
    );

    const closed = await firm.client.ok(CLOSE, { id: listing.id });
    expect(closed.closeListing.status).toBe('CLOSED');
    expect((await firm.client.ok(CLOSE, { id: listing.id })).closeListing.status).toBe('CLOSED');
    const late = await firm.client.fails(UPDATE, { id: listing.id, input: { title: '重新打开' } });
    expect(late.extensions?.code).toBe('CONFLICT');

    const stored = await api.ok(
      graphql(`query ListingsListing2($id: ID!) { listing(id: $id) { title priceMax status } }`),
      { id: listing.id },
    );
    expect(stored.listing).toEqual({ title: listing.title, priceMax: 2, status: 'CLOSED' });
  });

  it('filters by kind, sector, category, region, status and Chinese text, with cursor pages', async () => {
    const tag = `刺梨${Date.now() % 100000}`;
    const firm = await enterpriseMember(api, { regionCode: '520102', sector: 'ECO_FOOD', categoryCodes: ['1523'] });
    const other = await enterpriseMember(api, { regionCode: '522601', sector: 'ECO_FOOD' });
    const titles = [`${tag} 原汁 鲜榨`, `${tag} 果脯`, `${tag} 饮料 浓缩汁`, `${tag} 原汁 冷链`, `${tag} 干果`];
    for (const t of titles) {
      await createListing(firm.client, {
        title: t,
        categoryCode: '1523',
        unit: '吨',
        quantity: 100,
        certifications: ['SC'],
      });
    }
    await createListing(other.client, {
      kind: 'DEMAND',
      title: `求购 ${tag} 原汁`,
      categoryCode: '0159',
      unit: '吨',
      quantity: 50,
      certifications: [],
    });

    const all = await api.ok(BROWSE, { filter: { text: tag } });
    expect(all.listings.totalCount).toBe(6);
    expect(all.listings.edges[0].node.title).toBe(`求购 ${tag} 原汁`); // newest first

    const words = await api.ok(BROWSE, { filter: { text: `${tag} 原汁` } });
    expect(words.listings.totalCount).toBe(3);
    const substring = await api.ok(BROWSE, { filter: { text: `${tag.slice(0, 2)}` } });
    expect(substring.listings.totalCount).toBeGreaterThanOrEqual(6);
    expect((await api.ok(BROWSE, { filter: { text: `${tag} 100%_` } })).listings.totalCount).toBe(0);

    expect((await api.ok(BROWSE, { filter: { text: tag, kind: 'DEMAND' } })).listings.totalCount).toBe(1);
    expect((await api.ok(BROWSE, { filter: { text: tag, sector: 'ECO_FOOD' } })).listings.totalCount).toBe(5);
    expect((await api.ok(BROWSE, { filter: { text: tag, sector: 'SUPPORTING' } })).listings.totalCount).toBe(1);
    expect((await api.ok(BROWSE, { filter: { text: tag, categoryCode: '0159' } })).listings.totalCount).toBe(1);
    expect((await api.ok(BROWSE, { filter: { text: tag, regionCode: '522600' } })).listings.totalCount).toBe(1);
    expect((await api.ok(BROWSE, { filter: { text: tag, regionCode: '520000' } })).listings.totalCount).toBe(6);
    expect((await api.ok(BROWSE, { filter: { text: tag, status: 'CLOSED' } })).listings.totalCount).toBe(0);

    // pages of 2 walk every listing once, in order
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: ListingsListingsQuery['listings'] = (await api.ok(BROWSE, { filter: { text: tag }, first: 2, after }))
        .listings;
      expect(page.totalCount).toBe(6);
      seen.push(...page.edges.map((e) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages += 1;
    } while (after && pages < 10);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(6);
    expect(seen).toEqual(all.listings.edges.map((e) => e.node.id));

    const badCursor = await api.fails(BROWSE, { filter: { text: tag }, after: 'garbage' });
    expect(badCursor.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['after'] });
    const tooMany = await api.fails(BROWSE, { first: 101 });
    expect(tooMany.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['first'] });
    const badRegion = await api.fails(BROWSE, { filter: { regionCode: '000000' } });
    expect(badRegion.extensions?.fields).toEqual(['regionCode']);
  });

  it('hides confidential demands from everyone but their owner, totals included', async () => {
    const tag = `保密${Date.now() % 100000}`;
    const buyer = await enterpriseMember(api);
    const secret = await createListing(buyer.client, {
      kind: 'DEMAND',
      title: `${tag} 瓶盖`,
      categoryCode: '3333',
      confidential: true,
    });
    await createListing(buyer.client, { kind: 'DEMAND', title: `${tag} 纸箱`, categoryCode: '2231' });
    const stranger = await enterpriseMember(api);

    for (const client of [api, stranger.client]) {
      const browse = await client.ok(BROWSE, { filter: { text: tag } });
      expect(browse.listings.totalCount).toBe(1);
      expect(browse.listings.edges.map((e) => e.node.confidential)).toEqual([false]);
      expect(
        (await client.ok(graphql(`query ListingsListing3($id: ID!) { listing(id: $id) { id } }`), { id: secret.id }))
          .listing,
      ).toBeNull();
      const viaFirm = await client.ok(
        graphql(
          `query ListingsEnterprise2($id: ID!) { enterprise(id: $id) { listings { totalCount edges { node { id } } } } }`,
        ),
        {
          id: buyer.enterpriseId,
        },
      );
      expect(viaFirm.enterprise!.listings.totalCount).toBe(1);
    }
    expect((await stranger.client.fails(CLOSE, { id: secret.id })).extensions?.code).toBe('NOT_FOUND');

    const own = await buyer.client.ok(BROWSE, { filter: { text: tag } });
    expect(own.listings.totalCount).toBe(2);
    expect(
      (
        await buyer.client.ok(graphql(`query ListingsListing4($id: ID!) { listing(id: $id) { confidential } }`), {
          id: secret.id,
        })
      ).listing!.confidential,
    ).toBe(true);
  });

  it('resolves a page of 20 listings with their enterprise, category and region in one statement, counting only when asked', async () => {
    const firms = await Promise.all(Array.from({ length: 4 }, () => enterpriseMember(api)));
    for (let i = 0; i < 20; i++) await createListing(firms[i % 4].client, { title: `批量 玻璃瓶 ${i}` });
    const db = stack().api.get<DataSource>(getDataSourceToken());
    // Statements go either through TypeORM (logged) or straight to its pg pool (hot reads).
    const viaTypeorm = jest.spyOn(db.logger, 'logQuery');
    const viaPool = jest.spyOn((db.driver as unknown as { master: Pool }).master, 'query');
    const statements = () => viaTypeorm.mock.calls.length + viaPool.mock.calls.length;
    try {
      const page = await api.ok(
        graphql(
          `query ListingsPageOf20 { listings(first: 20) { edges { node { title enterprise { name } category { name } region { name } } } } }`,
        ),
      );
      expect(page.listings.edges).toHaveLength(20);
      expect(new Set(page.listings.edges.map((e) => e.node.enterprise.name)).size).toBeGreaterThanOrEqual(4);
      expect(statements()).toBe(1); // the page with its firms (no enterprise batch)
      await api.ok(
        graphql(
          `query ListingsPageOf20Counted { listings(first: 20) { totalCount edges { node { title enterprise { name } category { name } region { name } } } } }`,
        ),
      );
      // The count, because totalCount was selected, and the page from memory (the first-page cache)
      // unless another file's write dropped it meanwhile: then the same one statement again.
      expect([2, 3]).toContain(statements());
    } finally {
      viaTypeorm.mockRestore();
      viaPool.mockRestore();
    }
  });
});
