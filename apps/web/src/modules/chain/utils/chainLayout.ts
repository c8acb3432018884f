/**
 * The panorama's layered (Sugiyama-style) layout, upstream on the left, downstream on the right:
 * 1. cycles are broken by dropping the back edges of a depth-first search (in the nodes' order);
 * 2. each node's layer is the longest path reaching it from a node nothing supplies;
 * 3. an edge spanning several layers gets a hidden waypoint in each layer between, so that it
 *    takes part in the ordering;
 * 4. the order within each layer is improved by barycentre sweeps (down by suppliers, up by
 *    buyers), keeping the order with the fewest crossings seen.
 */
export interface LayoutEdge {
  from: string;
  to: string;
}

export interface LayoutNode {
  layer: number;
  /** Position within the layer, 0 at the top. */
  order: number;
  x: number;
  y: number;
}

export interface ChainLayout {
  nodes: Map<string, LayoutNode>;
  layers: number;
  /** Crossings between adjacent layers in the final order (waypoints included). */
  crossings: number;
  /** Edges dropped to break cycles (drawn, but not used for layering). */
  backEdges: LayoutEdge[];
}

export interface LayoutOptions {
  layerGap?: number;
  rowGap?: number;
  sweeps?: number;
}

/** The edges left after dropping each back edge of a depth-first search, and the dropped ones. */
export function breakCycles(nodes: readonly string[], edges: readonly LayoutEdge[]) {
  const known = new Set(nodes);
  const out = new Map<string, string[]>(nodes.map((n) => [n, []]));
  for (const e of edges) if (known.has(e.from) && known.has(e.to) && e.from !== e.to) out.get(e.from)!.push(e.to);
  const state = new Map<string, 'open' | 'done'>();
  const kept: LayoutEdge[] = [];
  const back: LayoutEdge[] = [];
  const order: string[] = [];
  for (const root of nodes) {
    if (state.has(root)) continue;
    const stack: { node: string; next: number }[] = [{ node: root, next: 0 }];
    state.set(root, 'open');
    while (stack.length) {
      const top = stack[stack.length - 1];
      const targets = out.get(top.node)!;
      if (top.next < targets.length) {
        const to = targets[top.next++];
        const s = state.get(to);
        if (s === 'open') {
          back.push({ from: top.node, to });
          continue;
        }
        kept.push({ from: top.node, to });
        if (!s) {
          state.set(to, 'open');
          stack.push({ node: to, next: 0 });
        }
      } else {
        state.set(top.node, 'done');
        order.push(top.node);
        stack.pop();
      }
    }
  }
  return { kept, back, topological: order.reverse() };
}

/** Longest-path layers over an acyclic edge set given in topological order. */
export function longestPathLayers(topological: readonly string[], edges: readonly LayoutEdge[]): Map<string, number> {
  const layer = new Map<string, number>(topological.map((n) => [n, 0]));
  const out = new Map<string, string[]>();
  for (const e of edges) out.set(e.from, [...(out.get(e.from) ?? []), e.to]);
  for (const n of topological)
    for (const to of out.get(n) ?? []) layer.set(to, Math.max(layer.get(to)!, layer.get(n)! + 1));
  return layer;
}

/** Crossings between two adjacent layers: pairs of edges whose ends are in opposite orders. */
export function countCrossings(
  upper: readonly string[],
  lower: readonly string[],
  edges: readonly LayoutEdge[],
): number {
  const u = new Map(upper.map((n, i) => [n, i]));
  const l = new Map(lower.map((n, i) => [n, i]));
  const pairs = edges.filter((e) => u.has(e.from) && l.has(e.to)).map((e) => [u.get(e.from)!, l.get(e.to)!] as const);
  let crossings = 0;
  for (let i = 0; i < pairs.length; i++)
    for (let j = i + 1; j < pairs.length; j++)
      if ((pairs[i][0] - pairs[j][0]) * (pairs[i][1] - pairs[j][1]) < 0) crossings++;
  return crossings;
}

export function layeredLayout(
  nodes: readonly string[],
  edges: readonly LayoutEdge[],
  { layerGap = 260, rowGap = 90, sweeps = 12 }: LayoutOptions = {},
): ChainLayout {
  const { kept, back, topological } = breakCycles(nodes, edges);
  const layerOf = longestPathLayers(topological, kept);
  const layerCount = nodes.length ? Math.max(...nodes.map((n) => layerOf.get(n) ?? 0)) + 1 : 0;

  // Unit edges between adjacent layers, with waypoints for the longer ones.
  const layers: string[][] = Array.from({ length: layerCount }, () => []);
  for (const n of nodes) layers[layerOf.get(n) ?? 0].push(n);
  const unit: LayoutEdge[] = [];
  for (const e of kept) {
    let from = e.from;
    for (let l = layerOf.get(e.from)! + 1; l < layerOf.get(e.to)!; l++) {
      const waypoint = `\u0000${e.from}>${e.to}@${l}`;
      layers[l].push(waypoint);
      unit.push({ from, to: waypoint });
      from = waypoint;
    }
    unit.push({ from, to: e.to });
  }
  const preds = new Map<string, string[]>();
  const succs = new Map<string, string[]>();
  for (const e of unit) {
    preds.set(e.to, [...(preds.get(e.to) ?? []), e.from]);
    succs.set(e.from, [...(succs.get(e.from) ?? []), e.to]);
  }

  const total = (ls: string[][]) => ls.slice(1).reduce((n, layer, i) => n + countCrossings(ls[i], layer, unit), 0);
  let best = layers.map((l) => [...l]);
  let bestCrossings = total(best);
  const current = layers.map((l) => [...l]);
  for (let sweep = 0; sweep < sweeps && bestCrossings > 0; sweep++) {
    const down = sweep % 2 === 0;
    const range = down
      ? Array.from({ length: layerCount - 1 }, (_, i) => i + 1)
      : Array.from({ length: layerCount - 1 }, (_, i) => layerCount - 2 - i);
    for (const l of range) {
      const fixed = new Map(current[down ? l - 1 : l + 1].map((n, i) => [n, i]));
      const neighbours = down ? preds : succs;
      const key = new Map(
        current[l].map((n, i) => {
          const ps = (neighbours.get(n) ?? []).filter((p) => fixed.has(p)).map((p) => fixed.get(p)!);
          return [n, ps.length ? ps.reduce((a, b) => a + b, 0) / ps.length : i] as const;
        }),
      );
      const position = new Map(current[l].map((n, i) => [n, i]));
      current[l].sort((a, b) => key.get(a)! - key.get(b)! || position.get(a)! - position.get(b)!);
    }
    const c = total(current);
    if (c < bestCrossings) {
      bestCrossings = c;
      best = current.map((l) => [...l]);
    }
  }

  const tallest = Math.max(0, ...best.map((l) => l.length));
  const placed = new Map<string, LayoutNode>();
  best.forEach((layer, l) => {
    const offset = ((tallest - layer.length) * rowGap) / 2;
    layer.forEach((n, order) => {
      if (!n.startsWith('\u0000')) placed.set(n, { layer: l, order, x: l * layerGap, y: offset + order * rowGap });
    });
  });
  // Re-number orders without the waypoints.
  for (let l = 0; l < layerCount; l++) {
    const real = [...placed.entries()].filter(([, p]) => p.layer === l).sort((a, b) => a[1].order - b[1].order);
    real.forEach(([, p], i) => (p.order = i));
  }
  return { nodes: placed, layers: layerCount, crossings: bestCrossings, backEdges: back };
}
