import { Client } from 'pg';

import { ListingPageCache } from '@duijie/listings';

import { AnswerReuse } from '../../apps/api/src/graphql/answer-reuse';
import { graphql } from '../generated';
import { createListing, enterpriseMember, signUp } from '../support/factories';
import type { GraphQLClient } from '../support/graphql';
import { useStack } from '../support/stack';

const WITH_CONTACT = graphql(
  `query ListingPageCacheContact { listings(first: 1) { edges { node { id enterprise { id contactPhone } } } } }`,
);
const LOG_OUT_EVERYWHERE = graphql(`mutation ListingPageCacheLogOutEverywhere { logOutEverywhere }`);

const PAGE = graphql(
  `query ListingPageCachePage($first: Int, $filter: ListingFilter) { listings(first: $first, filter: $filter) { edges { node { id title confidential matchingStatus enterprise { id name } } } pageInfo { hasNextPage } } }`,
);

/**
 * The first page of `listings` answered from memory (issue 18, item 1): never stale once a committed
 * change is notified, whoever wrote it; read from the database while the listener is down; and
 * only what the access policy lets each viewer see.
 */
describe('the first-page cache of listings', () => {
  // A database of its own: other files' writes would drop the window while these tests count hits.
  const { api, stack } = useStack({ worker: false, isolated: true });
  const cache = () => stack().api.get(ListingPageCache);
  const reuse = () => stack().api.get(AnswerReuse);
  /** Pages answered from memory: by the window, or by an answer read from it and sent again. */
  const fromMemory = () => cache().hits + reuse().hits;

  /** Until `check` holds, or fails after 10 s (a notification crosses Postgres and back in milliseconds). */
  const until = async (check: () => boolean) => {
    for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 50));
    expect(check()).toBe(true);
  };
  const psql = async <T>(run: (c: Client) => Promise<T>): Promise<T> => {
    const c = new Client({ connectionString: process.env.DATABASE_URL });
    await c.connect();
    try {
      return await run(c);
    } finally {
      await c.end();
    }
  };
  /** The page as the database has it for everyone: the newest listings that are not confidential. */
  const truth = (first: number) =>
    psql(async (c) =>
      (
        await c.query<{ id: string; title: string; name: string }>(
          `SELECT l.id, l.title, e.name FROM listing l JOIN enterprise e ON e.id = l.enterprise_id
            WHERE NOT l.confidential ORDER BY l.created_at DESC, l.id DESC LIMIT $1`,
          [first],
        )
      ).rows.map((r) => `${r.id} ${r.title} ${r.name}`),
    );
  const read = async (client: GraphQLClient, first = 5) =>
    (await client.ok(PAGE, { first })).listings.edges.map(
      (e) => `${e.node.id} ${e.node.title} ${e.node.enterprise.name}`,
    );

  let seller: Awaited<ReturnType<typeof enterpriseMember>>;
  beforeAll(async () => {
    seller = await enterpriseMember(api);
    for (let i = 0; i < 6; i++) await createListing(seller.client, { title: `缓存测试玻璃瓶 ${i}` });
  });

  it('answers the page from memory, and the writer’s own new listing on its very next read', async () => {
    expect(cache().isLive).toBe(true);
    expect(await read(api)).toEqual(await truth(5));
    const hits = fromMemory();
    expect(await read(api)).toEqual(await truth(5));
    expect(fromMemory()).toBeGreaterThan(hits);
    // Posted through this API: no waiting for the notification.
    const fresh = await createListing(seller.client, { title: '缓存测试 刚发布的瓶子' });
    expect((await read(api))[0]).toBe(`${fresh.id} 缓存测试 刚发布的瓶子 ${seller.enterprise.name}`);
  });

  it('drops the page when another process changes a listing or a firm, and never answers the old one after', async () => {
    await read(api);
    expect(cache().isLoaded).toBe(true);
    const [top] = await truth(1);
    const id = top.split(' ')[0];
    // A listing's title, written by psql (as the worker, a CLI or another API would).
    await psql((c) => c.query(`UPDATE listing SET title = '改名后的玻璃瓶' WHERE id = $1`, [id]));
    await until(() => !cache().isLoaded);
    expect((await read(api))[0]).toBe(`${id} 改名后的玻璃瓶 ${seller.enterprise.name}`);
    // The firm's name.
    await psql((c) =>
      c.query(`UPDATE enterprise SET name = '改名后的贵州企业有限公司' WHERE id = $1`, [seller.enterpriseId]),
    );
    await until(() => !cache().isLoaded);
    expect((await read(api))[0]).toBe(`${id} 改名后的玻璃瓶 改名后的贵州企业有限公司`);
    // The matching status the worker writes.
    await psql((c) => c.query(`UPDATE listing SET matching_status = 'DONE' WHERE id = $1`, [id]));
    await until(() => !cache().isLoaded);
    expect((await api.ok(PAGE, { first: 1 })).listings.edges[0].node.matchingStatus).toBe('DONE');
    // A listing gone.
    await psql((c) => c.query(`DELETE FROM listing WHERE id = $1`, [id]));
    await until(() => !cache().isLoaded);
    expect(await read(api)).toEqual(await truth(5));
    expect((await read(api)).some((l) => l.startsWith(id))).toBe(false);
  });

  it('never lets a raced load store what it read before a change', async () => {
    // Many readers while psql renames, one by one: after each notification, the next read is fresh.
    for (let round = 0; round < 5; round++) {
      const title = `并发改名 ${round}`;
      const readers = Array.from({ length: 8 }, () => read(api));
      const [top] = await truth(1);
      await psql((c) => c.query(`UPDATE listing SET title = $2 WHERE id = $1`, [top.split(' ')[0], title]));
      await Promise.all(readers);
      await until(() => !cache().isLoaded || cache().firstPage({ viewer: null, rows: 1 })?.[0].title === title);
      expect((await read(api, 1))[0]).toContain(title);
    }
  });

  it('shows a confidential demand only to whom the access policy allows, from memory or from the database', async () => {
    const buyer = await enterpriseMember(api);
    const secret = await createListing(buyer.client, {
      kind: 'DEMAND',
      title: '保密求购 酱香酒瓶',
      confidential: true,
    });
    const stranger = await enterpriseMember(api);
    const matched = await enterpriseMember(api);
    const noFirm = await signUp(api);
    const has = async (client: GraphQLClient) => (await read(client, 5)).some((l) => l.startsWith(secret.id));
    // Nobody else: anonymous, a user without a firm (both from memory), another firm (from the database).
    const hits = fromMemory();
    expect(await has(api)).toBe(false);
    expect(await has(noFirm.client)).toBe(false);
    expect(fromMemory()).toBe(hits + 2);
    expect(await has(stranger.client)).toBe(false);
    expect(fromMemory()).toBe(hits + 2);
    // Its own firm (from memory).
    expect(await has(buyer.client)).toBe(true);
    expect(fromMemory()).toBe(hits + 3);
    // A supplier it was matched with (the database says so; the match is the worker's, written here by hand).
    const supply = await createListing(matched.client, { title: '酱香酒瓶 供应' });
    await psql((c) =>
      c.query(
        `INSERT INTO match_suggestion (supply_id, demand_id, supply_enterprise_id, demand_enterprise_id, score, reasons, supply_fingerprint, demand_fingerprint)
         VALUES ($1, $2, $3, $4, 0.9, '[]', '', '')`,
        [supply.id, secret.id, matched.enterpriseId, buyer.enterpriseId],
      ),
    );
    expect(await has(matched.client)).toBe(true);
    expect(await has(stranger.client)).toBe(false);
    expect(await has(api)).toBe(false);
  });

  it('without its listener the page is read from the database (changes still count) until the listener is back', async () => {
    await read(api);
    expect(cache().isLoaded).toBe(true);
    await psql(async (c) => {
      await c.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'duijie-listings' AND datname = current_database()`,
      );
      await until(() => !cache().isLive);
      expect(cache().isLoaded).toBe(false);
      // Meanwhile a change from elsewhere: nobody hears it, and nothing stale is answered.
      const [top] = await truth(1);
      await c.query(`UPDATE listing SET title = '监听断开时改的名' WHERE id = $1`, [top.split(' ')[0]]);
      const hits = fromMemory();
      if (!cache().isLive) {
        expect((await read(api, 1))[0]).toContain('监听断开时改的名');
        expect((await read(api, 1))[0]).toContain('监听断开时改的名');
        expect(fromMemory()).toBe(hits);
      }
      await until(() => cache().isLive);
      expect(await read(api)).toEqual(await truth(5));
      expect(await read(api)).toEqual(await truth(5));
      expect(fromMemory()).toBeGreaterThan(hits);
    });
  });

  describe('answers sent again (the same operation for a viewer of the same kind, while the window stands)', () => {
    it('sends the answer again, and never once the window changed', async () => {
      // The window loaded, then the answer kept.
      expect(await read(api)).toEqual(await truth(5));
      expect(await read(api)).toEqual(await truth(5));
      const sent = reuse().hits;
      expect(await read(api)).toEqual(await truth(5));
      expect(reuse().hits).toBe(sent + 1);
      const [top] = await truth(1);
      const id = top.split(' ')[0];
      await psql((c) => c.query(`UPDATE listing SET title = '再次改名的玻璃瓶' WHERE id = $1`, [id]));
      await until(() => !cache().isLoaded);
      expect((await read(api))[0]).toContain(`${id} 再次改名的玻璃瓶 `);
      expect(await read(api)).toEqual(await truth(5));
      expect(reuse().hits).toBe(sent + 1);
    });

    it('never sends one viewer’s page to a viewer of another kind', async () => {
      const buyer = await enterpriseMember(api);
      const stranger = await enterpriseMember(api);
      // Listings of its own below the demand: no other firm's confidential one in the way of a page from memory.
      for (const n of [1, 2]) await createListing(stranger.client, { title: `再用测试 供应 ${n}` });
      const secret = await createListing(buyer.client, {
        kind: 'DEMAND',
        title: '保密求购 再用测试',
        confidential: true,
      });
      const noFirm = await signUp(api);
      // The firm reads its page until it is sent again (its own write's notification may still drop the window
      // once), before anyone else asks the same.
      const sent = reuse().hits;
      for (let i = 0; i < 20 && reuse().hits === sent; i++)
        expect((await read(buyer.client, 2))[0]).toContain(secret.id);
      expect(reuse().hits).toBeGreaterThan(sent);
      for (const other of [api, noFirm.client, stranger.client])
        expect((await read(other, 2)).some((l) => l.startsWith(secret.id))).toBe(false);
    });

    it('runs an operation with a field that depends on the viewer every time', async () => {
      const owner = await enterpriseMember(api, { contactPhone: '0851-12345678' });
      // Two of its own on top: the page of one (two rows read) comes from memory for every reader.
      for (const n of [1, 2]) await createListing(owner.client, { title: `联系电话测试 玻璃瓶 ${n}` });
      const stranger = await enterpriseMember(api);
      const phoneOf = async (client: GraphQLClient) =>
        (await client.ok(WITH_CONTACT)).listings.edges.find((e) => e.node.enterprise.id === owner.enterpriseId)?.node
          .enterprise.contactPhone;
      const sent = reuse().hits;
      for (let i = 0; i < 3; i++) {
        expect(await phoneOf(owner.client)).toBe('0851-12345678');
        expect(await phoneOf(stranger.client)).toBeNull();
      }
      expect(reuse().hits).toBe(sent);
    });

    it('still checks the token of every request: a session ended gets no more than anyone', async () => {
      const member = await enterpriseMember(api);
      const secret = await createListing(member.client, {
        kind: 'DEMAND',
        title: '保密求购 会话测试',
        confidential: true,
      });
      for (let i = 0; i < 3; i++) expect((await read(member.client))[0]).toContain(secret.id);
      await member.client.ok(LOG_OUT_EVERYWHERE);
      // The listings are open to anonymous readers: the old token reads as one, without the firm's own demand.
      expect((await read(member.client)).some((l) => l.startsWith(secret.id))).toBe(false);
    });
  });
});
