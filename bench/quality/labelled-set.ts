/**
 * A labelled set for match quality, in the one format every set uses (the development set, and
 * held-back sets written by others):
 *   { name, firms: { key: { name, region, categories } },
 *     supplies: [{ key, firm, category, title, description?, quantity?, unit?, price?, certifications? }],
 *     queries:  [{ key?, firm, category, title, ..., judgements: { supplyKey: 1 | 2 | 3 } }] }
 * `category` is a chain category code of data/chain.json, `region` a GB/T 2260 code; `price` is a
 * number, a [min, max] pair or { min, max }. Unlisted supplies are judged 0.
 */
import { readFileSync } from 'node:fs';

export interface SetFirm {
  name?: string;
  region: string;
  categories: string[];
}

export type PriceField = number | [number, number] | { min?: number | null; max?: number | null } | null;

export interface SetListing {
  key: string;
  firm: string;
  category: string;
  title: string;
  description?: string | null;
  quantity?: number | null;
  unit?: string | null;
  price?: PriceField;
  certifications?: string[] | null;
}

export interface SetQuery extends SetListing {
  /** Supply key → grade (3 = exactly what is asked, 2 = a good substitute, 1 = related). */
  judgements: Record<string, number>;
}

export interface LabelledSet {
  name: string;
  firms: Record<string, SetFirm>;
  supplies: SetListing[];
  queries: SetQuery[];
}

/** [min, max] of a price field, or null when it has none. */
export function priceRange(p: PriceField | undefined): [number | null, number | null] {
  if (p == null) return [null, null];
  if (typeof p === 'number') return [p, p];
  if (Array.isArray(p)) return [p[0] ?? null, p[1] ?? p[0] ?? null];
  return [p.min ?? null, p.max ?? p.min ?? null];
}

/** Checks a parsed set and fills what may be left out (query keys); throws naming the first fault. */
export function validateSet(raw: unknown, source = 'set'): LabelledSet {
  const fail = (msg: string): never => {
    throw new Error(`${source}: ${msg}`);
  };
  if (!raw || typeof raw !== 'object') fail('not a JSON object');
  const r = raw as Partial<LabelledSet> & { queries?: (Omit<SetQuery, 'key'> & { key?: string })[] };
  if (!r.firms || typeof r.firms !== 'object') fail('no "firms" object');
  if (!Array.isArray(r.supplies)) fail('no "supplies" array');
  if (!Array.isArray(r.queries)) fail('no "queries" array');
  const firms = r.firms!;
  for (const [key, f] of Object.entries(firms)) {
    if (!f || typeof f.region !== 'string') fail(`firm ${key}: no region`);
    if (!Array.isArray(f.categories)) fail(`firm ${key}: no categories`);
  }
  const listing = (l: SetListing, what: string) => {
    if (!l.title) fail(`${what}: no title`);
    if (!l.category) fail(`${what}: no category`);
    if (!firms[l.firm]) fail(`${what}: unknown firm ${l.firm}`);
  };
  const supplyKeys = new Set<string>();
  for (const s of r.supplies!) {
    if (!s.key) fail('a supply has no key');
    if (supplyKeys.has(s.key)) fail(`supply key ${s.key} twice`);
    supplyKeys.add(s.key);
    listing(s, `supply ${s.key}`);
  }
  const queries: SetQuery[] = r.queries!.map((q, i) => {
    const key = q.key ?? `q${i + 1}`;
    listing({ ...q, key }, `query ${key}`);
    if (!q.judgements || typeof q.judgements !== 'object') fail(`query ${key}: no judgements`);
    for (const k of Object.keys(q.judgements)) if (!supplyKeys.has(k)) fail(`query ${key}: judges unknown supply ${k}`);
    return { ...q, key };
  });
  return { name: r.name ?? source, firms, supplies: r.supplies!, queries };
}

export function loadSet(file: string): LabelledSet {
  return validateSet(JSON.parse(readFileSync(file, 'utf8')), file);
}

/** Several sets as one (firm and supply keys must not collide). */
export function mergeSets(name: string, sets: LabelledSet[]): LabelledSet {
  const out: LabelledSet = { name, firms: {}, supplies: [], queries: [] };
  for (const s of sets) {
    for (const [k, f] of Object.entries(s.firms)) {
      if (out.firms[k]) throw new Error(`${name}: firm ${k} in two sets`);
      out.firms[k] = f;
    }
    out.supplies.push(...s.supplies);
    out.queries.push(...s.queries);
  }
  return validateSet(out, name);
}
