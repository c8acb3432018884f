import 'tsconfig-paths/register'; // global setup runs outside jest's module mapper

import Redis from 'ioredis';
import { Client } from 'pg';

import { dropDatabase } from '@duijie/database';

import { loadRunEnv } from './run-env';

/** Removes the run's database and every Redis key under its prefix (and the isolated stacks' sub-prefixes). */
export default async function globalTeardown(): Promise<void> {
  const env = loadRunEnv();
  await dropDatabase(env.DATABASE_URL);
  // Isolated stacks drop their own databases; one whose test process died leaves it for here.
  const admin = new Client({ connectionString: env.DATABASE_URL.replace(/\/[^/]*$/, '/postgres') });
  await admin.connect();
  try {
    const name = env.DATABASE_URL.slice(env.DATABASE_URL.lastIndexOf('/') + 1);
    const { rows } = await admin.query(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`${name}\\_iso\\_%`]);
    for (const r of rows) await dropDatabase(env.DATABASE_URL.replace(/\/[^/]*$/, `/${r.datname}`));
  } finally {
    await admin.end();
  }
  const redis = new Redis(env.REDIS_URL, { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${env.REDIS_PREFIX}*`, 'COUNT', 500);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
