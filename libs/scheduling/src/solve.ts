import type { Highs } from 'highs';
import highsLoader from 'highs';

import { aggregateBound } from './bound';
import { compactGaps, constructiveSchedule, firstFitSchedule } from './heuristics';
import type { Instance } from './instance';
import { prepare } from './instance';
import type { SchedulingMip } from './mip';
import { buildMip } from './mip';
import { SlotState } from './state';
import type { ScheduleResult, SchedulingProblem } from './types';

export interface SolveOptions {
  /** Wall-clock limit for the MIP solver (the heuristic start is always available). */
  timeLimitSeconds?: number;
  /** Stop when the incumbent is within this relative gap of the bound (default 0.1%). */
  relativeGap?: number;
  /** Build the slot MIP only up to this many columns (default MIP_COLUMN_LIMIT); above, solveLarge. */
  mipColumnLimit?: number;
}

let runtime: Promise<Highs> | null = null;
/** HiGHS compiled to WebAssembly, loaded once per process. */
export function loadHighs(): Promise<Highs> {
  runtime ??= highsLoader();
  return runtime;
}

/**
 * Places accepted meeting requests into (slot, table) pairs, maximising the weight placed with a
 * small penalty for idle gaps. A constructive heuristic gives the start; HiGHS improves it and
 * proves a bound within the time limit.
 */
export async function solveSchedule(problem: SchedulingProblem, options: SolveOptions = {}): Promise<ScheduleResult> {
  const started = performance.now();
  const inst = prepare(problem);
  const start = constructiveSchedule(inst);
  const highs = await loadHighs();
  const columns = inst.open.reduce((n, r) => n + inst.candidates[r].length, 0);
  if (columns > (options.mipColumnLimit ?? MIP_COLUMN_LIMIT)) return solveLarge(inst, start, highs, options, started);
  const mip = buildMip(inst, highs.infinity);
  if (mip.xCount === 0) return result(inst, start, start.weight(), 'OPTIMAL', started);

  const model = toModel(highs, mip);
  try {
    model.options.set({
      output_flag: false,
      time_limit: options.timeLimitSeconds ?? 20,
      mip_rel_gap: options.relativeGap ?? 1e-3,
      // Interior point for the MIP's LPs: on a 300-firm event whose tables are not the bottleneck,
      // dual simplex had not solved the root LP after 18 s; IPM solves it in about 9 s.
      mip_lp_solver: 'ipm',
    });
    model.setSolution({ colValue: mip.startFrom(start) });
    const run = model.run();
    const status = run.modelStatus === highs.constants.modelStatus.optimal ? 'OPTIMAL' : 'TIME_LIMIT';
    const bound = Number(model.info.get('mip_dual_bound'));
    const solved = fromColumns(inst, mip, model.getSolution().colValue);
    const best = solved && solved.weight() >= start.weight() - 1e-9 ? solved : start;
    compactGaps(best, performance.now() + Math.max(1000, (options.timeLimitSeconds ?? 20) * 100));
    // The bound is on the weight placed, so it also bounds weight minus the gap penalty; placing
    // every request that has a slot is a bound too, for when the solver stopped before its root LP.
    const upper = Math.max(best.weight(), Math.min(Number.isFinite(bound) ? bound : Infinity, everything(inst)));
    return result(inst, best, upper, status, started);
  } finally {
    model.dispose();
  }
}

/**
 * Above this many slot-level columns (request × usable slot) the MIP is not built: a 1,000-firm
 * event with 10,000 requests has about 290,000, and HiGHS (wasm, one thread) does not solve its
 * root LP within a minute. B8 (2,000 requests) has about 32,000.
 */
export const MIP_COLUMN_LIMIT = 120_000;

/**
 * A large event: the constructive schedule (most valuable and least flexible first, with repair),
 * gaps closed, measured against the aggregated LP bound (bound.ts) instead of the MIP's own.
 */
function solveLarge(
  inst: Instance,
  start: SlotState,
  highs: Highs,
  options: SolveOptions,
  started: number,
): ScheduleResult {
  const bound = aggregateBound(inst, highs);
  // No MIP to wait for: closing gaps may use up to half the time limit (10,000 meetings take long).
  compactGaps(start, Math.max(performance.now() + 1000, started + (options.timeLimitSeconds ?? 20) * 500));
  const upper = Math.max(start.weight(), Math.min(bound, everything(inst)));
  return result(
    inst,
    start,
    upper,
    upper - start.weight() <= (options.relativeGap ?? 1e-3) * upper ? 'OPTIMAL' : 'TIME_LIMIT',
    started,
  );
}

/** Placing every request that has a usable slot: the plainest bound. */
function everything(inst: Instance): number {
  return inst.open
    .filter((r) => inst.candidates[r].length > 0)
    .reduce((w, r) => w + inst.problem.requests[r].weight, 0);
}

/** The greedy rule common tools use, for comparison (no optimiser, no bound). */
export function firstFit(problem: SchedulingProblem): ScheduleResult {
  const started = performance.now();
  const inst = prepare(problem);
  const state = firstFitSchedule(inst);
  return result(inst, state, state.objective(), 'HEURISTIC', started);
}

/** Rebuilds a slot-level schedule from solver columns; null if it breaks a constraint. */
function fromColumns(inst: Instance, mip: SchedulingMip, values: ArrayLike<number>): SlotState | null {
  const state = new SlotState(inst);
  const groups = new Map<string, number[]>();
  for (let c = 0; c < mip.xCount; c++) {
    if (values[c] <= 0.5) continue;
    const r = mip.xRequest[c];
    const k = `${inst.classOf[r]}:${mip.xSlot[c]}`;
    (groups.get(k) ?? groups.set(k, []).get(k)!).push(r);
  }
  for (const [k, requests] of groups) {
    // The table types the solver chose for this class and slot, one entry per meeting.
    const types = (mip.zColumns.get(k) ?? []).flatMap(([t, col]) => Array<number>(Math.round(values[col])).fill(t));
    if (types.length < requests.length) return null;
    const s = Number(k.slice(k.indexOf(':') + 1));
    for (const [i, r] of requests.entries()) {
      const [a, b] = inst.problem.requests[r].parties;
      if (state.slotOf[r] >= 0 || !state.isFree(a, s) || !state.isFree(b, s) || !state.hasFree(types[i], s))
        return null;
      state.place(r, s, types[i]);
    }
  }
  return state;
}

function result(
  inst: Instance,
  state: SlotState,
  upperBound: number,
  status: ScheduleResult['status'],
  started: number,
): ScheduleResult {
  const placements = state.assignTables();
  const unplaced = inst.open.filter((r) => state.slotOf[r] < 0).map((r) => ({ request: r, reason: state.reason(r) }));
  return {
    placements,
    unplaced,
    objective: state.objective(),
    upperBound,
    solveMillis: Math.round(performance.now() - started),
    status,
  };
}

/**
 * The most meetings any schedule could place (count, not weight): the dual bound of the
 * unit-weight model after `timeLimitSeconds`, so a valid bound even when not solved to optimality.
 */
export async function placementBound(problem: SchedulingProblem, timeLimitSeconds = 10): Promise<number> {
  const unit: SchedulingProblem = { ...problem, requests: problem.requests.map((r) => ({ ...r, weight: 1 })) };
  const inst = prepare(unit);
  const highs = await loadHighs();
  const mip = buildMip(inst, highs.infinity);
  if (mip.xCount === 0) return 0;
  const model = toModel(highs, mip);
  try {
    model.options.set({ output_flag: false, time_limit: timeLimitSeconds, mip_lp_solver: 'ipm' });
    model.run();
    return Math.floor(Number(model.info.get('mip_dual_bound')) + 1e-6);
  } finally {
    model.dispose();
  }
}

function toModel(highs: Highs, mip: SchedulingMip) {
  return highs.createModel({
    numCols: mip.numCols,
    numRows: mip.numRows,
    sense: highs.constants.objectiveSense.maximize,
    colCost: mip.colCost,
    colLower: new Float64Array(mip.numCols),
    colUpper: mip.colUpper,
    rowLower: mip.rowLower,
    rowUpper: mip.rowUpper,
    integrality: mip.integrality,
    matrix: {
      format: 'csr',
      numRows: mip.numRows,
      numCols: mip.numCols,
      starts: mip.starts,
      indices: mip.indices,
      values: mip.values,
    },
  });
}
