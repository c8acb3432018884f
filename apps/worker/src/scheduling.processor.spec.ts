import type { Job } from 'bullmq';
import { DelayedError } from 'bullmq';

import type { ScheduleSolverService } from '@duijie/meetings';
import { SolverThreadError } from '@duijie/scheduling';

import { SchedulingProcessor } from './scheduling.processor';

/** A scheduling job on its given attempt (the queue allows 3), with its calls recorded. */
function jobOn(attemptsMade: number) {
  const moved: [number, string | undefined][] = [];
  const job = {
    name: 'schedule.solve',
    data: { runId: 'run-1' },
    queueName: 'scheduling',
    opts: { attempts: 3 },
    attemptsMade,
    moveToDelayed: async (at: number, token?: string) => void moved.push([at, token]),
  } as unknown as Job<{ runId: string }, unknown, 'schedule.solve'>;
  return { job, moved };
}

function processorFailingWith(err: Error) {
  const failed: [string, string][] = [];
  const solver = {
    solveRun: async () => Promise.reject(err),
    fail: async (runId: string, message: string) => void failed.push([runId, message]),
  } as unknown as ScheduleSolverService;
  return { processor: new SchedulingProcessor(solver), failed };
}

describe('SchedulingProcessor and the solver thread', () => {
  it('records a thread crash on the run only on the last attempt, and rethrows it so the job retries', async () => {
    const crash = new SolverThreadError('the solver thread failed: RuntimeError: unreachable', 'FAILED');
    const { processor, failed } = processorFailingWith(crash);
    await expect(processor.process(jobOn(0).job, 'token')).rejects.toBe(crash);
    expect(failed).toEqual([]);
    await expect(processor.process(jobOn(2).job, 'token')).rejects.toBe(crash);
    expect(failed).toEqual([['run-1', 'the solver thread failed: RuntimeError: unreachable']]);
  });

  it('puts the job back without spending an attempt when shutdown stopped the thread', async () => {
    const { processor, failed } = processorFailingWith(new SolverThreadError('stopped', 'STOPPED'));
    const { job, moved } = jobOn(2); // even on the last attempt: a shutdown is not the job's failure
    await expect(processor.process(job, 'token')).rejects.toBeInstanceOf(DelayedError);
    expect(moved).toHaveLength(1);
    expect(moved[0][1]).toBe('token');
    expect(failed).toEqual([]);
  });
});
