import 'tsconfig-paths/register'; // global setup runs outside jest's module mapper
import Redis from 'ioredis';
import { dropDatabase } from '@duijie/database/migrate';
import { loadRunEnv } from './run-env';

/** Removes the run's database and every Redis key under its prefix. */
export default async function globalTeardown(): Promise<void> {
  const env = loadRunEnv();
  await dropDatabase(env.DATABASE_URL);
  const redis = new Redis(env.REDIS_URL, { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${env.REDIS_PREFIX}:*`, 'COUNT', 500);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
