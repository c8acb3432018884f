import { join } from 'node:path';

import { types } from 'pg';
import type { DataSourceOptions } from 'typeorm';

import { MIGRATIONS } from './migrations';

// DATE columns stay 'YYYY-MM-DD' strings: a JS Date would shift them by the server's time zone.
types.setTypeParser(types.builtins.DATE, (v: string) => v);

/**
 * Every entity of every lib, found by file name (`<name>.entity.ts`, or `.js` once built), so that
 * this lib knows no feature: each lib owns its tables, and a new entity file is picked up as it is.
 */
export const ENTITY_GLOB = join(__dirname, '..', '..', '*', 'src', '**', '*.entity.{ts,js}');

/** Settings of a process's Postgres sessions beyond the defaults. */
export interface SessionSettings {
  /**
   * false: no JIT compilation in these sessions. Postgres compiles a statement whose estimated
   * cost passes `jit_above_cost`; the worker's suggestion write is estimated far above it (a set-
   * returning function counts as 100 rows, each with a ranking subquery) and then spent ~70 ms
   * compiling to run for ~10 ms (bench/RESULTS.md, "Bulk matching").
   */
  jit?: boolean;
}

/** How the worker's sessions run: short statements only, never worth compiling. */
export const WORKER_SESSION: SessionSettings = { jit: false };

/** One place for how the apps, the CLI and the tests reach Postgres. */
export function typeOrmOptions(
  databaseUrl: string,
  applicationName: string,
  poolSize = 10,
  session: SessionSettings = {},
): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: [ENTITY_GLOB],
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migrations',
    synchronize: false,
    uuidExtension: 'pgcrypto',
    logging: false,
    extra: {
      application_name: applicationName,
      max: poolSize,
      // A burst (50 bookings of one table at once) queues for connections; waiting 10 s beats a 500 after 5 s.
      connectionTimeoutMillis: 10_000,
      idleTimeoutMillis: 30_000,
      statement_timeout: 15_000,
      lock_timeout: 5_000,
      idle_in_transaction_session_timeout: 30_000,
      ...(session.jit === false ? { options: '-c jit=off' } : {}),
    },
  };
}
