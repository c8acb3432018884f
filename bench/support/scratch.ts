import { randomBytes } from 'node:crypto';

import { Client } from 'pg';
import { DataSource } from 'typeorm';

import { dropDatabase, migrateDatabase } from '@duijie/database';
import { type SessionSettings, typeOrmOptions } from '@duijie/database';

export const BENCH_BASE_URL = process.env.BENCH_DATABASE_BASE_URL ?? 'postgres://postgres@127.0.0.1:5432';

/**
 * A migrated database of the benchmark's own, dropped afterwards whatever happens; `session` as the
 * process measured sets its sessions (e.g. WORKER_SESSION for the worker's paths).
 */
export async function withMigratedDatabase<T>(
  name: string,
  run: (db: DataSource) => Promise<T>,
  session?: SessionSettings,
): Promise<T> {
  const url = `${BENCH_BASE_URL}/duijie_bench_${name}_${randomBytes(4).toString('hex')}`;
  await migrateDatabase(url);
  const db = new DataSource(typeOrmOptions(url, `bench-${name}`, 10, session));
  await db.initialize();
  try {
    return await run(db);
  } finally {
    await db.destroy();
    await dropDatabase(url);
  }
}

/** An empty UTF-8 database with pg_trgm, for baselines, dropped afterwards whatever happens. */
export async function withTrigramDatabase<T>(run: (db: Client) => Promise<T>): Promise<T> {
  const name = `duijie_bench_trgm_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: `${BENCH_BASE_URL}/postgres` });
  await admin.connect();
  await admin.query(
    `CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`,
  );
  const db = new Client({ connectionString: `${BENCH_BASE_URL}/${name}` });
  try {
    await db.connect();
    await db.query(`CREATE EXTENSION pg_trgm`);
    return await run(db);
  } finally {
    await db.end();
    await admin.query(`DROP DATABASE ${name}`);
    await admin.end();
  }
}
