/**
 * B4: suggestion writes as the worker makes them (one statement per kind of listing: multi-row
 * upsert with conflict handling, removal of pairs no longer kept, the listings marked DONE), one
 * listing per statement and a batch of listings per statement, against COPY of the same rows into
 * the same table with the same indexes, side by side.
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
/** Listings per statement in the batched rounds (a busy worker's batch; MATCH_BATCH.maxSize at most). */
const BATCH = Number(process.env.BENCH_BATCH ?? 32);

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

      /** The worker's writes, `group` listings per call (one per job when idle; a batch of jobs when busy). */
      const ours = async (group: number) => {
        const t0 = performance.now();
        for (let i = 0; i < batches.length; i += group) {
          const byId = new Map<string, MatchListing>();
          const items = batches.slice(i, i + group).map((b) => {
            for (const p of b.pairs) byId.set(p.supplyId, asListing(p.supplyId, p.supplyEnterpriseId, 'SUPPLY'));
            const kept: ScoredPair[] = b.pairs.map((p) => ({
              supplyId: p.supplyId,
              demandId: p.demandId,
              score: p.score,
              reasons,
            }));
            return { listing: asListing(b.demand.id, b.demand.enterprise_id, 'DEMAND'), kept, offered: [] };
          });
          await repo.replaceSuggestions(items, (id) => byId.get(id)!, new Date(), 1);
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

      type Round = Record<'insert' | 'update' | 'batchInsert' | 'batchUpdate' | 'copy', number>;
      const rounds: Round[] = [];
      for (let r = 0; r < 3; r++) {
        await truncate();
        const insert = await ours(1);
        const update = await ours(1); // the same pairs again: the conflict path, nothing changes
        await truncate();
        const batchInsert = await ours(BATCH);
        const batchUpdate = await ours(BATCH);
        await truncate();
        const c = await copy();
        rounds.push({ insert, update, batchInsert, batchUpdate, copy: c });
      }
      await pool.end();
      const med = (k: keyof Round) => [...rounds.map((r) => r[k])].sort((a, b) => a - b)[1];
      const ratio = (k: keyof Round) => (med(k) / med('copy')).toFixed(2);
      console.log(
        JSON.stringify({ rows: rows.length, listings: batches.length, perListing: PER_LISTING, batch: BATCH, rounds }),
      );
      console.log(
        `B4: COPY ${med('copy').toFixed(0)} rows/s; worker writes one listing per statement ${med('insert').toFixed(0)} rows/s (new pairs), ` +
          `${med('update').toFixed(0)} rows/s (same pairs again): ratio ${ratio('insert')} / ${ratio('update')}; ` +
          `${BATCH} listings per statement ${med('batchInsert').toFixed(0)} / ${med('batchUpdate').toFixed(0)} rows/s: ` +
          `ratio ${ratio('batchInsert')} / ${ratio('batchUpdate')} (target >= 0.5)`,
      );
    },
    SESSION,
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
