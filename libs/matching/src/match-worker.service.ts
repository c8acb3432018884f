import { Injectable, Logger } from '@nestjs/common';

import { ConfigService } from '@duijie/config';
import { JobProducer } from '@duijie/queue';

import { MatchEngine, MAX_SUGGESTIONS, OWN_SUGGESTIONS, STRONG_SCORE } from './match-engine.service';
import { MatchNotifier, NOTIFY_SCORE } from './match-notifier.service';
import { MatchRunsRepository } from './match-runs.repository';
import { MatchSourceRow, MatchSourcesRepository } from './match-sources.repository';
import { SuggestionWritesRepository } from './suggestion-writes.repository';

export type MatchOutcome = 'matched' | 'withdrawn' | 'stale' | 'gone';

/**
 * One listing's suggestions recomputed from its committed row (read with `asOf`) against the
 * engine's index: what the worker's `match.listing` job does, and the demo seed in-process.
 * Answers the firms with new strong pairs to announce, or 'withdrawn' when the listing can no
 * longer be matched (closed, expired) and its undecided pairs were removed.
 */
export async function recomputeSuggestions(
  engine: MatchEngine,
  suggestions: SuggestionWritesRepository,
  row: MatchSourceRow & { asOf: Date },
): Promise<string[] | 'withdrawn'> {
  // Every pair written before `asOf` (read with the row) involves a listing committed before
  // it, which the engine's refreshed index sees; pairs written after it by concurrent jobs are theirs to keep.
  const x = engine.apply(row);
  if (!x) {
    await suggestions.withdraw(row.id, row.version);
    return 'withdrawn';
  }
  // Pairs a counterpart's job wrote are scored again: they stay while they rank among its best.
  const existing = await suggestions.undecidedCounterparts(x);
  const { kept, offered } = engine.pairsFor(x, existing);
  const listing = (id: string) => (id === x.id ? x : engine.index.get(id)!);
  return suggestions.replaceSuggestions(x, kept, listing, row.asOf, NOTIFY_SCORE, offered, {
    own: OWN_SUGGESTIONS,
    max: MAX_SUGGESTIONS,
    strong: STRONG_SCORE,
  });
}

/** Listings per re-match chunk job. */
export const REMATCH_CHUNK = 200;

/** The worker's side of matching: recompute one listing, or all of them in chunks. */
@Injectable()
export class MatchWorkerService {
  private readonly logger = new Logger(MatchWorkerService.name);

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

  /** Test-only (MATCH_FAULT_BEFORE_ANNOUNCE): jobs still to die between committing and queueing the announcement. */
  private faultsLeft: number;

  /**
   * Recomputes a listing's suggestions from committed state. A job for an older version than the
   * listing's is stale (the newer version has its own job) and does nothing.
   */
  async matchListing(listingId: string, version?: number): Promise<MatchOutcome> {
    await this.engine.ready();
    const row = await this.sources.source(listingId);
    if (!row) return 'gone';
    if (version !== undefined && row.version > version) return 'stale';
    await this.engine.refresh();
    const toTell = await recomputeSuggestions(this.engine, this.suggestions, row);
    if (toTell === 'withdrawn') return 'withdrawn';
    if (toTell.length && this.faultsLeft > 0) {
      this.faultsLeft -= 1;
      throw new Error('fault point: match job died after committing its suggestions, before queueing the announcement');
    }
    await this.notifier.schedule(toTell);
    return 'matched';
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
    for (const id of listingIds) await this.matchListing(id);
    await this.runs.chunkDone(runId, chunk, listingIds.length);
  }
}
