import type { Highs } from 'highs';

import type { Instance } from './instance';

/**
 * An upper bound on the weight any schedule places, from the event's totals rather than its slots:
 *   max Σ w_r y_r,  0 ≤ y_r ≤ 1 (requests with a candidate slot)
 *   Σ_{r∋f} y_r ≤ slots firm f can use             (a firm meets at most once per slot)
 *   Σ_{r∈c} y_r = Σ_t Z[c,t],  Σ_c Z[c,t] ≤ Σ_s free tables of type t in s   (tables)
 * It is the slot-indexed MIP with its rows summed over slots (y_r = Σ_s x[r,s]), relaxed to an LP,
 * so it bounds the MIP from above; with 10,000 requests it solves in about a second where the
 * slot-indexed LP does not (about 300,000 columns).
 */
export function aggregateBound(inst: Instance, highs: Highs): number {
  const { problem, classes, classOf, candidates, capacity } = inst;
  const requests = inst.open.filter((r) => candidates[r].length > 0);
  if (!requests.length) return 0;
  const firmRow = new Map<string, number>();
  const firmSlots = new Map<string, Set<number>>();
  for (const r of requests)
    for (const p of problem.requests[r].parties) {
      const set = firmSlots.get(p) ?? firmSlots.set(p, new Set()).get(p)!;
      for (const s of candidates[r]) set.add(s);
    }
  const rowLower: number[] = [];
  const rowUpper: number[] = [];
  for (const [firm, slots] of firmSlots) {
    firmRow.set(firm, rowLower.length);
    rowLower.push(-highs.infinity);
    rowUpper.push(slots.size);
  }
  const classRow = classes.map(() => {
    rowLower.push(0);
    rowUpper.push(0);
    return rowLower.length - 1;
  });
  const typeRow = inst.types.map((_, t) => {
    rowLower.push(-highs.infinity);
    rowUpper.push(capacity.reduce((n, perType) => n + Math.max(0, perType[t]), 0));
    return rowLower.length - 1;
  });
  // Column-wise (CSC): y columns, then Z columns.
  const cost: number[] = [];
  const upper: number[] = [];
  const starts: number[] = [0];
  const index: number[] = [];
  const value: number[] = [];
  for (const r of requests) {
    const [a, b] = problem.requests[r].parties;
    index.push(firmRow.get(a)!, firmRow.get(b)!, classRow[classOf[r]]);
    value.push(1, 1, 1);
    starts.push(index.length);
    cost.push(problem.requests[r].weight);
    upper.push(1);
  }
  classes.forEach((c, ci) =>
    c.types.forEach((t) => {
      index.push(classRow[ci], typeRow[t]);
      value.push(-1, 1);
      starts.push(index.length);
      cost.push(0);
      upper.push(highs.infinity);
    }),
  );
  const numCols = cost.length;
  const numRows = rowLower.length;
  const model = highs.createModel({
    numCols,
    numRows,
    sense: highs.constants.objectiveSense.maximize,
    colCost: Float64Array.from(cost),
    colLower: new Float64Array(numCols),
    colUpper: Float64Array.from(upper),
    rowLower: Float64Array.from(rowLower),
    rowUpper: Float64Array.from(rowUpper),
    matrix: {
      format: 'csc',
      numRows,
      numCols,
      starts: Int32Array.from(starts),
      indices: Int32Array.from(index),
      values: Float64Array.from(value),
    },
  });
  try {
    model.options.set({ output_flag: false });
    const run = model.run();
    if (run.modelStatus !== highs.constants.modelStatus.optimal) return Infinity;
    return Number(model.info.get('objective_function_value'));
  } finally {
    model.dispose();
  }
}
