import { scheduleViolations } from './check';
import { solveInThread, solverThreadCount, SolverThreadError, stopSolverThreads } from './thread';
import type { RequestSpec, SchedulingProblem } from './types';

/** A deterministic event big enough that HiGHS works for a while (firms' time the bottleneck). */
function event(firms: number, requests: number, seed = 7): SchedulingProblem {
  let a = seed;
  const rnd = () => (a = (a * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const slots = Array.from({ length: 18 }, (_, k) => ({
    start: k * 1_200_000,
    end: (k + 1) * 1_200_000,
    session: k < 9 ? 0 : 1,
  }));
  const seen = new Set<string>();
  const specs: RequestSpec[] = [];
  while (specs.length < requests) {
    const x = Math.floor(rnd() * firms);
    const y = Math.floor(rnd() * firms);
    const key = `${Math.min(x, y)}-${Math.max(x, y)}`;
    if (x === y || seen.has(key)) continue;
    seen.add(key);
    specs.push({
      id: `r${specs.length}`,
      parties: [`f${x}`, `f${y}`],
      weight: 1 + Math.round(rnd() * 50) / 100,
      needs: [],
    });
  }
  const unavailable = new Map(
    Array.from({ length: firms }, (_, f) => [`f${f}`, new Set(slots.map((_, s) => s).filter(() => rnd() < 0.1))]),
  );
  const tables = Array.from({ length: 60 }, (_, i) => ({ label: `T${i + 1}`, tags: [] }));
  return { slots, tables, requests: specs, unavailable, fixed: [] };
}

const rejection = (p: Promise<unknown>) =>
  p.then(
    () => new Error('expected a rejection'),
    (err: unknown) => err,
  );

describe('solveInThread', () => {
  afterEach(() => stopSolverThreads());

  it('solves off the event loop: timers keep firing while HiGHS works, and the schedule is valid', async () => {
    const problem = event(150, 1200);
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 20);
    let ticksBeforeResult = -1;
    try {
      const result = await solveInThread(problem, { timeLimitSeconds: 3 }).finally(() => (ticksBeforeResult = ticks));
      expect(scheduleViolations(problem, result.placements)).toEqual([]);
      expect(result.placements.length).toBeGreaterThan(0);
      expect(result.objective).toBeLessThanOrEqual(result.upperBound + 1e-6);
    } finally {
      clearInterval(timer);
    }
    // A solve on this loop would hold it from the model's build to its answer (seconds): a handful
    // of ticks at most. In a thread the timer keeps running throughout.
    expect(ticksBeforeResult).toBeGreaterThanOrEqual(10);
    expect(solverThreadCount()).toBe(0);
  });

  it('fails with a clear error when the thread throws, and leaves no thread behind', async () => {
    const problem = event(10, 20);
    // A fixed meeting in a slot that does not exist breaks the solver inside the thread.
    const broken: SchedulingProblem = { ...problem, fixed: [{ requestId: null, parties: ['f1'], slot: 99, table: 0 }] };
    const err = await rejection(solveInThread(broken));
    expect(err).toBeInstanceOf(SolverThreadError);
    expect((err as SolverThreadError).kind).toBe('FAILED');
    expect((err as Error).message).toMatch(/^the solver thread failed: TypeError/);
    expect(solverThreadCount()).toBe(0);
  });

  it('fails when the thread dies (its heap cap exceeded) rather than hanging', async () => {
    const err = await rejection(solveInThread(event(150, 1200), { maxHeapMb: 1 }));
    expect(err).toBeInstanceOf(SolverThreadError);
    expect((err as SolverThreadError).kind).toBe('FAILED');
    expect((err as Error).message).toMatch(/solver thread/);
    expect(solverThreadCount()).toBe(0);
  });

  it('is stopped by a cancel, by its deadline, and by stopSolverThreads (a graceful shutdown)', async () => {
    const problem = event(150, 1200);
    const controller = new AbortController();
    const cancelled = rejection(solveInThread(problem, { signal: controller.signal }));
    expect(solverThreadCount()).toBe(1);
    controller.abort();
    expect(((await cancelled) as SolverThreadError).kind).toBe('STOPPED');

    const late = await rejection(solveInThread(problem, { deadlineMs: 1 }));
    expect((late as SolverThreadError).kind).toBe('TIMEOUT');

    const running = rejection(solveInThread(problem));
    await stopSolverThreads();
    expect(((await running) as SolverThreadError).kind).toBe('STOPPED');
    expect(solverThreadCount()).toBe(0);
  });
});
