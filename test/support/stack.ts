import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';

import type { INestApplication } from '@nestjs/common';

import { dropDatabase, migrateDatabase } from '@duijie/database';

import { createApi } from '../../apps/api/src/bootstrap';
import { createWorker } from '../../apps/worker/src/bootstrap';
import { GraphQLClient } from './graphql';

export interface Stack {
  api: INestApplication;
  worker?: INestApplication;
  apiUrl: string;
  workerUrl?: string;
  close(): Promise<void>;
}

async function listen(app: INestApplication): Promise<string> {
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as AddressInfo;
  return `http://127.0.0.1:${address.port}`;
}

export interface StackOptions {
  /** Start the worker too (default true). */
  worker?: boolean;
  /**
   * A database and Redis prefix of this stack's own, instead of the run's shared ones: for tests
   * whose workers must not take other files' jobs (or hand theirs to others), e.g. when they stop
   * Redis or change worker settings. Dropped when the stack closes.
   */
  isolated?: boolean;
}

/** Boots the real API (and the worker, unless told not to) against the run's Postgres and Redis. */
export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const restore = options.isolated ? await isolate() : async () => undefined;
  const api = await createApi();
  const apiUrl = await listen(api);
  let worker: INestApplication | undefined;
  let workerUrl: string | undefined;
  if (options.worker !== false) {
    worker = await createWorker();
    workerUrl = await listen(worker);
  }
  return {
    api,
    worker,
    apiUrl,
    workerUrl,
    async close() {
      await worker?.close();
      await api.close();
      await restore();
    },
  };
}

/** Points this process at a fresh database and a sub-prefix of the run's (removed by the run's teardown). */
async function isolate(): Promise<() => Promise<void>> {
  const suffix = randomBytes(3).toString('hex');
  const before = { DATABASE_URL: process.env.DATABASE_URL!, REDIS_PREFIX: process.env.REDIS_PREFIX! };
  const url = `${before.DATABASE_URL}_iso_${suffix}`;
  await migrateDatabase(url);
  process.env.DATABASE_URL = url;
  process.env.REDIS_PREFIX = `${before.REDIS_PREFIX}.iso-${suffix}`;
  return async () => {
    Object.assign(process.env, before);
    await dropDatabase(url);
  };
}

/**
 * One stack per test file: started before its tests, closed after them. The client and the
 * `stack()` accessor may be taken at once; they reach the stack once it is up.
 */
export function useStack(options: StackOptions = {}): { api: GraphQLClient; stack: () => Stack } {
  let stack: Stack | undefined;
  beforeAll(async () => {
    stack = await startStack(options);
  });
  afterAll(async () => {
    await stack?.close();
  });
  const current = (): Stack => {
    if (!stack) throw new Error('the stack is not started (use it inside a test)');
    return stack;
  };
  return { api: new GraphQLClient(() => current().apiUrl), stack: current };
}
