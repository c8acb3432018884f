import type { SchedulingProblem } from './types';
import { UnplacedReason } from './types';

/**
 * The problem prepared for solving: tables grouped into types (same tags are interchangeable),
 * requests grouped into classes (same needs), the slots each request could use and the free
 * tables per slot and type once published meetings are taken out.
 */
export interface Instance {
  problem: SchedulingProblem;
  /** Tag-set types of tables and the table indices of each. */
  types: { tags: ReadonlySet<string>; tables: number[] }[];
  typeOfTable: number[];
  /** Need-set classes of requests and, per class, the compatible types (least specialised first). */
  classes: { needs: readonly string[]; types: number[] }[];
  classOf: number[];
  /** Requests still to place (those without a published meeting). */
  open: number[];
  /** Per request: slots where both parties can attend and a compatible table is free. */
  candidates: number[][];
  /** Free tables per slot and type. */
  capacity: number[][];
  /** Firm -> request indices (open only). */
  requestsOf: Map<string, number[]>;
  /** Slots in which a firm already has a published meeting. */
  fixedBusy: Map<string, Set<number>>;
  /** Why a request with no candidates cannot be placed. */
  hopeless: Map<number, UnplacedReason>;
}

const key = (tags: Iterable<string>) => [...new Set(tags)].sort().join('\u0000');

export function prepare(problem: SchedulingProblem): Instance {
  const types: Instance['types'] = [];
  const typeIndex = new Map<string, number>();
  const typeOfTable = problem.tables.map((t, i) => {
    const k = key(t.tags);
    let ti = typeIndex.get(k);
    if (ti === undefined) {
      ti = types.push({ tags: new Set(t.tags), tables: [] }) - 1;
      typeIndex.set(k, ti);
    }
    types[ti].tables.push(i);
    return ti;
  });

  const capacity = problem.slots.map(() => types.map((t) => t.tables.length));
  const fixedBusy = new Map<string, Set<number>>();
  const placedRequests = new Set<string>();
  for (const f of problem.fixed) {
    capacity[f.slot][typeOfTable[f.table]] -= 1;
    for (const p of f.parties) (fixedBusy.get(p) ?? fixedBusy.set(p, new Set()).get(p)!).add(f.slot);
    if (f.requestId) placedRequests.add(f.requestId);
  }

  const classes: Instance['classes'] = [];
  const classIndex = new Map<string, number>();
  const classOf = problem.requests.map((r) => {
    const k = key(r.needs);
    let ci = classIndex.get(k);
    if (ci === undefined) {
      const needs = [...new Set(r.needs)].sort();
      const compatible = types
        .map((t, i) => ({ i, t }))
        .filter(({ t }) => needs.every((n) => t.tags.has(n)))
        .sort((a, b) => a.t.tags.size - b.t.tags.size || a.i - b.i)
        .map(({ i }) => i);
      ci = classes.push({ needs, types: compatible }) - 1;
      classIndex.set(k, ci);
    }
    return ci;
  });

  const open: number[] = [];
  const candidates: number[][] = problem.requests.map(() => []);
  const requestsOf = new Map<string, number[]>();
  const hopeless = new Map<number, UnplacedReason>();
  const free = (firm: string, s: number) => !problem.unavailable.get(firm)?.has(s) && !fixedBusy.get(firm)?.has(s);
  problem.requests.forEach((r, ri) => {
    if (placedRequests.has(r.id)) return;
    open.push(ri);
    const [a, b] = r.parties;
    const common = problem.slots.map((_, s) => s).filter((s) => free(a, s) && free(b, s));
    const types = classes[classOf[ri]].types;
    candidates[ri] = common.filter((s) => types.some((t) => capacity[s][t] > 0));
    if (candidates[ri].length === 0) {
      hopeless.set(ri, common.length === 0 ? UnplacedReason.NO_COMMON_FREE_SLOT : UnplacedReason.NO_SUITABLE_TABLE);
      return;
    }
    for (const p of r.parties) (requestsOf.get(p) ?? requestsOf.set(p, []).get(p)!).push(ri);
  });
  return { problem, types, typeOfTable, classes, classOf, open, candidates, capacity, requestsOf, fixedBusy, hopeless };
}
