import { buildSchema, parse, validate } from 'graphql';

import { aliasLimitRule, assertCost, CostCache, depthLimitRule, expensiveFieldRule } from './limits';

const schema = buildSchema(`
  type Item { id: ID!  children: [Item!]!  parent: Item }
  type ItemEdge { cursor: String!  node: Item! }
  type ItemConnection { edges: [ItemEdge!]!  totalCount: Int! }
  type Query { item: Item  items(first: Int): ItemConnection! }
  type Mutation { logIn(email: String!): String }
`);

const errorsOf = (query: string, rules: any[]) => validate(schema, parse(query), rules).map((e) => e.extensions.reason);

describe('GraphQL limits', () => {
  it('measures depth through fragments and stops at cycles', () => {
    expect(errorsOf('{ item { parent { parent { id } } } }', [depthLimitRule(3)])).toEqual([]);
    expect(errorsOf('{ item { parent { parent { parent { id } } } } }', [depthLimitRule(3)])).toEqual(['MAX_DEPTH']);
    const viaFragment = 'query { item { ...F } } fragment F on Item { parent { parent { parent { id } } } }';
    expect(errorsOf(viaFragment, [depthLimitRule(3)])).toEqual(['MAX_DEPTH']);
  });

  it('measures fragments spread many times over in time linear in the document', () => {
    // Each fragment spreads the next twice: followed naively, 2^40 visits.
    const names = Array.from({ length: 40 }, (_, i) => `F${i}`);
    const doubled = names.map((n, i) =>
      i + 1 < names.length ? `fragment ${n} on Item { ...F${i + 1} ...F${i + 1} }` : `fragment ${n} on Item { id }`,
    );
    const started = Date.now();
    expect(errorsOf(`query { item { ...F0 } } ${doubled.join(' ')}`, [depthLimitRule(3)])).toEqual([]);
    const deep = [...doubled.slice(0, -1), 'fragment F39 on Item { parent { parent { parent { id } } } }'];
    expect(errorsOf(`query { item { ...F0 } } ${deep.join(' ')}`, [depthLimitRule(3)])).toEqual(['MAX_DEPTH']);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('counts aliases across the document', () => {
    expect(errorsOf('{ a: item { id } b: item { id } }', [aliasLimitRule(2)])).toEqual([]);
    expect(errorsOf('{ a: item { id } b: item { id } c: item { x: id } }', [aliasLimitRule(2)])).toEqual([
      'MAX_ALIASES',
    ]);
  });

  it('allows an expensive field once per document', () => {
    expect(errorsOf('mutation { logIn(email: "a") }', [expensiveFieldRule(['logIn'])])).toEqual([]);
    expect(errorsOf('mutation { a: logIn(email: "a") b: logIn(email: "b") }', [expensiveFieldRule(['logIn'])])).toEqual(
      ['EXPENSIVE_FIELD_REPEATED'],
    );
  });

  it('prices connections by page size and refuses what is over the limit', () => {
    const cost = (q: string, vars = {}) => assertCost(schema, parse(q), undefined, vars, 1e9, {});
    const small = cost('{ items(first: 2) { edges { node { id } } } }');
    const large = cost('{ items(first: 50) { edges { node { id } } } }');
    expect(large).toBeGreaterThan(small * 10);
    expect(cost('query($n: Int) { items(first: $n) { totalCount } }', { n: 10 })).toBeGreaterThan(1);
    expect(() =>
      assertCost(schema, parse('{ items(first: 100) { edges { node { children { id } } } } }'), undefined, {}, 500, {}),
    ).toThrow(/查询过于复杂/);
  });

  it('refuses a document whose cost cannot be worked out instead of counting it as free', () => {
    const doubled = Array.from({ length: 30 }, (_, i) =>
      i < 29
        ? `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`
        : `fragment F${i} on Query { items(first: 100) { totalCount } }`,
    );
    const expand = () => assertCost(schema, parse(`{ ...F0 } ${doubled.join(' ')}`), undefined, {}, 1e9, {});
    expect(expand).toThrow(/无法估算成本/);
    // Variables that do not coerce are left to execution, which names them.
    expect(
      assertCost(schema, parse('query($n: Int) { items(first: $n) { totalCount } }'), undefined, { n: 'x' }, 1, {}),
    ).toBe(0);
  });
});

describe('CostCache', () => {
  it('estimates once per document, operation and variables, and answers the same cost after', () => {
    const cache = new CostCache(10);
    const estimate = jest.fn(() => 42);
    expect(cache.costOf('h1', 'Page', { first: 20 }, estimate)).toBe(42);
    expect(cache.costOf('h1', 'Page', { first: 20 }, () => 0)).toBe(42);
    expect(estimate).toHaveBeenCalledTimes(1);
    // Other variables, another operation of the document, another document: estimated afresh.
    expect(cache.costOf('h1', 'Page', { first: 50 }, () => 105)).toBe(105);
    expect(cache.costOf('h1', 'Other', { first: 20 }, () => 7)).toBe(7);
    expect(cache.costOf('h2', 'Page', { first: 20 }, () => 9)).toBe(9);
  });

  it('holds at most its bound, and does not keep entries with long variables', () => {
    const cache = new CostCache(3, 100);
    for (let i = 0; i < 5; i++) cache.costOf(`h${i}`, undefined, {}, () => i);
    expect(cache.size).toBe(3);
    expect(cache.costOf('h0', undefined, {}, () => 99)).toBe(99); // the oldest left
    cache.costOf('long', undefined, { text: 'x'.repeat(200) }, () => 1);
    expect(cache.costOf('long', undefined, { text: 'x'.repeat(200) }, () => 2)).toBe(2);
  });
});
