import { getQueueToken } from '@nestjs/bullmq';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';

import { matchJob } from '@duijie/listings';
import { MatchSourcesRepository, MatchWorkerService } from '@duijie/matching';
import { JobProducer, QUEUES } from '@duijie/queue';

import { eventually } from './support/eventually';
import { createListing, enterpriseMember } from './support/factories';
import { matched } from './support/matching';
import { useStack } from './support/stack';

interface Pair {
  supply_id: string;
  demand_id: string;
  score: number;
}

/**
 * The worker matches the jobs it runs at once in batches (one read, one index refresh, one write per
 * kind of listing): a batch must leave exactly the suggestions that matching its listings one at a
 * time leaves, and answer each job for its own listing.
 */
describe('match jobs in batches (e2e)', () => {
  // A database of its own: the comparison covers every suggestion in it.
  const { api, stack } = useStack({ isolated: true });
  const db = () => stack().api.get<DataSource>(getDataSourceToken());
  const service = () => stack().worker!.get(MatchWorkerService);

  const pairs = async (): Promise<Pair[]> =>
    (await db().query(`SELECT supply_id, demand_id, score FROM match_suggestion ORDER BY supply_id, demand_id`)).map(
      (p: Pair) => ({ ...p, score: Number(p.score) }),
    );

  /** The listings each batch read while `work` ran, batch by batch. */
  async function batchReads(work: () => Promise<unknown>): Promise<string[][]> {
    const sources = stack().worker!.get(MatchSourcesRepository);
    const spy = jest.spyOn(sources, 'sources');
    try {
      await work();
      return spy.mock.calls.map(([read]) => [...read]);
    } finally {
      spy.mockRestore();
    }
  }

  const sizes = (reads: string[][]) => reads.map((r) => r.length);

  let ids: string[] = [];

  beforeAll(async () => {
    const glassworks = await Promise.all(
      ['3055', '3055', '2231'].map((code) =>
        enterpriseMember(api, { sector: 'BUILDING_MATERIALS', categoryCodes: [code] }),
      ),
    );
    const distilleries = await Promise.all(
      [0, 1, 2].map(() => enterpriseMember(api, { regionCode: '520382', categoryCodes: ['1512'] })),
    );
    const supplies = [
      { title: '500ml 酱香型白酒玻璃瓶', description: '高白料晶白玻璃瓶，可定制瓶型' },
      { title: '白酒瓶 乳白玻璃 异形瓶', description: '乳浊玻璃酒瓶，烤花、喷釉' },
      { title: '白酒包装 瓦楞纸箱 彩箱', description: '五层瓦楞外箱，酒盒内衬', categoryCode: '2231' },
      { title: '高档酒盒 礼盒 天地盖', description: '白酒礼盒，精品包装', categoryCode: '2231' },
      { title: '玻璃酒瓶 1000ml 晶质料', description: '高白料酒瓶，年产能 2000 万只' },
      { title: '白酒瓶盖 铝塑防伪盖', description: '防伪瓶盖，适配 500ml 酒瓶' },
    ];
    const demands = [
      { title: '求购 500ml 酱香型白酒玻璃瓶', description: '年需 200 万只，高白料' },
      { title: '采购 白酒外包装纸箱', description: '六瓶装瓦楞纸箱' },
      { title: '长期采购 酒瓶 礼盒', description: '玻璃酒瓶与配套礼盒' },
      { title: '求购 乳白玻璃酒瓶', description: '异形瓶，烤花' },
      { title: '采购 防伪瓶盖', description: '铝塑组合盖' },
      { title: '求购 1000ml 玻璃酒瓶', description: '晶质料，坛装酒用' },
    ];
    const listings = [
      ...(await Promise.all(
        supplies.map((s, i) =>
          createListing(glassworks[s.categoryCode ? 2 : i % 2].client, {
            ...s,
            categoryCode: s.categoryCode ?? '3055',
            certifications: [],
          }),
        ),
      )),
      ...(await Promise.all(
        demands.map((d, i) =>
          createListing(distilleries[i % 3].client, {
            ...d,
            kind: 'DEMAND',
            categoryCode: '1512',
            quantity: 2_000_000,
            certifications: [],
          }),
        ),
      )),
    ];
    ids = listings.map((l) => l.id);
    await matched(api, ids, 60_000);
  }, 120_000);

  it('leaves the same suggestions as matching its listings one at a time', async () => {
    await db().query(`DELETE FROM match_suggestion`);
    const reads = sizes(await batchReads(() => Promise.all(ids.map((id) => service().matchListing(id)))));
    expect(Math.max(...reads)).toBeGreaterThan(1); // the calls were batched
    expect(reads.reduce((a, b) => a + b, 0)).toBe(ids.length); // each listing read once
    const together = await pairs();
    expect(together.length).toBeGreaterThan(ids.length); // pairs between the batch's own listings

    await db().query(`DELETE FROM match_suggestion`);
    for (const id of ids) await service().matchListing(id);
    expect(await pairs()).toEqual(together);
  });

  it('removes the pairs a listing of the batch no longer keeps, as one at a time would', async () => {
    await db().query(`CREATE TABLE batch_test_before AS SELECT * FROM match_suggestion`);
    const before = await pairs();
    // One supplier now offers something else (as an edit commits it: a new version).
    const [changed] = ids;
    await db().query(
      `UPDATE listing SET title = '航空发动机机匣锻件', description = '高温合金锻件', version = version + 1, updated_at = now() WHERE id = $1`,
      [changed],
    );
    const outcomes = await Promise.all(ids.map((id) => service().matchListing(id)));
    expect(outcomes).toEqual(ids.map(() => 'matched'));
    const together = await pairs();
    const of = (ps: Pair[]) => ps.filter((p) => p.supply_id === changed);
    expect(of(together).length).toBeLessThan(of(before).length);
    expect(together.filter((p) => p.supply_id !== changed).length).toBeGreaterThan(0);

    await db().query(`DELETE FROM match_suggestion`);
    await db().query(`INSERT INTO match_suggestion SELECT * FROM batch_test_before`);
    for (const id of ids) await service().matchListing(id);
    expect(await pairs()).toEqual(together);
  });

  it('answers each job of a batch for its own listing: matched, stale, gone or withdrawn', async () => {
    const [open, closed, older] = ids.slice(6);
    await db().query(`UPDATE listing SET status = 'CLOSED', version = version + 1, updated_at = now() WHERE id = $1`, [
      closed,
    ]);
    const [{ version }] = await db().query(`SELECT version FROM listing WHERE id = $1`, [older]);
    await db().query(`UPDATE listing SET version = version + 1, updated_at = now() WHERE id = $1`, [older]);
    const requests: [string, number | undefined][] = [
      [open, undefined],
      [closed, undefined],
      [older, version], // a job queued for a version since replaced
      ['00000000-0000-4000-8000-000000000000', 1],
    ];
    const reads = await batchReads(async () => {
      const outcomes = await Promise.all(requests.map(([id, v]) => service().matchListing(id, v)));
      expect(outcomes).toEqual(['matched', 'withdrawn', 'stale', 'gone']);
    });
    expect(sizes(reads)).toEqual([4]);
    const left: { n: string }[] = await db().query(
      `SELECT count(*) AS n FROM match_suggestion WHERE supply_id = $1 OR demand_id = $1`,
      [closed],
    );
    expect(Number(left[0].n)).toBe(0);
  });

  it('matches a listing posted one by one before the backlog of an import', async () => {
    const worker = stack().worker!;
    const queue = worker.get<Queue>(getQueueToken(QUEUES.matching));
    await queue.pause();
    try {
      // An import's backlog: every listing at a new version, its job queued as bulk work.
      const versions: { id: string; version: number }[] = await db().query(
        `WITH v AS (UPDATE listing SET version = version + 1, matching_status = 'PENDING', updated_at = now()
                     WHERE id = ANY($1::uuid[]) AND status = 'OPEN' RETURNING id, version)
         SELECT id, version FROM v`,
        [ids],
      );
      const open = versions.map((v) => v.id);
      await worker.get(JobProducer).add(versions.map((v) => matchJob(v.id, v.version, true)));
      const buyer = await enterpriseMember(api, { regionCode: '520382', categoryCodes: ['1512'] });
      const posted = await createListing(buyer.client, {
        kind: 'DEMAND',
        title: '求购 白酒玻璃瓶',
        categoryCode: '1512',
        certifications: [],
      });
      await eventually(
        'the posted listing’s job queued',
        async () => (await queue.getJobs(['wait', 'paused'])).length,
        (n) => n > 0,
        { timeoutMs: 10_000 },
      );
      const reads = await batchReads(async () => {
        await queue.resume();
        await matched(api, [posted.id, ...open], 60_000);
      });
      expect(reads.flat().sort()).toEqual([posted.id, ...open].sort());
      expect(reads[0]).toContain(posted.id); // first, though queued after the backlog
    } finally {
      await queue.resume();
    }
  });
});
