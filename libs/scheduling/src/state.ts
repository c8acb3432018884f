import type { Instance } from './instance';
import type { Placement } from './types';
import { GAP_PENALTY, UnplacedReason } from './types';

/**
 * A partial schedule at slot level: which slot each request holds and how many tables of each
 * type are used per slot. Tables themselves are assigned at the end (`assignTables`).
 */
export class SlotState {
  readonly slotOf: Int32Array;
  readonly typeOf: Int32Array;
  private readonly busy = new Map<string, Int32Array>();
  private readonly used: Int32Array[];

  constructor(readonly inst: Instance) {
    const n = inst.problem.requests.length;
    this.slotOf = new Int32Array(n).fill(-1);
    this.typeOf = new Int32Array(n).fill(-1);
    this.used = inst.problem.slots.map(() => new Int32Array(inst.types.length));
  }

  /** The request occupying the firm at slot s, -1 if none (published meetings excluded). */
  holder(firm: string, s: number): number {
    return this.busy.get(firm)?.[s] ?? -1;
  }

  isFree(firm: string, s: number): boolean {
    return this.holder(firm, s) < 0;
  }

  /** A compatible table type with a free table at slot s, least specialised first; -1 if none. */
  freeType(r: number, s: number): number {
    return this.inst.classes[this.inst.classOf[r]].types.find((t) => this.hasFree(t, s)) ?? -1;
  }

  hasFree(type: number, s: number): boolean {
    return this.used[s][type] < this.inst.capacity[s][type];
  }

  canPlace(r: number, s: number): boolean {
    const [a, b] = this.inst.problem.requests[r].parties;
    return this.isFree(a, s) && this.isFree(b, s) && this.freeType(r, s) >= 0;
  }

  place(r: number, s: number, type = this.freeType(r, s)): void {
    if (type < 0) throw new Error(`no free table for request ${r} in slot ${s}`);
    this.slotOf[r] = s;
    this.typeOf[r] = type;
    this.used[s][type] += 1;
    for (const p of this.inst.problem.requests[r].parties) {
      let row = this.busy.get(p);
      if (!row) this.busy.set(p, (row = new Int32Array(this.inst.problem.slots.length).fill(-1)));
      row[s] = r;
    }
  }

  remove(r: number): void {
    const s = this.slotOf[r];
    if (s < 0) return;
    this.used[s][this.typeOf[r]] -= 1;
    for (const p of this.inst.problem.requests[r].parties) this.busy.get(p)![s] = -1;
    this.slotOf[r] = -1;
    this.typeOf[r] = -1;
  }

  /** Whether the firm is in a meeting (open or published) at slot s. */
  occupied(firm: string, s: number): boolean {
    return (
      s >= 0 && s < this.inst.problem.slots.length && (!this.isFree(firm, s) || !!this.inst.fixedBusy.get(firm)?.has(s))
    );
  }

  /** Extra blocks (idle-gap penalty units) that placing a meeting of this firm at s would add. */
  addedBlocks(firm: string, s: number): number {
    const slots = this.inst.problem.slots;
    const before = s > 0 && slots[s - 1].session === slots[s].session && this.occupied(firm, s - 1);
    const after = s + 1 < slots.length && slots[s + 1].session === slots[s].session && this.occupied(firm, s + 1);
    return before && after ? -1 : before || after ? 0 : 1;
  }

  /** Blocks of consecutive meetings the firm has, counted per session. */
  firmBlocks(firm: string): number {
    const slots = this.inst.problem.slots;
    let blocks = 0;
    for (let s = 0; s < slots.length; s++) {
      if (this.occupied(firm, s) && !(s > 0 && slots[s - 1].session === slots[s].session && this.occupied(firm, s - 1)))
        blocks += 1;
    }
    return blocks;
  }

  placedCount(): number {
    return this.slotOf.reduce((n, s) => n + (s >= 0 ? 1 : 0), 0);
  }

  /** Total weight of the meetings placed. */
  weight(): number {
    let weight = 0;
    this.slotOf.forEach((s, r) => {
      if (s >= 0) weight += this.inst.problem.requests[r].weight;
    });
    return weight;
  }

  /** Total weight placed minus the gap penalty over every firm that has an open request. */
  objective(): number {
    const weight = this.weight();
    let blocks = 0;
    for (const firm of this.inst.requestsOf.keys()) blocks += this.firmBlocks(firm);
    return weight - GAP_PENALTY * blocks;
  }

  /** Why an unplaced request stayed out of this schedule. */
  reason(r: number): UnplacedReason {
    const hopeless = this.inst.hopeless.get(r);
    if (hopeless) return hopeless;
    const [a, b] = this.inst.problem.requests[r].parties;
    const bothFree = this.inst.candidates[r].filter((s) => this.isFree(a, s) && this.isFree(b, s));
    const needsTags = this.inst.classes[this.inst.classOf[r]].needs.length > 0;
    if (needsTags && bothFree.length > 0 && bothFree.every((s) => this.freeType(r, s) < 0))
      return UnplacedReason.NO_SUITABLE_TABLE;
    return UnplacedReason.CAPACITY;
  }

  /** Concrete tables for every placed request: per slot, a bipartite matching onto free tables. */
  assignTables(): Placement[] {
    const inst = this.inst;
    const problem = inst.problem;
    const taken = problem.slots.map(() => new Set<number>());
    for (const f of problem.fixed) taken[f.slot].add(f.table);
    const bySlot = problem.slots.map(() => [] as number[]);
    this.slotOf.forEach((s, r) => {
      if (s >= 0) bySlot[s].push(r);
    });
    const out: Placement[] = [];
    bySlot.forEach((requests, s) => {
      const options = requests.map((r) =>
        inst.classes[inst.classOf[r]].types
          .flatMap((t) => inst.types[t].tables)
          .filter((table) => !taken[s].has(table)),
      );
      const tableOf = matchTables(options, problem.tables.length);
      requests.forEach((r, i) => {
        if (tableOf[i] < 0) throw new Error(`table assignment failed in slot ${s}`);
        out.push({ request: r, slot: s, table: tableOf[i] });
      });
    });
    return out.sort((x, y) => x.slot - y.slot || x.table - y.table);
  }
}

/** Maximum bipartite matching of items onto tables (augmenting paths); -1 where unmatched. */
export function matchTables(options: number[][], tableCount: number): number[] {
  const ownerOf = new Int32Array(tableCount).fill(-1);
  const tableOf = options.map(() => -1);
  const augment = (i: number, seen: Uint8Array): boolean => {
    for (const t of options[i]) {
      if (seen[t]) continue;
      seen[t] = 1;
      if (ownerOf[t] < 0 || augment(ownerOf[t], seen)) {
        ownerOf[t] = i;
        tableOf[i] = t;
        return true;
      }
    }
    return false;
  };
  options.forEach((_, i) => augment(i, new Uint8Array(tableCount)));
  return tableOf;
}
