import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import ExcelJS from 'exceljs';
import { buildSchema } from 'graphql';

import { type AccessWorld, accessWorld } from '../support/access-fixture';
import type { GraphQLClient } from '../support/graphql';
import { findPaths, walkSchema } from '../support/schema-walk';
import { useStack } from '../support/stack';

/**
 * The generated check (scenario 13): every field reachable from Query, selected as deep as the
 * schema goes, asked by three callers who have no business with the world's secrets: a member of
 * a firm registered at the same event, the organiser of another event, and the event's own
 * organiser (for the confidential demands its firms did not bring to it). Any answer, GraphQL or
 * file, that carries a secret of others is a leak, whichever field carried it: a field added
 * tomorrow is walked without editing this file.
 */
describe('generated access check: every reachable field, asked by outsiders', () => {
  // The walk selects the whole schema at once: far past the limits a client gets (lists are costed
  // at their real bounds, so eight levels of them estimate well past 10^8).
  Object.assign(process.env, {
    GRAPHQL_MAX_DEPTH: '60',
    GRAPHQL_MAX_COST: String(Number.MAX_SAFE_INTEGER),
    GRAPHQL_MAX_ALIASES: '100000',
  });
  const { api, stack } = useStack({ isolated: true });
  afterAll(() => {
    for (const k of ['GRAPHQL_MAX_DEPTH', 'GRAPHQL_MAX_COST', 'GRAPHQL_MAX_ALIASES']) delete process.env[k];
  });
  let w: AccessWorld;
  const schema = buildSchema(readFileSync(join(__dirname, '..', '..', 'schema.gql'), 'utf8'));

  beforeAll(async () => {
    w = await accessWorld(api, stack);
  }, 300_000);

  const walk = () =>
    walkSchema(
      schema,
      {
        ID: [
          ...Object.values(w.events),
          ...Object.values(w.firms).map((f) => f.enterpriseId),
          ...Object.values(w.listings),
          ...Object.values(w.suggestions),
          ...Object.values(w.registrations),
          ...Object.values(w.requests),
          ...Object.values(w.meetings),
          w.run,
          w.deal,
        ],
        String: ['3055', '520102'],
      },
      8,
    ); // eight object levels already select every reachable field; deeper ones repeat them at a higher cost

  /** Every answer a caller gets from the walk and from the event files, as text with its label. */
  async function answers(client: GraphQLClient): Promise<{ label: string; body: unknown }[]> {
    const out: { label: string; body: unknown }[] = [];
    const queue = [...walk().queries];
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        for (let q = queue.shift(); q; q = queue.shift()) {
          // A refused field nulls its non-null parents: leave it out and ask again, so the rest answers.
          const excluded = new Set<string>();
          for (let round = 0; round < 25; round++) {
            const res = await again(() => client.rawRequest(q.document(excluded)));
            if (res.status >= 500) throw new Error(`${q.label}: HTTP ${res.status}`);
            // A refused document would answer nothing and hide every leak: the walk must be let through.
            if (res.errors?.some((e) => e.extensions?.reason === 'MAX_COST' || e.extensions?.reason === 'MAX_DEPTH'))
              throw new Error(`${q.label}: ${JSON.stringify(res.errors)}`);
            if (res.errors?.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR'))
              throw new Error(`${q.label}: ${JSON.stringify(res.errors)}`);
            out.push({ label: q.label, body: { data: res.data, errors: res.errors?.map((e) => e.message) } });
            const refused = (res.errors ?? [])
              .map((e) => e.path?.filter((k) => typeof k === 'string').join('.'))
              .filter((p): p is string => !!p && p.includes('.') && !excluded.has(p));
            if (!refused.length) break;
            for (const p of refused) excluded.add(p);
          }
        }
      }),
    );
    for (const event of Object.values(w.events))
      for (const file of ['agenda.ics', 'schedule.xlsx', 'report.xlsx']) {
        const res = await fetch(`${api.baseUrl}/events/${event}/${file}`, {
          headers: { authorization: `Bearer ${client.token}` },
        });
        if (res.status >= 500) throw new Error(`GET /events/${event}/${file}: HTTP ${res.status}`);
        const bytes = Buffer.from(await res.arrayBuffer());
        out.push({
          label: `GET /events/${event}/${file}`,
          body: res.ok && file.endsWith('.xlsx') ? await cells(bytes) : bytes.toString('utf8'),
        });
      }
    return out;
  }

  function leaks(all: { label: string; body: unknown }[], secrets: Record<string, string[]>): string[] {
    const found: string[] = [];
    for (const { label, body } of all)
      for (const [what, needles] of Object.entries(secrets))
        for (const needle of needles)
          for (const path of findPaths(body, needle)) found.push(`${what} in ${label} at ${path}`);
    return [...new Set(found)];
  }

  const secretsOfE1 = () => ({
    'confidential demand D1': [w.listings.d1, ...w.markers.d1],
    'deal of B and S': [w.deal, w.markers.dealNote, w.markers.dealAmount],
    'rating comment': w.markers.comments,
    'meeting request message': [`洽谈留言${w.tag}`],
    'contact of S': w.markers.contacts.S,
    'contact of B': w.markers.contacts.B,
  });
  const secretsOfE2 = () => ({
    'confidential demand D3': [w.listings.d3, ...w.markers.d3],
    'confidential demand D4': [w.listings.d4, ...w.markers.d4],
  });

  it('selects every field reachable from Query', () => {
    const { reachable, selected, queries } = walk();
    expect([...reachable].filter((f) => !selected.has(f))).toEqual([]);
    expect(queries.length).toBeGreaterThan(50);
  });

  it('shows a member of another firm at the same event nothing of others', async () => {
    const all = await answers(w.firms.M.client);
    // The walk reaches the event's public side: a public listing and the event itself.
    expect(leaks(all, { public: [w.markers.supplyTitle] }).length).toBeGreaterThan(0);
    expect(leaks(all, { ...secretsOfE1(), ...secretsOfE2(), 'contact of C': w.markers.contacts.C })).toEqual([]);
  }, 300_000);

  it('shows the organiser of another event nothing of this one', async () => {
    const all = await answers(w.orgX);
    expect(leaks(all, { public: [w.markers.supplyTitle] }).length).toBeGreaterThan(0);
    expect(leaks(all, { ...secretsOfE1(), 'contact of M': w.markers.contacts.M })).toEqual([]);
  }, 300_000);

  it('shows an organiser the confidential demands of its event, and none its firms brought elsewhere', async () => {
    const all = await answers(w.orgA);
    // Positive control: the walk finds what this organiser may see, so it would find a leak.
    const seen = leaks(all, secretsOfE1());
    for (const what of Object.keys(secretsOfE1())) expect(seen.some((s) => s.startsWith(what))).toBe(true);
    expect(leaks(all, secretsOfE2())).toEqual([]);
  }, 300_000);
});

/**
 * A query asked again when its kept-alive connection was reset under it (the server closed it as
 * the client reused it: a race of keep-alive timers on a loaded machine); queries are idempotent.
 */
async function again<T>(ask: () => Promise<T>, tries = 3): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await ask();
    } catch (err) {
      const code = ((err as Error).cause as { code?: string } | undefined)?.code;
      if (i >= tries || !['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET'].includes(code ?? '')) throw err;
    }
  }
}

/** Every cell of every sheet of a workbook, as strings. */
async function cells(bytes: Buffer): Promise<string[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as any);
  const out: string[] = [];
  book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => out.push(String(cell.text ?? '')))));
  return out;
}
