import { buildSchema, parse, validate } from 'graphql';

import { aliasLimitRule, assertCost, depthLimitRule, expensiveFieldRule } from './limits';

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
});
