import { Injectable, Logger } from '@nestjs/common';

import { ConfigService } from '@duijie/config';
import { JobProducer } from '@duijie/queue';

import { Batcher } from './match-batcher';
import { MatchEngine, MAX_SUGGESTIONS, OWN_SUGGESTIONS, STRONG_SCORE } from './match-engine.service';
import { MatchNotifier, NOTIFY_SCORE } from './match-notifier.service';
import { MatchRunsRepository } from './match-runs.repository';
import { MatchSourceRow, MatchSourcesRepository } from './match-sources.repository';
import { SuggestionWritesRepository } from './suggestion-writes.repository';

export type MatchOutcome = 'matched' | 'withdrawn' | 'stale' | 'gone';

/**
 * Listings' suggestions recomputed from their committed rows (read at `asOf`) against the engine's
 * index: what the worker's match jobs do, and the demo seed in-process. All the rows enter the
 * index before any is scored, so the listings of one batch pair with each other as with the rest.
 * Answers the listings withdrawn (closed or expired: their undecided pairs were removed) and the
 * firms with new strong pairs to announce.
 */
export async function recomputeSuggestions(
  engine: MatchEngine,
  suggestions: SuggestionWritesRepository,
  rows: readonly MatchSourceRow[],
  asOf: Date,
): Promise<{ withdrawn: Set<string>; toTell: string[] }> {
  // Every pair written before `asOf` (read with the rows) involves a listing committed before
  // it, which the engine's refreshed index sees; pairs written after it by concurrent jobs are theirs to keep.
  const applied = rows.map((row) => ({ row, x: engine.apply(row) }));
  const gone = applied.filter((a) => !a.x).map((a) => a.row);
  if (gone.length) await suggestions.withdraw(gone);
  const matchable = applied.flatMap((a) => (a.x ? [a.x] : []));
  let toTell: string[] = [];
  if (matchable.length) {
    // Pairs a counterpart's job wrote are scored again: they stay while they rank among its best.
    const existing = await suggestions.undecidedCounterparts(matchable.map((x) => x.id));
    const batch = matchable.map((x) => ({ listing: x, ...engine.pairsFor(x, existing.get(x.id) ?? []) }));
    const own = new Map(matchable.map((x) => [x.id, x]));
    const listing = (id: string) => own.get(id) ?? engine.index.get(id)!;
    toTell = await suggestions.replaceSuggestions(batch, listing, asOf, NOTIFY_SCORE, {
      own: OWN_SUGGESTIONS,
      max: MAX_SUGGESTIONS,
      strong: STRONG_SCORE,
    });
  }
  return { withdrawn: new Set(gone.map((r) => r.id)), toTell };
}

/** Listings per re-match chunk job. */
export const REMATCH_CHUNK = 200;

/** Listings matched together at most (one read, one index refresh, two writes), and batches under way at once. */
export const MATCH_BATCH = { maxSize: 64, maxRunning: 2 } as const;

/** A match job's request: the listing, and the version it was queued for (none: whatever is current). */
interface MatchRequest {
  listingId: string;
  version?: number;
}

/**
 * The worker's side of matching: recompute listings, or all of them in chunks. The match jobs
 * running at once are matched together in batches (see Batcher): a busy worker pays the read, the
 * index refresh and the writes once for many listings instead of once for each.
 */
@Injectable()
export class MatchWorkerService {
  private readonly logger = new Logger(MatchWorkerService.name);
  private readonly batcher = new Batcher<MatchRequest, MatchOutcome>(
    (requests) => this.matchBatch(requests),
    MATCH_BATCH.maxSize,
    MATCH_BATCH.maxRunning,
  );

  constructor(
    private readonly engine: MatchEngine,
    private readonly sources: MatchSourcesRepository,
    private readonly suggestions: SuggestionWritesRepository,
    private readonly runs: MatchRunsRepository,
    private readonly producer: JobProducer,
    private readonly notifier: MatchNotifier,
    config: ConfigService,
  ) {
    this.faultsLeft = config.get('matchFaultBeforeAnnounce');
  }

  /** Test-only (MATCH_FAULT_BEFORE_ANNOUNCE): batches still to die between committing and queueing the announcement. */
  private faultsLeft: number;

  /**
   * Recomputes a listing's suggestions from committed state. A job for an older version than the
   * listing's is stale (the newer version has its own job) and does nothing. `bulk` work (an
   * import's jobs, a re-match) joins a batch only after every listing posted one by one.
   */
  matchListing(listingId: string, version?: number, bulk = false): Promise<MatchOutcome> {
    return this.batcher.submit({ listingId, version }, bulk);
  }

  /** The requests of one batch: each listing read and matched once, however many requests name it. */
  private async matchBatch(requests: MatchRequest[]): Promise<MatchOutcome[]> {
    await this.engine.ready();
    const ids = [...new Set(requests.map((r) => r.listingId))];
    const read = await this.sources.sources(ids);
    const byId = new Map((read?.rows ?? []).map((r) => [r.id, r]));
    const isStale = (r: MatchRequest) => r.version !== undefined && byId.get(r.listingId)!.version > r.version;
    const due = [...byId.values()].filter((row) => requests.some((r) => r.listingId === row.id && !isStale(r)));
    let withdrawn = new Set<string>();
    if (read && due.length) {
      await this.engine.refresh();
      const result = await recomputeSuggestions(this.engine, this.suggestions, due, read.asOf);
      withdrawn = result.withdrawn;
      if (result.toTell.length && this.faultsLeft > 0) {
        this.faultsLeft -= 1;
        throw new Error(
          'fault point: match job died after committing its suggestions, before queueing the announcement',
        );
      }
      await this.notifier.schedule(result.toTell);
    }
    return requests.map((r) => {
      if (!byId.has(r.listingId)) return 'gone';
      if (isStale(r)) return 'stale';
      return withdrawn.has(r.listingId) ? 'withdrawn' : 'matched';
    });
  }

  /** Lists the open listings of a re-match run and queues them in chunks (ids make a retry harmless). */
  async splitRun(runId: string): Promise<number> {
    let after: string | null = null;
    let chunk = 0;
    let total = 0;
    for (;;) {
      const ids = await this.sources.openIds(after, REMATCH_CHUNK);
      if (!ids.length) break;
      total += ids.length;
      await this.producer.add([{ name: 'match.chunk', data: { runId, chunk, listingIds: ids } }]);
      chunk++;
      after = ids[ids.length - 1];
    }
    await this.runs.setRunTotal(runId, total);
    this.logger.log({ runId, total, chunks: chunk }, 're-match queued');
    return total;
  }

  async runChunk(runId: string, chunk: number, listingIds: string[]): Promise<void> {
    await Promise.all(listingIds.map((id) => this.matchListing(id, undefined, true)));
    await this.runs.chunkDone(runId, chunk, listingIds.length);
  }
}
