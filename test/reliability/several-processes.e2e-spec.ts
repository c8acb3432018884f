import { print } from 'graphql';
import { type Client as WsClient, createClient } from 'graphql-ws';
import { Client } from 'pg';
import WebSocket from 'ws';

import { graphql } from '../generated';
import { eventually } from '../support/eventually';
import { createListing, enterpriseMember } from '../support/factories';
import { GraphQLClient } from '../support/graphql';
import { type App, buildApps, bullQueue, freePorts, ownEnvironment, startApp } from './processes';

const RECEIVED = graphql(`subscription SeveralProcessesNotifications { notificationReceived { id kind } }`);
const UPDATE = graphql(
  `mutation SeveralProcessesUpdateListing($id: ID!, $input: UpdateListingInput!) { updateListing(id: $id, input: $input) { id } }`,
);

/** Every value a subscription sends, until the test closes its client. */
function subscribe(apiUrl: string, token: string): { client: WsClient; ids: string[]; ready: Promise<void> } {
  const ids: string[] = [];
  let onReady!: () => void;
  const ready = new Promise<void>((resolve) => (onReady = resolve));
  const client = createClient({
    url: `${apiUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => undefined,
    on: { connected: () => onReady() },
  });
  client.subscribe<{ notificationReceived: { id: string } }>(
    { query: print(RECEIVED) },
    {
      next: (v) => v.data && ids.push(v.data.notificationReceived.id),
      error: () => undefined,
      complete: () => undefined,
    },
  );
  return { client, ids, ready };
}

/** The `match.listing` runs a worker logged (LOG_LEVEL=debug), by job id. */
function matchRuns(worker: App): string[] {
  return worker.lines.filter((l) => l.includes('"match job"')).map((l) => (JSON.parse(l) as { jobId: string }).jobId);
}

const count = (xs: string[]) => xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<string, number>());

/**
 * Issue 18, item 7: two API and two worker processes on one database and one Redis prefix, as
 * behind a load balancer. Firms post listings through both APIs at once; every listing version is
 * matched exactly once, each notification is stored once and reaches its subscriber once, whichever
 * API the subscriber is connected to, and the repeating jobs are not doubled.
 */
describe('several processes: two apis and two workers on one database and Redis (e2e)', () => {
  let own: Awaited<ReturnType<typeof ownEnvironment>>;
  let db: Client;
  const apps: App[] = [];
  let apiA: string;
  let apiB: string;
  let workers: App[];
  let built: Awaited<ReturnType<typeof buildApps>>;

  beforeAll(async () => {
    [built, own] = await Promise.all([buildApps(), ownEnvironment('scaleout')]);
    db = new Client({ connectionString: own.url });
    await db.connect();
    const [pa, pb, wa, wb] = await freePorts(4);
    apiA = `http://127.0.0.1:${pa}`;
    apiB = `http://127.0.0.1:${pb}`;
    const started = await Promise.allSettled([
      startApp('api', { ...own.env, PORT: String(pa) }, built.dir),
      startApp('api', { ...own.env, PORT: String(pb) }, built.dir),
      startApp('worker', { ...own.env, WORKER_PORT: String(wa), LOG_LEVEL: 'debug' }, built.dir),
      startApp('worker', { ...own.env, WORKER_PORT: String(wb), LOG_LEVEL: 'debug' }, built.dir),
    ]);
    // Those that started are stopped in afterAll, whether or not the others did.
    for (const s of started) if (s.status === 'fulfilled') apps.push(s.value);
    const failed = started.find((s) => s.status === 'rejected');
    if (failed) throw failed.reason;
    workers = apps.slice(2);
  }, 180_000);

  afterAll(async () => {
    for (const app of apps) app.kill('SIGTERM');
    await Promise.all(apps.map((a) => a.exited));
    await db?.end();
    await own?.drop();
    await built?.remove();
  });

  it('matches every listing version once, stores and delivers every notification once, on either api', async () => {
    const a = new GraphQLClient(apiA);
    const glassworks = await Promise.all(
      [0, 1, 2].map(() => enterpriseMember(a, { sector: 'BUILDING_MATERIALS', categoryCodes: ['3055'] })),
    );
    const distilleries = await Promise.all(
      [0, 1, 2].map(() => enterpriseMember(a, { regionCode: '520382', categoryCodes: ['1512'] })),
    );
    // One subscriber on each api; the notifications are made by either worker.
    const onA = subscribe(apiA, distilleries[0].client.token!);
    const onB = subscribe(apiB, glassworks[0].client.token!);
    await Promise.all([onA.ready, onB.ready]);

    // Each firm posts through both apis, four requests of its own in flight; some listings are
    // then edited through the other api, so that they have a second version.
    const firms = [
      ...glassworks.map((f) => ({ f, kind: 'SUPPLY' as const })),
      ...distilleries.map((f) => ({ f, kind: 'DEMAND' as const })),
    ];
    const PER_FIRM = 24;
    const ids: string[] = [];
    await Promise.all(
      firms.flatMap(({ f, kind }, fi) =>
        [0, 1, 2, 3].map(async (lane) => {
          for (let k = lane; k < PER_FIRM; k += 4) {
            const via = new GraphQLClient(k % 2 ? apiB : apiA, f.client.token);
            const other = new GraphQLClient(k % 2 ? apiA : apiB, f.client.token);
            const size = [250, 330, 500, 750][k % 4];
            const listing = await createListing(via, {
              kind,
              title:
                kind === 'SUPPLY'
                  ? `${size}ml 酱香型白酒玻璃瓶 ${fi}-${k}`
                  : `求购 ${size}ml 酱香型白酒玻璃瓶 ${fi}-${k}`,
              certifications: [],
            });
            ids.push(listing.id);
            if (k % 3 === 0)
              await other.ok(UPDATE, { id: listing.id, input: { description: `高白料晶白玻璃瓶，第二版 ${k}` } });
          }
        }),
      ),
    );
    expect(ids).toHaveLength(firms.length * PER_FIRM);

    // Settled: every listing matched at its latest version, the outbox empty, no strong pair left unannounced.
    await eventually(
      'every listing matched and announced',
      async () =>
        (
          await db.query<{ pending: number; outbox: number; unannounced: number }>(
            `SELECT (SELECT count(*)::int FROM listing WHERE matching_status <> 'DONE') AS pending,
                    (SELECT count(*)::int FROM outbox) AS outbox,
                    (SELECT count(*)::int FROM match_suggestion s
                      WHERE s.score >= 0.65 AND (s.strong_since IS NULL
                         OR EXISTS (SELECT 1 FROM match_announcement_due d WHERE d.suggestion_id = s.id))) AS unannounced`,
          )
        ).rows[0],
      (s) => s.pending === 0 && s.outbox === 0 && s.unannounced === 0,
      { timeoutMs: 90_000, intervalMs: 250 },
    );

    // Every version of every listing ran its match job exactly once, over both workers.
    const versions = (
      await db.query<{ id: string; version: number }>(`SELECT id, version FROM listing WHERE id = ANY($1::uuid[])`, [
        ids,
      ])
    ).rows;
    expect(versions.some((v) => v.version > 1)).toBe(true);
    const expected = versions.flatMap((v) =>
      Array.from({ length: v.version }, (_, i) => `match.listing-${v.id}-v${i + 1}`),
    );
    const perWorker = workers.map(matchRuns);
    const runs = count(perWorker.flat());
    expect(expected.filter((jobId) => runs.get(jobId) !== 1)).toEqual([]);
    expect([...runs.keys()].filter((jobId) => !expected.includes(jobId))).toEqual([]);
    // Both workers took a share.
    expect(perWorker.map((r) => r.length > 0)).toEqual([true, true]);

    // Every notification stored once: no suggestion announced to a side in two notifications.
    const notes = (
      await db.query<{ id: string; enterprise_id: string; suggestion_ids: string[] }>(
        `SELECT id, enterprise_id, ARRAY(SELECT jsonb_array_elements_text(data->'suggestionIds')) AS suggestion_ids
           FROM notification WHERE kind = 'MATCH_SUGGESTED'`,
      )
    ).rows;
    expect(notes.length).toBeGreaterThan(0);
    const announced = count(notes.flatMap((n) => n.suggestion_ids.map((s) => `${n.enterprise_id}:${s}`)));
    expect([...announced].filter(([, n]) => n > 1)).toEqual([]);
    // ... and every strong pair announced to both of its sides.
    const strong = (
      await db.query<{ id: string; supply_enterprise_id: string; demand_enterprise_id: string }>(
        `SELECT id, supply_enterprise_id, demand_enterprise_id FROM match_suggestion WHERE score >= 0.65`,
      )
    ).rows;
    expect(strong.length).toBeGreaterThan(0);
    expect(
      strong
        .flatMap((p) => [`${p.supply_enterprise_id}:${p.id}`, `${p.demand_enterprise_id}:${p.id}`])
        .filter((k) => !announced.has(k)),
    ).toEqual([]);

    // Each subscriber received each of its notifications exactly once, on either api.
    for (const [sub, firm] of [
      [onA, distilleries[0]],
      [onB, glassworks[0]],
    ] as const) {
      const stored = (
        await db.query<{ id: string }>(`SELECT id FROM notification WHERE enterprise_id = $1 ORDER BY id`, [
          firm.enterpriseId,
        ])
      ).rows.map((r) => r.id);
      expect(stored.length).toBeGreaterThan(0);
      await eventually(
        'the subscriber received its notifications',
        async () => sub.ids.length,
        (n) => n >= stored.length,
        { timeoutMs: 15_000 },
      );
      // One more second for a second copy, had one been sent.
      await new Promise((r) => setTimeout(r, 1_000));
      expect([...sub.ids].sort()).toEqual(stored);
    }
    await Promise.all([onA.client.dispose(), onB.client.dispose()]);
  }, 240_000);

  it('lets both workers match against a listing whose transaction committed long after it began', async () => {
    const a = new GraphQLClient(apiA);
    const b = new GraphQLClient(apiB);
    const glassworks = await enterpriseMember(a, { sector: 'BUILDING_MATERIALS', categoryCodes: ['3055'] });
    const distillery = await enterpriseMember(a, { regionCode: '520382', categoryCodes: ['1512'] });
    const runsSince = (marks: number[]) => workers.map((w, i) => matchRuns(w).length - marks[i]);
    /** Posts listings through both apis until each worker has matched at least one of them. */
    const postUntilBothMatched = async (post: (via: GraphQLClient, k: number) => Promise<{ id: string }>) => {
      const marks = workers.map((w) => matchRuns(w).length);
      const ids: string[] = [];
      await eventually(
        'each worker matched one of the new listings',
        async () => {
          ids.push((await post(ids.length % 2 ? b : a, ids.length)).id);
          await eventually(
            'new listings matched',
            async () =>
              (await db.query(`SELECT count(*)::int AS n FROM listing WHERE matching_status <> 'DONE'`)).rows[0].n,
            (n: number) => n === 0,
            { timeoutMs: 30_000 },
          );
          return runsSince(marks);
        },
        (r) => r.every((n) => n > 0),
        { timeoutMs: 60_000, intervalMs: 0 },
      );
      return ids;
    };

    // A supply written in a transaction that stays open past the workers' refresh overlap (5 s), as
    // a big import or a write waiting on locks would; meanwhile both workers match other listings.
    const late = new Client({ connectionString: own.url });
    await late.connect();
    try {
      await late.query('BEGIN');
      const x = (
        await late.query<{ id: string }>(
          `INSERT INTO listing (enterprise_id, kind, title, description, category_code, region_code, valid_until)
           VALUES ($1, 'SUPPLY', '1000ml 乳白玻璃酒瓶 定制', '乳白料玻璃酒瓶，可烤花', '3055', '520102', '2099-12-31') RETURNING id`,
          [glassworks.enterpriseId],
        )
      ).rows[0].id;
      await late.query(
        `INSERT INTO outbox (queue, name, job_id, data) VALUES ('matching', 'match.listing', $1, $2::jsonb)`,
        [`match.listing-${x}-v1`, JSON.stringify({ listingId: x, version: 1 })],
      );
      await new Promise((r) => setTimeout(r, 6_000)); // past the overlap: the condition under test is elapsed time
      await postUntilBothMatched((via, k) =>
        createListing(via.withToken(glassworks.client.token), { title: `瓦楞纸箱 ${k}`, categoryCode: '2231' }),
      );
      await late.query('COMMIT');
      await eventually(
        'the late listing matched',
        async () => (await db.query(`SELECT matching_status FROM listing WHERE id = $1`, [x])).rows[0].matching_status,
        (status: string) => status === 'DONE',
        { timeoutMs: 30_000 },
      );

      // Demands posted now are matched by either worker; each must find the late supply.
      const demands = await postUntilBothMatched((via, k) =>
        createListing(via.withToken(distillery.client.token), {
          kind: 'DEMAND',
          title: `求购 1000ml 乳白玻璃酒瓶 ${k}`,
          certifications: [],
        }),
      );
      const paired = (
        await db.query<{ demand_id: string }>(
          `SELECT demand_id FROM match_suggestion WHERE supply_id = $1 AND demand_id = ANY($2::uuid[])`,
          [x, demands],
        )
      ).rows.map((r) => r.demand_id);
      expect(demands.filter((d) => !paired.includes(d))).toEqual([]);
    } finally {
      await late.end();
    }
  }, 180_000);

  it('keeps one schedule per repeating job and one catch-up run, however many workers started', async () => {
    const maintenance = bullQueue('maintenance', own.env);
    try {
      const schedulers = await maintenance.getJobSchedulers();
      expect(schedulers.map((s) => s.key).sort()).toEqual(['evaluate-policies', 'expire-listings', 'sweep-matching']);
      const jobs = await maintenance.getJobs(['waiting', 'delayed', 'active', 'completed', 'failed', 'prioritized']);
      // Each schedule's iterations at least its period apart (a doubled schedule shows two within one).
      for (const s of schedulers) {
        const at = jobs
          .filter((j) => j.id?.startsWith(`repeat:${s.key}:`))
          .map((j) => Number(j.id!.split(':').pop()))
          .sort((x, y) => x - y);
        expect(at.length).toBeGreaterThan(0);
        at.slice(1).forEach((t, i) => expect(t - at[i]).toBeGreaterThanOrEqual(Number(s.every)));
      }
      // The catch-up expiry at start: two workers started, one run.
      const catchUps = jobs.filter((j) => j.name === 'listings.expire' && !j.id?.startsWith('repeat:'));
      expect(catchUps).toHaveLength(1);
    } finally {
      await maintenance.close();
    }
  });
});
