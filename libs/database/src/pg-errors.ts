import type { DataSource, EntityManager } from 'typeorm';

/** SQLSTATE codes the application reacts to. */
export const PG = {
  UNIQUE_VIOLATION: '23505',
  EXCLUSION_VIOLATION: '23P01',
  LOCK_NOT_AVAILABLE: '55P03',
  SERIALIZATION_FAILURE: '40001',
  DEADLOCK_DETECTED: '40P01',
} as const;

/** The SQLSTATE of an error from pg, whether TypeORM wrapped it or not. */
export function pgCode(err: unknown): string | undefined {
  return (err as { driverError?: { code?: string } }).driverError?.code ?? (err as { code?: string }).code;
}

/** Postgres errors after which the same transaction, run again, may well succeed. */
export function isTransient(err: unknown): boolean {
  const code = pgCode(err);
  return code === PG.SERIALIZATION_FAILURE || code === PG.DEADLOCK_DETECTED;
}

/**
 * The one way to run a transaction: `work` in a transaction of `db`, run whole again after a
 * deadlock or serialization failure (see retryTransient). `work` must only touch the database
 * through its manager, so that running it again is harmless.
 */
export function runTransaction<T>(db: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  return retryTransient(() => db.transaction(work));
}

/**
 * Runs a whole transaction again when Postgres aborted it for a serialization failure or a
 * deadlock (up to `attempts` times, with a short random pause); any other error is thrown at once.
 */
export async function retryTransient<T>(work: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (err) {
      if (!isTransient(err) || attempt >= attempts) throw err;
      await new Promise((r) => setTimeout(r, 10 + Math.random() * 40 * attempt));
    }
  }
}
