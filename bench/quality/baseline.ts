import { withTrigramDatabase } from '../support/scratch';
import type { LabelledSet } from './labelled-set';

/** The pg_trgm baseline's top 10 supplies for every query: similarity over title + description. */
export function baselineRankings(set: LabelledSet): Promise<Map<string, string[]>> {
  return withTrigramDatabase(async (db) => {
    await db.query(`CREATE TABLE supply (key text PRIMARY KEY, firm text NOT NULL, body text NOT NULL)`);
    for (const s of set.supplies) {
      await db.query(`INSERT INTO supply VALUES ($1, $2, $3)`, [s.key, s.firm, `${s.title} ${s.description ?? ''}`]);
    }
    await db.query(`CREATE INDEX ON supply USING gist (body gist_trgm_ops)`);
    const out = new Map<string, string[]>();
    for (const q of set.queries) {
      // The tuned form: the <-> distance operator, served by the GiST index, other firms only.
      const { rows } = await db.query(`SELECT key FROM supply WHERE firm <> $2 ORDER BY body <-> $1, key LIMIT 10`, [
        `${q.title} ${q.description ?? ''}`,
        q.firm,
      ]);
      out.set(
        q.key,
        rows.map((r) => r.key),
      );
    }
    return out;
  });
}
