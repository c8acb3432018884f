import { DataSource } from 'typeorm';

import { syncChainData } from '@duijie/reference';
import { CHAIN_DATA } from '@duijie/reference';

import { typeOrmOptions } from './typeorm-options';

/**
 * Makes sure the database exists (with a UTF-8 collation, so pg_trgm sees Chinese characters),
 * applies pending migrations and brings the reference data up to date. Idempotent.
 */
export async function migrateDatabase(
  databaseUrl: string,
  log: (line: string) => void = () => undefined,
): Promise<void> {
  await ensureDatabase(databaseUrl, log);
  const db = new DataSource(typeOrmOptions(databaseUrl, 'duijie-migrate'));
  await db.initialize();
  try {
    const applied = await db.runMigrations({ transaction: 'each' });
    log(
      applied.length
        ? `applied migrations: ${applied.map((migration) => migration.name).join(', ')}`
        : 'migrations: up to date',
    );
    const counts = await syncChainData(db, CHAIN_DATA);
    log(`reference data: ${counts.categories} chain categories, ${counts.edges} chain links`);
  } finally {
    await db.destroy();
  }
}

export async function ensureDatabase(
  databaseUrl: string,
  log: (line: string) => void = () => undefined,
): Promise<void> {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  if (!/^[A-Za-z0-9_-]+$/.test(name)) throw new Error(`database name "${name}" may hold letters, digits, _ and - only`);
  url.pathname = '/postgres';
  const admin = new DataSource({ type: 'postgres', url: url.toString() });
  await admin.initialize();
  try {
    const exists = await admin.query<unknown[]>('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.length === 0) {
      await admin.query(
        `CREATE DATABASE "${name}" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`,
      );
      log(`created database ${name}`);
    }
  } finally {
    await admin.destroy();
  }
}

export async function dropDatabase(databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  url.pathname = '/postgres';
  const admin = new DataSource({ type: 'postgres', url: url.toString() });
  await admin.initialize();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.destroy();
  }
}
