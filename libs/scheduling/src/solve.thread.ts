/**
 * The entry of a solver thread (see thread.ts): solves the problem it was started with and posts
 * the result back. HiGHS (wasm) is loaded in this thread, so the solve never holds the event loop
 * of the process that started it. Relative imports only: this file runs without path aliases.
 */
import { parentPort, workerData } from 'node:worker_threads';

import type { SolveOptions } from './solve';
import { solveSchedule } from './solve';
import type { SchedulingProblem } from './types';

const { problem, options, fault } = workerData as {
  problem: SchedulingProblem;
  options: SolveOptions;
  fault: boolean;
};
// A crash of the thread itself (uncaught, not a message): what a wasm abort looks like to the caller.
if (fault) throw new Error('fault injected by SCHEDULER_FAULT_IN_THREAD');

solveSchedule(problem, options).then(
  (result) => parentPort!.postMessage({ result }),
  (err: unknown) =>
    parentPort!.postMessage({ error: err instanceof Error ? `${err.name}: ${err.message}` : String(err) }),
);
