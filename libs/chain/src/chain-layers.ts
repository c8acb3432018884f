/**
 * The layer of each category in a chain (0 = furthest upstream): the longest path reaching it
 * from a category nothing supplies. Edges that close a cycle (back edges of a depth-first search
 * in code order) are set aside first, so a loop such as 电力 ⇄ 煤炭 still gives finite layers.
 */
export function chainLayers(
  codes: readonly string[],
  edges: readonly { from: string; to: string }[],
): Map<string, number> {
  const nodes = [...codes].sort();
  const known = new Set(nodes);
  const out = new Map<string, string[]>(nodes.map((c) => [c, []]));
  for (const e of edges) if (known.has(e.from) && known.has(e.to) && e.from !== e.to) out.get(e.from)!.push(e.to);
  for (const list of out.values()) list.sort();

  // Depth-first search without recursion; an edge to a node still on the stack is a back edge.
  const state = new Map<string, 'open' | 'done'>();
  const kept = new Map<string, string[]>(nodes.map((c) => [c, []]));
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
        if (s === 'open') continue; // back edge: dropped
        kept.get(top.node)!.push(to);
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
  // `order` is a post-order of an acyclic graph: reversed, it is a topological order.
  const layer = new Map<string, number>(nodes.map((c) => [c, 0]));
  for (let i = order.length - 1; i >= 0; i--) {
    const from = order[i];
    for (const to of kept.get(from)!) layer.set(to, Math.max(layer.get(to)!, layer.get(from)! + 1));
  }
  return layer;
}

/** 本地配套 status of a category in a region, from its open listings there. */
export enum CoverageStatus {
  /** Demand met by local supply (本地配套). */
  COVERED = 'COVERED',
  /** Demand without local supply (缺链). */
  GAP = 'GAP',
  /** Supply without local demand (外销优势). */
  EXPORT = 'EXPORT',
  /** Neither open supply nor open demand. */
  NONE = 'NONE',
}

export function coverageOf(openSupplies: number, openDemands: number): CoverageStatus {
  if (openDemands > 0) return openSupplies > 0 ? CoverageStatus.COVERED : CoverageStatus.GAP;
  return openSupplies > 0 ? CoverageStatus.EXPORT : CoverageStatus.NONE;
}
