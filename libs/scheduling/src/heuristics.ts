import type { Instance } from './instance';
import { SlotState } from './state';

/**
 * What common tools do: requests in the order given, each into the first slot where both firms
 * are free and a suitable table is free, at the first such table.
 */
export function firstFitSchedule(inst: Instance): SlotState {
  const state = new SlotState(inst);
  for (const r of inst.open) {
    const s = inst.candidates[r].find((slot) => state.canPlace(r, slot));
    if (s !== undefined) state.place(r, s, firstFreeType(state, r, s));
  }
  return state;
}

/** The type of the first free suitable table in table order (what a first-free-table rule picks). */
function firstFreeType(state: SlotState, r: number, s: number): number {
  const { inst } = state;
  const compatible = new Set(inst.classes[inst.classOf[r]].types);
  for (let table = 0; table < inst.problem.tables.length; table++) {
    const t = inst.typeOfTable[table];
    if (compatible.has(t) && state.hasFree(t, s)) return t;
  }
  return -1;
}

/**
 * A good start for the optimiser: the most valuable and least flexible requests first, each into
 * the slot that adds the fewest idle gaps (earliest on ties), then a repair pass that makes room
 * for an unplaced request by moving one meeting that blocks it to another slot.
 */
export function constructiveSchedule(inst: Instance): SlotState {
  const state = new SlotState(inst);
  const order = [...inst.open]
    .filter((r) => inst.candidates[r].length > 0)
    .sort(
      (x, y) =>
        inst.problem.requests[y].weight - inst.problem.requests[x].weight ||
        inst.candidates[x].length - inst.candidates[y].length ||
        x - y,
    );
  for (const r of order) placeBest(state, r);
  for (let pass = 0; pass < 2; pass++) {
    let moved = false;
    for (const r of order) if (state.slotOf[r] < 0 && repair(state, r)) moved = true;
    if (!moved) break;
  }
  return state;
}

function placeBest(state: SlotState, r: number): boolean {
  const [a, b] = state.inst.problem.requests[r].parties;
  let best = -1;
  let bestCost = Infinity;
  for (const s of state.inst.candidates[r]) {
    if (!state.canPlace(r, s)) continue;
    const cost = state.addedBlocks(a, s) + state.addedBlocks(b, s);
    if (cost < bestCost) {
      best = s;
      bestCost = cost;
    }
  }
  if (best < 0) return false;
  state.place(r, best);
  return true;
}

/** Places r by moving a single meeting out of its way; true when it worked. */
function repair(state: SlotState, r: number): boolean {
  const [a, b] = state.inst.problem.requests[r].parties;
  for (const s of state.inst.candidates[r]) {
    const blockers = new Set([state.holder(a, s), state.holder(b, s)].filter((x) => x >= 0));
    if (blockers.size > 1) continue;
    if (blockers.size === 0) continue; // both free, tables full: left to the optimiser
    const [meeting] = blockers;
    state.remove(meeting);
    if (state.canPlace(r, s)) {
      state.place(r, s);
      if (placeBest(state, meeting)) return true;
      state.remove(r);
    }
    state.place(meeting, s);
  }
  return false;
}

/**
 * Closes idle gaps without changing which meetings take place: moves a meeting to another slot,
 * or swaps the slots of two meetings, whenever that lowers the number of separate blocks in the
 * four firms' days. Stops when a pass finds nothing or the deadline passes.
 */
export function compactGaps(state: SlotState, deadline: number): void {
  const { inst } = state;
  const placed = () => inst.open.filter((r) => state.slotOf[r] >= 0);
  const blocksOf = (firms: Set<string>) => [...firms].reduce((n, f) => n + state.firmBlocks(f), 0);
  for (let pass = 0; pass < 10 && performance.now() < deadline; pass++) {
    let improved = false;
    const bySlot = inst.problem.slots.map(() => [] as number[]);
    for (const r of placed()) bySlot[state.slotOf[r]].push(r);
    for (const meeting of placed()) {
      if (performance.now() > deadline) return;
      const from = state.slotOf[meeting];
      const firms = new Set(inst.problem.requests[meeting].parties);
      for (const to of inst.candidates[meeting]) {
        if (to === from) continue;
        const before = blocksOf(firms);
        state.remove(meeting);
        if (state.canPlace(meeting, to)) {
          state.place(meeting, to);
          if (blocksOf(firms) < before) {
            bySlot[from].splice(bySlot[from].indexOf(meeting), 1);
            bySlot[to].push(meeting);
            improved = true;
            break;
          }
          state.remove(meeting);
          state.place(meeting, from);
          continue;
        }
        state.place(meeting, from);
        if (swapInto(state, meeting, to, bySlot, blocksOf)) {
          improved = true;
          break;
        }
      }
    }
    if (!improved) return;
  }
}

function swapInto(
  state: SlotState,
  meeting: number,
  to: number,
  bySlot: number[][],
  blocksOf: (firms: Set<string>) => number,
): boolean {
  const { inst } = state;
  const from = state.slotOf[meeting];
  const [a, b] = inst.problem.requests[meeting].parties;
  for (const other of bySlot[to]) {
    const [c, d] = inst.problem.requests[other].parties;
    if (!inst.candidates[other].includes(from)) continue;
    const firms = new Set([a, b, c, d]);
    const before = blocksOf(firms);
    const [tm, to2] = [state.typeOf[meeting], state.typeOf[other]];
    state.remove(meeting);
    state.remove(other);
    if (state.canPlace(meeting, to)) {
      state.place(meeting, to);
      if (state.canPlace(other, from)) {
        state.place(other, from);
        if (blocksOf(firms) < before) {
          bySlot[from].splice(bySlot[from].indexOf(meeting), 1, other);
          bySlot[to].splice(bySlot[to].indexOf(other), 1, meeting);
          return true;
        }
        state.remove(other);
      }
      state.remove(meeting);
    }
    state.place(meeting, from, tm);
    state.place(other, to, to2);
  }
  return false;
}
