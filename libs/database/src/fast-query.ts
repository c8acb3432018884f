import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';

/**
 * Runs one statement straight on the pg pool behind TypeORM: for the hot read paths (list pages,
 * DataLoader batches), where TypeORM's per-call query runner costs more than the query itself.
 * Writes and transactions stay on TypeORM.
 */
export async function fastQuery<T>(
  db: DataSource,
  sql: string,
  params: unknown[] = [],
  prepareAs?: string,
): Promise<T[]> {
  const pool = (db.driver as unknown as { master: Pool }).master;
  // A named statement is parsed and planned once per connection (for hot, fixed SQL).
  const result = await pool.query(
    prepareAs ? { name: prepareAs, text: sql, values: params } : { text: sql, values: params },
  );
  return result.rows as T[];
}
