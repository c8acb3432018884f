import { INestApplication } from '@nestjs/common';
import { AddressInfo } from 'node:net';
import { createApi } from '../../apps/api/src/bootstrap';
import { createWorker } from '../../apps/worker/src/bootstrap';

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
