/**
 * Issue 18 item 5: a CIIE-sized hall, 1,000 firms and 10,000 accepted requests over 4 sessions of 9
 * slots, in two shapes: tables the bottleneck (150 tables: 5,400 places for 10,000 requests) and
 * firms' time the bottleneck (400 tables: 14,400 places, but popular firms are asked more often
 * than they have slots). The production solve (in a thread, as the worker runs it) against the
 * greedy first-fit rule and the aggregated LP bound; every schedule checked before it is counted.
 *   flock /work/wt/bench.lock node -r ts-node/register/transpile-only -r tsconfig-paths/register bench/scheduling/big.ts
 */
import type { SchedulingProblem } from '@duijie/scheduling';
import { firstFit, prepare, scheduleViolations, solveInThread, SolverThreadError } from '@duijie/scheduling';

import type { EventShape } from './instance';
import { generateEvent } from './instance';

const ROUNDS = Number(process.env.BIG_ROUNDS ?? 2);
/** Also run the whole slot MIP (what a smaller event gets) with this limit, to show why it is not used here; 0 = skip. */
const FULL_MIP_S = Number(process.env.BIG_FULL_MIP_S ?? 60);

export const BIG: Omit<EventShape, 'tables' | 'interpreterTables'> = {
  firms: 1000,
  requests: 10_000,
  sessions: 4,
  slotsPerSession: 9,
  unavailableShare: 0.1,
  interpreterShare: 0.05,
  skew: 0.3,
  seed: 20202,
};

const SHAPES: [string, EventShape][] = [
  ['tables the bottleneck', { ...BIG, tables: 150, interpreterTables: 12 }],
  ["firms' time the bottleneck", { ...BIG, tables: 400, interpreterTables: 30 }],
];

function idleGaps(p: SchedulingProblem, placements: { request: number; slot: number }[]): number {
  const busy = new Map<string, Set<number>>();
  for (const x of placements)
    for (const f of p.requests[x.request].parties) (busy.get(f) ?? busy.set(f, new Set()).get(f)!).add(x.slot);
  let n = 0;
  for (const slots of busy.values()) {
    const sorted = [...slots].sort((a, b) => a - b);
    sorted.forEach((s, i) => {
      if (i > 0 && p.slots[sorted[i - 1]].session === p.slots[s].session && sorted[i - 1] !== s - 1) n += 1;
    });
  }
  return n;
}

(async () => {
  for (const [name, shape] of SHAPES) {
    const p = generateEvent(shape);
    const inst = prepare(p);
    const weight = (xs: { request: number }[]) => xs.reduce((w, x) => w + p.requests[x.request].weight, 0);
    const all = inst.open.filter((r) => inst.candidates[r].length > 0);
    // Firms whose requests ask for more meetings than they have usable slots.
    const over = [...inst.requestsOf].filter(([f, rs]) => {
      const usable = new Set(rs.flatMap((r) => inst.candidates[r]));
      return rs.length > usable.size && f;
    }).length;
    console.log(
      `\n### ${name}: ${shape.firms} firms, ${shape.requests} requests, ${p.slots.length} slots, ${shape.tables} tables (${shape.interpreterTables} interpreter) = ${p.slots.length * shape.tables} places`,
    );
    console.log(
      `requests with a usable slot: ${all.length} (weight ${weight(all.map((request) => ({ request }))).toFixed(1)}); firms asked for more meetings than their usable slots: ${over}`,
    );
    const greedy = firstFit(p);
    console.log(
      '| round | | meetings placed | weight placed | upper bound (aggregated LP) | weight / bound | idle gaps | solve (s) | status |',
    );
    console.log('|---|---|---|---|---|---|---|---|---|');
    console.log(
      `| | greedy first-fit | ${greedy.placements.length} | ${weight(greedy.placements).toFixed(1)} | | | ${idleGaps(p, greedy.placements)} | ${(greedy.solveMillis / 1000).toFixed(1)} | |`,
    );
    for (let round = 1; round <= ROUNDS; round++) {
      const t0 = performance.now();
      const solved = await solveInThread(p, { timeLimitSeconds: 20 });
      const wall = (performance.now() - t0) / 1000;
      const bad = [...scheduleViolations(p, solved.placements), ...scheduleViolations(p, greedy.placements)];
      if (bad.length) throw new Error(`invalid schedule: ${bad.slice(0, 3).join('; ')}`);
      const w = weight(solved.placements);
      console.log(
        `| ${round} | scheduler (in a thread) | ${solved.placements.length} | ${w.toFixed(1)} | ${solved.upperBound.toFixed(1)} | **${(w / solved.upperBound).toFixed(4)}** | ${idleGaps(p, solved.placements)} | ${wall.toFixed(1)} (in thread ${(solved.solveMillis / 1000).toFixed(1)}) | ${solved.status} |`,
      );
    }
    if (FULL_MIP_S > 0) {
      // Given twice its limit to answer: HiGHS checks its time limit between phases, not inside them.
      const t0 = performance.now();
      const label = `whole slot MIP (HiGHS, ${FULL_MIP_S} s limit; not the production path)`;
      try {
        const mip = await solveInThread(p, {
          timeLimitSeconds: FULL_MIP_S,
          mipColumnLimit: Infinity,
          deadlineMs: 2 * FULL_MIP_S * 1000,
        });
        const wall = (performance.now() - t0) / 1000;
        if (scheduleViolations(p, mip.placements).length) throw new Error('invalid schedule from the full MIP');
        const w = weight(mip.placements);
        console.log(
          `| | ${label} | ${mip.placements.length} | ${w.toFixed(1)} | ${mip.upperBound.toFixed(1)} (its own) | ${(w / mip.upperBound).toFixed(4)} | ${idleGaps(p, mip.placements)} | ${wall.toFixed(1)} | ${mip.status} |`,
        );
      } catch (err) {
        if (!(err instanceof SolverThreadError) || err.kind !== 'TIMEOUT') throw err;
        const wall = (performance.now() - t0) / 1000;
        console.log(`| | ${label} | no answer | | | | | stopped after ${wall.toFixed(0)} | ${err.message} |`);
      }
    }
  }
  console.log(`\npeak RSS of the bench process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
})().catch((err) => {
  console.error(err);
  process.exit(1);
});
