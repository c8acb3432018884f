import type { Instance } from './instance';
import type { SlotState } from './state';

/**
 * The scheduling MIP in HiGHS' structured form.
 *   x[r,s] ∈ {0,1}   request r meets in slot s (only slots both firms can attend)
 *   z[c,s,t] ∈ ℤ≥0   meetings of need-class c at tables of type t in slot s
 * max Σ w_r x[r,s]
 *   Σ_s x[r,s] ≤ 1                          each request at most once
 *   Σ_{r∋f} x[r,s] ≤ 1                      nobody in two meetings at once
 *   Σ_{r∈c} x[r,s] = Σ_t z[c,s,t]           each meeting gets a table type it may use
 *   Σ_c z[c,s,t] ≤ free tables of type t    at most one meeting per table and slot
 * Tables of one type are interchangeable, so the per-slot table choice is a matching that exists
 * whenever the z counts respect the capacities. The idle-gap penalty is not in the model: block
 * variables made the root LP of a 300-firm event too slow for the wasm build (no LP solution in
 * 20 s, against 1 s without them), so gaps are closed afterwards by `compactGaps`, which never
 * changes the meetings placed — the lexicographic limit of a small penalty.
 */
export interface SchedulingMip {
  numCols: number;
  numRows: number;
  colCost: Float64Array;
  colUpper: Float64Array;
  integrality: Int32Array;
  rowLower: Float64Array;
  rowUpper: Float64Array;
  starts: Int32Array;
  indices: Int32Array;
  values: Float64Array;
  /** Column of x[r,s]: (request, slot) per x column index. */
  xRequest: Int32Array;
  xSlot: Int32Array;
  xCount: number;
  /** z columns per `${class}:${slot}`: [type, column]. */
  zColumns: Map<string, [number, number][]>;
  /** Column values for a given slot-level schedule (a MIP start). */
  startFrom(state: SlotState): Float64Array;
}

export function buildMip(inst: Instance, infinity: number): SchedulingMip {
  const { problem, classes, classOf, candidates, capacity } = inst;
  const S = problem.slots.length;
  const cost: number[] = [];
  const upper: number[] = [];
  const integer: number[] = [];
  const xRequest: number[] = [];
  const xSlot: number[] = [];
  const xCol = new Map<number, Map<number, number>>();
  for (const r of inst.open) {
    if (!candidates[r].length) continue;
    const cols = new Map<number, number>();
    for (const s of candidates[r]) {
      cols.set(s, cost.length);
      cost.push(problem.requests[r].weight);
      upper.push(1);
      integer.push(1);
      xRequest.push(r);
      xSlot.push(s);
    }
    xCol.set(r, cols);
  }
  const xCount = cost.length;

  // x columns per (class, slot) and per (firm, slot).
  const byClassSlot = new Map<number, number[]>();
  const byFirmSlot = new Map<string, number[][]>();
  for (const [r, cols] of xCol) {
    for (const [s, col] of cols) {
      const k = classOf[r] * S + s;
      (byClassSlot.get(k) ?? byClassSlot.set(k, []).get(k)!).push(col);
      for (const p of problem.requests[r].parties) {
        let rows = byFirmSlot.get(p);
        if (!rows) byFirmSlot.set(p, (rows = Array.from({ length: S }, () => [])));
        rows[s].push(col);
      }
    }
  }

  // z columns.
  const zCol = new Map<string, number>();
  const zColumns = new Map<string, [number, number][]>();
  const zByTypeSlot = new Map<number, number[]>();
  for (const [k] of byClassSlot) {
    const c = Math.floor(k / S);
    const s = k % S;
    for (const t of classes[c].types) {
      if (capacity[s][t] <= 0) continue;
      zCol.set(`${c}:${s}:${t}`, cost.length);
      (zColumns.get(`${c}:${s}`) ?? zColumns.set(`${c}:${s}`, []).get(`${c}:${s}`)!).push([t, cost.length]);
      const kt = t * S + s;
      (zByTypeSlot.get(kt) ?? zByTypeSlot.set(kt, []).get(kt)!).push(cost.length);
      cost.push(0);
      upper.push(capacity[s][t]);
      integer.push(1);
    }
  }

  const rowStarts: number[] = [0];
  const idx: number[] = [];
  const val: number[] = [];
  const lower: number[] = [];
  const rupper: number[] = [];
  const row = (entries: [number, number][], lo: number, hi: number) => {
    for (const [c, v] of entries) {
      idx.push(c);
      val.push(v);
    }
    rowStarts.push(idx.length);
    lower.push(lo);
    rupper.push(hi);
  };

  for (const cols of xCol.values())
    if (cols.size > 1)
      row(
        [...cols.values()].map((c) => [c, 1]),
        -infinity,
        1,
      );
  for (const rows of byFirmSlot.values())
    for (const cols of rows)
      if (cols.length > 1)
        row(
          cols.map((c) => [c, 1]),
          -infinity,
          1,
        );
  for (const [k, cols] of byClassSlot) {
    const c = Math.floor(k / S);
    const s = k % S;
    const zs = classes[c].types.map((t) => zCol.get(`${c}:${s}:${t}`)).filter((z): z is number => z !== undefined);
    row([...cols.map((x): [number, number] => [x, 1]), ...zs.map((z): [number, number] => [z, -1])], 0, 0);
  }
  for (const [kt, zs] of zByTypeSlot) {
    const t = Math.floor(kt / S);
    const s = kt % S;
    if (zs.length > 1)
      row(
        zs.map((z) => [z, 1]),
        -infinity,
        capacity[s][t],
      );
  }
  return {
    numCols: cost.length,
    numRows: lower.length,
    colCost: Float64Array.from(cost),
    colUpper: Float64Array.from(upper),
    integrality: Int32Array.from(integer),
    rowLower: Float64Array.from(lower),
    rowUpper: Float64Array.from(rupper),
    starts: Int32Array.from(rowStarts),
    indices: Int32Array.from(idx),
    values: Float64Array.from(val),
    xRequest: Int32Array.from(xRequest),
    xSlot: Int32Array.from(xSlot),
    xCount,
    zColumns,
    startFrom(state: SlotState): Float64Array {
      const v = new Float64Array(cost.length);
      state.slotOf.forEach((s, r) => {
        if (s < 0) return;
        const x = xCol.get(r)?.get(s);
        if (x !== undefined) v[x] = 1;
        const z = zCol.get(`${classOf[r]}:${s}:${state.typeOf[r]}`);
        if (z !== undefined) v[z] += 1;
      });
      return v;
    },
  };
}
