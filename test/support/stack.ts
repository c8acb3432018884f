import { INestApplication } from '@nestjs/common';
import { AddressInfo } from 'node:net';
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

/** Boots the real API (and the worker, unless told not to) against the run's Postgres and Redis. */
export async function startStack(options: { worker?: boolean } = {}): Promise<Stack> {
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
    },
  };
}

/**
 * One stack per test file: started before its tests, closed after them. The client and the
 * `stack()` accessor may be taken at once; they reach the stack once it is up.
 */
export function useStack(options: { worker?: boolean } = {}): { api: GraphQLClient; stack: () => Stack } {
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
