/**
 * B4: suggestion writes as the worker makes them (one transaction per listing: multi-row upsert
 * with conflict handling, removal of pairs no longer kept, the listing marked DONE) against COPY
 * of the same rows into the same table with the same indexes, side by side.
 *   node -r ts-node/register/transpile-only -r tsconfig-paths/register bench/matching/writes.ts
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

import { Pool } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

import { WORKER_SESSION } from '@duijie/database';
import type { MatchListing, MatchReason, ScoredPair } from '@duijie/matching';
import { SuggestionWritesRepository } from '@duijie/matching';

import { generateListings } from '../support/generate';
import { withMigratedDatabase } from '../support/scratch';

/** The worker's own session settings (BENCH_JIT=on: Postgres's default, to compare). */
const SESSION = process.env.BENCH_JIT === 'on' ? {} : WORKER_SESSION;

const DEMANDS = Number(process.env.BENCH_DEMANDS ?? 1000);
const PER_LISTING = 30;

interface Row {
  supplyId: string;
  demandId: string;
  supplyEnterpriseId: string;
  demandEnterpriseId: string;
  score: number;
  reasons: string;
}

async function main() {
  await withMigratedDatabase(
    'writes',
    async (db) => {
      await generateListings(db, DEMANDS * 2 + PER_LISTING * 4, 400);
      const listings: { id: string; kind: string; enterprise_id: string }[] = await db.query(
        `SELECT id, kind, enterprise_id FROM listing`,
      );
      const supplies = listings.filter((l) => l.kind === 'SUPPLY');
      const demands = listings.filter((l) => l.kind === 'DEMAND').slice(0, DEMANDS);
      const reasons: MatchReason[] = [
        { code: 'SAME_CATEGORY', contribution: 0.32, detail: '同类产品：玻璃包装容器制造' },
        { code: 'KEYWORDS', contribution: 0.2, detail: '共同产品词：酱香型、玻璃瓶' },
        { code: 'QUANTITY_FIT', contribution: 0.1, detail: '供应能力 300万只 ≥ 需求 200万只' },
        { code: 'REGION', contribution: 0.056, detail: '同一地市：贵州省遵义市' },
      ];
      const batches = demands.map((d, i) => {
        const pairs: Row[] = [];
        for (let k = 0, j = i; pairs.length < PER_LISTING; k++, j = (j + 7) % supplies.length) {
          const s = supplies[j];
          if (s.enterprise_id === d.enterprise_id || pairs.some((p) => p.supplyId === s.id)) continue;
          pairs.push({
            supplyId: s.id,
            demandId: d.id,
            supplyEnterpriseId: s.enterprise_id,
            demandEnterpriseId: d.enterprise_id,
            score: 0.3 + ((i + k) % 70) / 100,
            reasons: JSON.stringify(reasons),
          });
        }
        return { demand: d, pairs };
      });
      const rows = batches.flatMap((b) => b.pairs);
      const repo = new SuggestionWritesRepository(db);
      const asListing = (id: string, enterpriseId: string, kind: 'SUPPLY' | 'DEMAND'): MatchListing =>
        ({ id, enterpriseId, kind, fingerprint: 'f', version: 1 }) as MatchListing;

      const ours = async () => {
        const t0 = performance.now();
        for (const b of batches) {
          const pairs: ScoredPair[] = b.pairs.map((p) => ({
            supplyId: p.supplyId,
            demandId: p.demandId,
            score: p.score,
            reasons,
          }));
          const byId = new Map(b.pairs.map((p) => [p.supplyId, asListing(p.supplyId, p.supplyEnterpriseId, 'SUPPLY')]));
          await repo.replaceSuggestions(
            asListing(b.demand.id, b.demand.enterprise_id, 'DEMAND'),
            pairs,
            (id) => byId.get(id)!,
            new Date(),
            1,
          );
        }
        return rows.length / ((performance.now() - t0) / 1000);
      };
      const pool = new Pool({ connectionString: (db.options as { url: string }).url, max: 1 });
      const copy = async () => {
        const t0 = performance.now();
        const client = await pool.connect();
        try {
          const text = rows
            .map((r) =>
              [
                r.supplyId,
                r.demandId,
                r.supplyEnterpriseId,
                r.demandEnterpriseId,
                r.score,
                r.reasons.replace(/\\/g, '\\\\'),
                'f',
                'f',
              ].join('\t'),
            )
            .join('\n');
          await pipeline(
            Readable.from([`${text}\n`]),
            client.query(
              copyFrom(
                `COPY match_suggestion (supply_id, demand_id, supply_enterprise_id, demand_enterprise_id, score, reasons, supply_fingerprint, demand_fingerprint) FROM STDIN`,
              ),
            ),
          );
        } finally {
          client.release();
        }
        return rows.length / ((performance.now() - t0) / 1000);
      };
      const truncate = () => db.query(`TRUNCATE match_suggestion CASCADE`);

      const rounds: { insert: number; update: number; copy: number }[] = [];
      for (let r = 0; r < 3; r++) {
        await truncate();
        const insert = await ours();
        const update = await ours(); // the same pairs again: the conflict path, nothing changes
        await truncate();
        const c = await copy();
        rounds.push({ insert, update, copy: c });
      }
      await pool.end();
      const med = (k: 'insert' | 'update' | 'copy') => [...rounds.map((r) => r[k])].sort((a, b) => a - b)[1];
      console.log(JSON.stringify({ rows: rows.length, listings: batches.length, perListing: PER_LISTING, rounds }));
      console.log(
        `B4: worker writes ${med('insert').toFixed(0)} rows/s (new pairs), ${med('update').toFixed(0)} rows/s (same pairs again), ` +
          `COPY ${med('copy').toFixed(0)} rows/s; ratio ${(med('insert') / med('copy')).toFixed(2)} / ${(med('update') / med('copy')).toFixed(2)} (target >= 0.5)`,
      );
    },
    SESSION,
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
