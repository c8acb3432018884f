import 'tsconfig-paths/register'; // global setup runs outside jest's module mapper

import { randomBytes } from 'node:crypto';

import { migrateDatabase } from '@duijie/database';

import { newRunEnv, saveRunEnv } from './run-env';

export default async function globalSetup(): Promise<void> {
  process.env.JEST_RUN_ID ??= `${process.pid}_${randomBytes(3).toString('hex')}`;
  const env = newRunEnv();
  await migrateDatabase(env.DATABASE_URL);
  saveRunEnv(env);
}
