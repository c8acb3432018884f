import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource, type DataSourceOptions } from 'typeorm';

import { AnnouncementSweeper, type MatchListing, MatchNotifier, SuggestionWritesRepository } from '@duijie/matching';

import { bottleDemands, createListing, enterpriseMember } from '../support/factories';
import { matched } from '../support/matching';
import { useStack } from '../support/stack';

interface Pair {
  id: string;
  version: string;
  supplier: string;
}

/**
 * What is due to be announced lives in a table of its own, a row per firm and pair: telling a firm
 * of thousands of pairs rewrote every one of those suggestions (and locked them against the other
 * side's announcement), the stall the soak found every debounce period (bench/RESULTS.md).
 */
describe('announcing what is due (reliability)', () => {
  // Announcements run only when this test calls them.
  process.env.MATCH_NOTIFY_DEBOUNCE_MS = '600000';
  const { api, stack } = useStack({ isolated: true });
  afterAll(() => {
    delete process.env.MATCH_NOTIFY_DEBOUNCE_MS;
  });

  it('tells a firm of each strong pair once, writes nothing to the suggestions, and keeps what is not yet for telling', async () => {
    const db = stack().api.get<DataSource>(getDataSourceToken());
    const notifier = stack().worker!.get(MatchNotifier);
    const glassworks = await enterpriseMember(api, { sector: 'BUILDING_MATERIALS', categoryCodes: ['3055'] });
    const otherGlassworks = await enterpriseMember(api, { sector: 'BUILDING_MATERIALS', categoryCodes: ['3055'] });
    const distillery = await enterpriseMember(api, { regionCode: '520382', categoryCodes: ['1512'] });
    const supplies = [await createListing(glassworks.client), await createListing(otherGlassworks.client)];
    const demands = await bottleDemands(distillery.client);
    await matched(
      api,
      [...supplies, ...demands].map((l) => l.id),
    );

    const pairs = async (): Promise<Pair[]> =>
      db.query(
        `SELECT id, xmin::text AS version, supply_enterprise_id AS supplier FROM match_suggestion
          WHERE demand_enterprise_id = $1 AND score >= 0.65 ORDER BY id`,
        [distillery.enterpriseId],
      );
    const due = async (enterpriseId: string): Promise<string[]> =>
      (
        await db.query(`SELECT suggestion_id FROM match_announcement_due WHERE enterprise_id = $1 ORDER BY 1`, [
          enterpriseId,
        ])
      ).map((r: { suggestion_id: string }) => r.suggestion_id);
    const strong = await pairs();
    expect(strong.length).toBeGreaterThanOrEqual(3);
    // Every strong pair became due to both of its sides when it was written.
    expect(await due(distillery.enterpriseId)).toEqual(strong.map((p) => p.id));

    // One the buyer dismissed, one that fell below the bar since.
    const [dismissed, fallen, ...told] = strong;
    await db.query(`UPDATE match_suggestion SET demand_decision = 'DISMISS' WHERE id = $1`, [dismissed.id]);
    await db.query(`UPDATE match_suggestion SET score = 0.5 WHERE id = $1`, [fallen.id]);
    const before = await db.query(`SELECT id, xmin::text AS version FROM match_suggestion ORDER BY id`);

    // Two announcements of one firm at once (two workers' batches, each with the other side's firms
    // in another order): one tells it, the other finds nothing, and neither waits for the other for good.
    const [[g1, d1], [d2, g2]] = await Promise.all([
      notifier.announceAll([glassworks.enterpriseId, distillery.enterpriseId]),
      notifier.announceAll([distillery.enterpriseId, glassworks.enterpriseId]),
    ]);
    const glassworksPairs = strong.filter((p) => p.supplier === glassworks.enterpriseId);
    const glassworksTold = glassworksPairs.filter((p) => p !== dismissed && p !== fallen).map((p) => p.id);
    expect([d1, d2].sort((a, b) => a - b)).toEqual([0, told.length]);
    expect([g1, g2].sort((a, b) => a - b)).toEqual([0, glassworksTold.length]);
    expect(await db.query(`SELECT id, xmin::text AS version FROM match_suggestion ORDER BY id`)).toEqual(before);
    const notesOf = async (enterpriseId: string): Promise<string[][]> =>
      (
        await db.query(`SELECT data FROM notification WHERE kind = 'MATCH_SUGGESTED' AND enterprise_id = $1`, [
          enterpriseId,
        ])
      ).map((r: { data: { suggestionIds: string[] } }) => [...r.data.suggestionIds].sort());
    expect(await notesOf(distillery.enterpriseId)).toEqual([told.map((p) => p.id)]);
    // The dismissed pair is settled, the fallen one still due. The glassworks, in the same batches,
    // is told of its own pairs but those two in one notification; the other supplier is untouched.
    expect(await due(distillery.enterpriseId)).toEqual([fallen.id]);
    expect(await notesOf(glassworks.enterpriseId)).toEqual(glassworksTold.length ? [glassworksTold] : []);
    expect(await due(glassworks.enterpriseId)).toEqual(glassworksPairs.filter((p) => p === fallen).map((p) => p.id));
    expect(await due(otherGlassworks.enterpriseId)).toEqual(
      strong.filter((p) => p.supplier === otherGlassworks.enterpriseId).map((p) => p.id),
    );

    // Risen again, it is told once; the sweep finds it if no job was queued for it.
    await db.query(`UPDATE match_suggestion SET score = 0.9 WHERE id = $1`, [fallen.id]);
    // Past the sweep's grace (twice the debounce delay).
    await db.query(`UPDATE match_announcement_due SET created_at = now() - interval '1 hour'`);
    const sweeper = stack().worker!.get(AnnouncementSweeper);
    expect((await sweeper.sweep()).unannounced).toBeGreaterThanOrEqual(1);
    expect(await notifier.announce(distillery.enterpriseId)).toBe(1);
    expect(await notifier.announce(distillery.enterpriseId)).toBe(0);
    expect(await due(distillery.enterpriseId)).toEqual([]);

    // What is due for a pair that is gone is dropped by the sweep.
    const [gone] = await due(glassworks.enterpriseId);
    await db.query(`DELETE FROM match_suggestion WHERE id = $1`, [gone]);
    await sweeper.sweep();
    expect(await due(glassworks.enterpriseId)).not.toContain(gone);
  }, 90_000);

  it('a pair scored again by a statement begun in the same millisecond as the one that made it strong is not due again', async () => {
    // Two workers' statements once began in the same millisecond, and each took the pair for newly
    // strong (CI, the several-processes test): the firms were told of it twice. Here the database's
    // clock is held at the pair's strong_since for a second writer, so the two share a millisecond.
    const db = stack().api.get<DataSource>(getDataSourceToken());
    const notifier = stack().worker!.get(MatchNotifier);
    const glassworks = await enterpriseMember(api, { sector: 'BUILDING_MATERIALS', categoryCodes: ['3055'] });
    const distillery = await enterpriseMember(api, { regionCode: '520382', categoryCodes: ['1512'] });
    const supply = await createListing(glassworks.client);
    const [demand] = await bottleDemands(distillery.client);
    await matched(api, [supply.id, demand.id]);
    const [pair] = await db.query<
      { id: string; score: number; supply_fingerprint: string; demand_fingerprint: string; version: number }[]
    >(
      `SELECT s.id, s.score, s.supply_fingerprint, s.demand_fingerprint, l.version FROM match_suggestion s
         JOIN listing l ON l.id = s.supply_id WHERE s.supply_id = $1 AND s.demand_id = $2 AND s.score >= 0.65`,
      [supply.id, demand.id],
    );
    expect(pair).toBeDefined();
    await notifier.announceAll([glassworks.enterpriseId, distillery.enterpriseId]);

    await db.query(`CREATE SCHEMA held_clock`);
    await db.query(
      `CREATE FUNCTION held_clock.now() RETURNS timestamptz LANGUAGE sql STABLE
         AS $$ SELECT strong_since FROM public.match_suggestion WHERE id = '${pair.id}' $$`,
    );
    const options: DataSourceOptions = db.options;
    const held = await new DataSource({
      ...options,
      name: 'held-clock',
      extra: { max: 1, options: '-c search_path=held_clock,pg_catalog,public' },
    }).initialize();
    try {
      const listing = (id: string, enterpriseId: string, kind: 'SUPPLY' | 'DEMAND', fingerprint: string) =>
        ({ id, enterpriseId, kind, fingerprint, version: pair.version }) as MatchListing;
      const own = listing(supply.id, glassworks.enterpriseId, 'SUPPLY', pair.supply_fingerprint);
      const other = listing(demand.id, distillery.enterpriseId, 'DEMAND', pair.demand_fingerprint);
      const told = await new SuggestionWritesRepository(held).replaceSuggestions(
        [
          {
            listing: own,
            kept: [{ supplyId: supply.id, demandId: demand.id, score: pair.score - 0.01, reasons: [] }],
            offered: [],
          },
        ],
        () => other,
        new Date(),
        0.65,
      );
      expect(told).toEqual([]);
    } finally {
      await held.destroy();
      await db.query(`DROP SCHEMA held_clock CASCADE`);
    }
    // The pair was written again, and nobody is due to hear of it again.
    expect((await db.query(`SELECT score FROM match_suggestion WHERE id = $1`, [pair.id]))[0].score).toBeCloseTo(
      pair.score - 0.01,
    );
    expect(await db.query(`SELECT 1 FROM match_announcement_due WHERE suggestion_id = $1`, [pair.id])).toEqual([]);
    await notifier.announceAll([glassworks.enterpriseId, distillery.enterpriseId]);
    const tellings = await db.query(
      `SELECT enterprise_id FROM notification WHERE kind = 'MATCH_SUGGESTED' AND data->'suggestionIds' ? $1 ORDER BY 1`,
      [pair.id],
    );
    expect(tellings.map((t: { enterprise_id: string }) => t.enterprise_id)).toEqual(
      [glassworks.enterpriseId, distillery.enterpriseId].sort(),
    );
  }, 90_000);
});
