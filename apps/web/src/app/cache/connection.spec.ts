import { withEdgeInserted, withEdgeRemoved } from './connection';

const edge = (id: string) => ({ cursor: id, node: { __ref: `Listing:${id}` } });
const same = (id: string) => (node: unknown) => (node as { __ref: string }).__ref === `Listing:${id}`;

describe('connection cache helpers', () => {
  const page = { edges: [edge('a'), edge('b')], pageInfo: { hasNextPage: true }, totalCount: 7 };

  it('puts a created node first and counts it once', () => {
    const next = withEdgeInserted(page, edge('c'), same('c'));
    expect(next.edges.map((e) => e.cursor)).toEqual(['c', 'a', 'b']);
    expect(next.totalCount).toBe(8);
    expect(next.pageInfo).toBe(page.pageInfo);
    expect(withEdgeInserted(next, edge('c'), same('c'))).toBe(next);
  });

  it('removes a node and counts it down; an absent one changes nothing', () => {
    const next = withEdgeRemoved(page, same('a'));
    expect(next.edges.map((e) => e.cursor)).toEqual(['b']);
    expect(next.totalCount).toBe(6);
    expect(withEdgeRemoved(page, same('zz'))).toBe(page);
  });

  it('leaves a connection without totalCount without one', () => {
    const bare = { edges: [edge('a')] };
    expect('totalCount' in withEdgeInserted(bare, edge('b'), same('b'))).toBe(false);
    expect('totalCount' in withEdgeRemoved(bare, same('a'))).toBe(false);
  });
});
