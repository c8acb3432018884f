import { breakCycles, countCrossings, layeredLayout } from './chainLayout';

const e = (from: string, to: string) => ({ from, to });

describe('layeredLayout', () => {
  it('puts each category one layer right of its furthest supplier', () => {
    const layout = layeredLayout(
      ['0119', '1512', '3055', '1019', '5127'],
      [e('0119', '1512'), e('3055', '1512'), e('1019', '3055'), e('1512', '5127')],
    );
    const layer = (n: string) => layout.nodes.get(n)!.layer;
    expect([layer('1019'), layer('0119'), layer('3055'), layer('1512'), layer('5127')]).toEqual([0, 0, 1, 2, 3]);
    expect(layout.layers).toBe(4);
    expect(layout.nodes.get('5127')!.x).toBeGreaterThan(layout.nodes.get('1512')!.x);
  });

  it('breaks a cycle by dropping a back edge, keeping every node', () => {
    const layout = layeredLayout(['a', 'b', 'c'], [e('a', 'b'), e('b', 'c'), e('c', 'a')]);
    expect(layout.backEdges).toEqual([e('c', 'a')]);
    expect([...layout.nodes.keys()].sort()).toEqual(['a', 'b', 'c']);
    expect(layout.nodes.get('c')!.layer).toBe(2);
  });

  it('reorders a layer by barycentres so that crossing edges uncross', () => {
    // Given order a, b over y, x with a→x and b→y: crossed; the sweeps swap the lower layer.
    const layout = layeredLayout(['a', 'b', 'y', 'x'], [e('a', 'x'), e('b', 'y')]);
    expect(layout.crossings).toBe(0);
    const order = (n: string) => layout.nodes.get(n)!.order;
    expect(order('a') < order('b')).toBe(order('x') < order('y'));
  });

  it('routes long edges through waypoints so they count in the ordering', () => {
    // s→t skips a layer; without a waypoint the middle layer would not see it.
    const layout = layeredLayout(
      ['s', 'p', 'q', 'm', 't', 'u'],
      [e('s', 't'), e('p', 'm'), e('m', 'u'), e('q', 'm'), e('m', 't')],
    );
    expect(layout.nodes.get('t')!.layer).toBe(2);
    expect(layout.crossings).toBe(0);
    // Only real nodes are placed, numbered from 0 within their layer.
    expect([...layout.nodes.keys()].sort()).toEqual(['m', 'p', 'q', 's', 't', 'u']);
    expect(layout.nodes.get('m')!.order).toBe(0);
  });

  it('lays out nothing for no nodes, and isolated nodes in the first layer', () => {
    expect(layeredLayout([], []).nodes.size).toBe(0);
    expect(layeredLayout(['z'], []).nodes.get('z')).toMatchObject({ layer: 0, order: 0 });
  });
});

describe('countCrossings and breakCycles', () => {
  it('count pairs of edges whose ends are in opposite orders', () => {
    expect(countCrossings(['a', 'b'], ['x', 'y'], [e('a', 'y'), e('b', 'x')])).toBe(1);
    expect(countCrossings(['a', 'b'], ['x', 'y'], [e('a', 'x'), e('b', 'y')])).toBe(0);
  });

  it('give a topological order of what remains', () => {
    const { kept, topological } = breakCycles(['a', 'b', 'c'], [e('b', 'a'), e('a', 'c'), e('c', 'b')]);
    const at = new Map(topological.map((n, i) => [n, i]));
    for (const k of kept) expect(at.get(k.from)!).toBeLessThan(at.get(k.to)!);
  });
});
