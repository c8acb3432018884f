import fc from 'fast-check';

import { scheduleViolations } from './check';
import { firstFit, solveSchedule } from './solve';
import type { FixedMeeting, RequestSpec, SchedulingProblem } from './types';
import { UnplacedReason } from './types';

const slotsOf = (sessions: number[]) =>
  sessions.flatMap((n, session) =>
    Array.from({ length: n }, (_, k) => ({
      start: (session * 100 + k) * 1200_000,
      end: (session * 100 + k + 1) * 1200_000,
      session,
    })),
  );

/** Best total weight by trying every assignment (each request unplaced or at any slot and table). */
function bruteForceBest(p: SchedulingProblem): number {
  const options = p.slots.flatMap((_, s) => p.tables.map((_, t) => ({ s, t })));
  let best = 0;
  const chosen: { request: number; slot: number; table: number }[] = [];
  const walk = (r: number, weight: number) => {
    if (r === p.requests.length) {
      best = Math.max(best, weight);
      return;
    }
    walk(r + 1, weight);
    for (const { s, t } of options) {
      chosen.push({ request: r, slot: s, table: t });
      if (scheduleViolations(p, chosen).length === 0) walk(r + 1, weight + p.requests[r].weight);
      chosen.pop();
    }
  };
  walk(0, 0);
  return best;
}

const placedWeight = (p: SchedulingProblem, placements: { request: number }[]) =>
  placements.reduce((w, x) => w + p.requests[x.request].weight, 0);

/** Small random events: up to 4 firms, 6 requests, 3 slots in up to 2 sessions, 2 tables. */
const smallProblem = (maxRequests: number) =>
  fc
    .record({
      sessions: fc.array(fc.integer({ min: 1, max: 2 }), { minLength: 1, maxLength: 2 }),
      tables: fc.array(fc.subarray(['interpreter', 'vip']), { minLength: 1, maxLength: 2 }),
      requests: fc.array(
        fc.record({
          a: fc.integer({ min: 0, max: 3 }),
          b: fc.integer({ min: 0, max: 3 }),
          w: fc.integer({ min: 1, max: 4 }),
          needs: fc.subarray(['interpreter', 'vip'], { maxLength: 1 }),
        }),
        { maxLength: maxRequests },
      ),
      unavailable: fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })), { maxLength: 4 }),
      fixedFirst: fc.boolean(),
    })
    .map(({ sessions, tables, requests, unavailable, fixedFirst }): SchedulingProblem => {
      const slots = slotsOf(sessions);
      const reqs: RequestSpec[] = requests
        .filter((r) => r.a !== r.b)
        .map((r, i) => ({ id: `r${i}`, parties: [`f${r.a}`, `f${r.b}`], weight: r.w, needs: r.needs }));
      const off = new Map<string, Set<number>>();
      for (const [f, s] of unavailable)
        if (s < slots.length) (off.get(`f${f}`) ?? off.set(`f${f}`, new Set()).get(`f${f}`)!).add(s);
      const fixed: FixedMeeting[] = [];
      // A published meeting of the first request, where its parties can attend and the table suits.
      const first = reqs[0];
      if (
        fixedFirst &&
        first &&
        first.needs.every((n) => tables[0].includes(n)) &&
        !first.parties.some((x) => off.get(x)?.has(0))
      ) {
        fixed.push({ requestId: first.id, parties: first.parties, slot: 0, table: 0 });
      }
      return {
        slots,
        tables: tables.map((tags, i) => ({ label: `T${i + 1}`, tags })),
        requests: reqs,
        unavailable: off,
        fixed,
      };
    });

describe('meeting scheduler', () => {
  it('reaches the brute-force optimum on small events', async () => {
    await fc.assert(
      fc.asyncProperty(smallProblem(5), async (p) => {
        const result = await solveSchedule(p, { timeLimitSeconds: 10 });
        // Published meetings are constraints for both, so the weights compare like for like.
        expect(placedWeight(p, result.placements)).toBeCloseTo(bruteForceBest(p), 6);
        expect(result.upperBound).toBeGreaterThanOrEqual(result.objective - 1e-9);
      }),
      { numRuns: 60, seed: 1729 },
    );
  });

  it('keeps every constraint on random events, and accounts for every request', async () => {
    await fc.assert(
      fc.asyncProperty(smallProblem(6), async (p) => {
        const result = await solveSchedule(p, { timeLimitSeconds: 5 });
        expect(scheduleViolations(p, result.placements)).toEqual([]);
        const placed = new Set(result.placements.map((x) => x.request));
        const fixed = new Set(p.fixed.map((f) => f.requestId));
        const open = p.requests.map((r, i) => ({ r, i })).filter(({ r }) => !fixed.has(r.id));
        expect(open.every(({ i }) => placed.has(i) !== result.unplaced.some((u) => u.request === i))).toBe(true);
        expect(scheduleViolations(p, firstFit(p).placements)).toEqual([]);
      }),
      { numRuns: 150, seed: 42 },
    );
  });
});

describe('meeting scheduler on a large event (no slot MIP)', () => {
  it('keeps every constraint, and its aggregated LP bound is never below the brute-force optimum', async () => {
    await fc.assert(
      fc.asyncProperty(smallProblem(5), async (p) => {
        // A column limit of 0 takes the path a 10,000-request event takes.
        const result = await solveSchedule(p, { timeLimitSeconds: 1, mipColumnLimit: 0 });
        expect(scheduleViolations(p, result.placements)).toEqual([]);
        const best = bruteForceBest(p);
        expect(result.upperBound).toBeGreaterThanOrEqual(best - 1e-6);
        expect(placedWeight(p, result.placements)).toBeLessThanOrEqual(best + 1e-6);
        expect(result.upperBound).toBeGreaterThanOrEqual(result.objective - 1e-9);
      }),
      { numRuns: 80, seed: 2026 },
    );
  });
});

describe('unplaced reasons', () => {
  const base = { slots: slotsOf([2]), fixed: [] as FixedMeeting[] };

  it('names a missing common slot and a missing suitable table', async () => {
    const p: SchedulingProblem = {
      ...base,
      tables: [{ label: 'T1', tags: [] }],
      requests: [
        { id: 'apart', parties: ['a', 'b'], weight: 1, needs: [] },
        { id: 'interp', parties: ['c', 'd'], weight: 1, needs: ['interpreter'] },
        { id: 'fits', parties: ['e', 'f'], weight: 1, needs: [] },
      ],
      unavailable: new Map([
        ['a', new Set([0])],
        ['b', new Set([1])],
      ]),
    };
    const result = await solveSchedule(p);
    expect(result.placements.map((x) => p.requests[x.request].id)).toEqual(['fits']);
    expect(result.unplaced.map((u) => [p.requests[u.request].id, u.reason])).toEqual([
      ['apart', UnplacedReason.NO_COMMON_FREE_SLOT],
      ['interp', UnplacedReason.NO_SUITABLE_TABLE],
    ]);
    expect(result.status).toBe('OPTIMAL');
  });

  it('keeps a published meeting where it is and schedules around it', async () => {
    const p: SchedulingProblem = {
      ...base,
      tables: [{ label: 'T1', tags: [] }],
      requests: [
        { id: 'published', parties: ['a', 'b'], weight: 1, needs: [] },
        { id: 'new', parties: ['a', 'c'], weight: 1, needs: [] },
      ],
      unavailable: new Map(),
      fixed: [{ requestId: 'published', parties: ['a', 'b'], slot: 0, table: 0 }],
    };
    const result = await solveSchedule(p);
    expect(result.placements).toEqual([{ request: 1, slot: 1, table: 0 }]);
  });

  it('keeps a round table (host and seated firms, its table) fixed across its slots', async () => {
    // A round table at T1 in slots 0 and 1: host h, seats a and b. Only slot 2 is free for a and b, and T1 is taken till then.
    const p: SchedulingProblem = {
      slots: slotsOf([3]),
      tables: [
        { label: 'T1', tags: [] },
        { label: 'T2', tags: [] },
      ],
      requests: [
        { id: 'ab', parties: ['a', 'b'], weight: 1, needs: [] },
        { id: 'hc', parties: ['h', 'c'], weight: 1, needs: [] },
        { id: 'cd', parties: ['c', 'd'], weight: 1, needs: [] },
      ],
      unavailable: new Map(),
      fixed: [0, 1].map((slot) => ({ requestId: null, parties: ['h', 'a', 'b'], slot, table: 0 })),
    };
    const result = await solveSchedule(p);
    expect(scheduleViolations(p, result.placements)).toEqual([]);
    const at = (id: string) => result.placements.find((x) => p.requests[x.request].id === id);
    expect(at('ab')?.slot).toBe(2);
    expect(at('hc')?.slot).toBe(2);
    for (const x of result.placements) if (x.slot < 2) expect(x.table).toBe(1);
    // Breaking the round table is caught by the checker.
    expect(scheduleViolations(p, [{ request: 0, slot: 0, table: 1 }])).not.toEqual([]);
  });

  it('prefers the more valuable meeting when only one fits', async () => {
    const p: SchedulingProblem = {
      slots: slotsOf([1]),
      tables: [{ label: 'T1', tags: [] }],
      requests: [
        { id: 'weak', parties: ['a', 'b'], weight: 1.1, needs: [] },
        { id: 'strong', parties: ['c', 'd'], weight: 1.6, needs: [] },
      ],
      unavailable: new Map(),
      fixed: [],
    };
    const result = await solveSchedule(p);
    expect(result.placements.map((x) => p.requests[x.request].id)).toEqual(['strong']);
    expect(result.unplaced).toEqual([{ request: 0, reason: UnplacedReason.CAPACITY }]);
  });

  it('closes idle gaps without dropping a meeting', async () => {
    // a meets b and c; three slots in one session: the two meetings should be back to back.
    const p: SchedulingProblem = {
      slots: slotsOf([3]),
      tables: [{ label: 'T1', tags: [] }],
      requests: [
        { id: 'ab', parties: ['a', 'b'], weight: 1, needs: [] },
        { id: 'ac', parties: ['a', 'c'], weight: 1, needs: [] },
      ],
      unavailable: new Map([['b', new Set([1])]]),
      fixed: [],
    };
    const result = await solveSchedule(p);
    const slots = result.placements.map((x) => x.slot).sort();
    expect(slots.length).toBe(2);
    expect(slots[1] - slots[0]).toBe(1);
  });
});
