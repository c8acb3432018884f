import 'reflect-metadata';

import { ConfigError, loadConfig } from '@duijie/config';
import { migrateDatabase } from '@duijie/database';

/** `npm run db:migrate`: creates the database if needed, applies migrations and reference data. */
async function main(): Promise<void> {
  let databaseUrl: string;
  try {
    databaseUrl = loadConfig().databaseUrl;
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`db:migrate: configuration error: ${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  await migrateDatabase(databaseUrl, (line) => process.stdout.write(`db:migrate: ${line}\n`));
}

main().catch((err) => {
  process.stderr.write(`db:migrate failed: ${(err as Error).message}\n`);
  process.exit(1);
});
