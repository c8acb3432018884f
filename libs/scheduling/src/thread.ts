import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';

import type { SolveOptions } from './solve';
import type { ScheduleResult, SchedulingProblem } from './types';

/** Why a solve in a thread did not return a schedule. */
export class SolverThreadError extends Error {
  constructor(
    message: string,
    /** STOPPED: the process is shutting down or the caller cancelled; the job should run again later. */
    readonly kind: 'FAILED' | 'TIMEOUT' | 'STOPPED',
  ) {
    super(message);
    this.name = 'SolverThreadError';
  }
}

export interface ThreadOptions extends SolveOptions {
  /** Cancels the solve: the thread is terminated and the promise rejects (kind STOPPED). */
  signal?: AbortSignal;
  /**
   * The thread is terminated when it has not answered this long after it started (kind TIMEOUT):
   * the solver's own limit plus room to load HiGHS, build the model and close gaps. Default:
   * twice the time limit plus 30 s.
   */
  deadlineMs?: number;
  /** Caps the thread's JavaScript heap (the wasm heap is separate); a thread that exceeds it fails. */
  maxHeapMb?: number;
  /** Test-only fault point (SCHEDULER_FAULT_IN_THREAD): the thread throws as it starts. */
  fault?: boolean;
}

/** Running threads and how to stop each (its promise rejects with kind STOPPED). */
const live = new Map<Worker, () => void>();

/**
 * The thread's entry beside this file: solve.thread.js in the built dist, solve.thread.ts under
 * ts-node and jest, where the thread registers ts-node itself (jest's transform does not reach it).
 */
function entry(): { file: string; execArgv?: string[] } {
  const ext = extname(__filename);
  const file = join(__dirname, `solve.thread${ext}`);
  return ext === '.ts' ? { file, execArgv: ['--require', 'ts-node/register/transpile-only'] } : { file };
}

/**
 * Solves in a worker thread of its own, so the caller's event loop keeps serving its other queues
 * while HiGHS runs. One thread per solve, ended when it answers: its wasm heap goes with it.
 */
export function solveInThread(problem: SchedulingProblem, options: ThreadOptions = {}): Promise<ScheduleResult> {
  const { signal, deadlineMs, maxHeapMb, fault, ...solve } = options;
  if (signal?.aborted)
    return Promise.reject(new SolverThreadError('the solve was cancelled before it started', 'STOPPED'));
  const { file, execArgv } = entry();
  return new Promise<ScheduleResult>((resolve, reject) => {
    const worker = new Worker(file, {
      workerData: { problem, options: solve, fault: !!fault },
      execArgv,
      resourceLimits: maxHeapMb ? { maxOldGenerationSizeMb: maxHeapMb } : undefined,
      // The thread's own output is not the job's: errors come back as messages.
      stdout: false,
      stderr: false,
    });
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', stop);
      live.delete(worker);
      fn();
      void worker.terminate();
    };
    const allowedMs = deadlineMs ?? 2 * (solve.timeLimitSeconds ?? 20) * 1000 + 30_000;
    const timer = setTimeout(
      () =>
        settle(() =>
          reject(
            new SolverThreadError(
              `the solver thread did not answer within ${Math.round(allowedMs / 1000)} s`,
              'TIMEOUT',
            ),
          ),
        ),
      allowedMs,
    );
    const stop = () =>
      settle(() => reject(new SolverThreadError('the solve was stopped (cancelled or shutting down)', 'STOPPED')));
    live.set(worker, stop);
    signal?.addEventListener('abort', stop, { once: true });
    worker.on('message', (msg: { result?: ScheduleResult; error?: string }) =>
      settle(() =>
        msg.result
          ? resolve(msg.result)
          : reject(new SolverThreadError(`the solver thread failed: ${msg.error ?? 'no result'}`, 'FAILED')),
      ),
    );
    worker.on('error', (err) =>
      settle(() => reject(new SolverThreadError(`the solver thread failed: ${err.name}: ${err.message}`, 'FAILED'))),
    );
    worker.on('exit', (code) =>
      settle(() => reject(new SolverThreadError(`the solver thread exited (code ${code}) without a result`, 'FAILED'))),
    );
  });
}

/** Terminates every running solver thread (their solves reject with kind STOPPED): for a graceful shutdown. */
export async function stopSolverThreads(): Promise<void> {
  const running = [...live];
  for (const [, stop] of running) stop();
  await Promise.all(running.map(([worker]) => worker.terminate()));
}

/** Solver threads now running (for tests and health). */
export function solverThreadCount(): number {
  return live.size;
}
