import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';

import { todayInChina } from '@duijie/common';
import { ReferenceService, unitFactor } from '@duijie/reference';

import { categoryVocabulary } from './engine/category-vocabulary';
import { fingerprint } from './engine/fingerprint';
import { MatchIndex } from './engine/match-index';
import { characterPairs, ORDER_MODEL } from './engine/order';
import { STRONG_SCORE } from './engine/score';
import { parseSpecs } from './engine/specs';
import { Tokenizer } from './engine/tokenizer';
import { DEFAULT_WEIGHTS, MatchListing, MatchWeights, ScoredPair, ScoringContext } from './engine/types';
import { MatchSourceRow, MatchSourcesRepository } from './match-sources.repository';

const LOAD_BATCH = 5_000;
/** Rows committed a little after their `updated_at` are caught by re-reading this far back. */
const REFRESH_OVERLAP_MS = 5_000;
/**
 * The watermark waits for open transactions (see nextWatermark) at most this long: a session left
 * open by hand must not make every refresh read all changes since it began.
 */
export const MAX_COMMIT_LAG_MS = 5 * 60_000;
/** A listing keeps its best pairs ... */
export const OWN_SUGGESTIONS = 30;
/** ... and every strong pair up to this many, so that it also enters the lists where it ranks high. */
export const MAX_SUGGESTIONS = 200;
/** From this score a pair is strong (engine/score.ts). */
export { STRONG_SCORE };
/** A listing offers its counterparts its pairs down to this rank (see pairsFor). */
export const OFFERED_DEPTH = 300;

/**
 * The worker's matcher: all open listings in memory (tokenised once), kept current by reading
 * the rows changed since the last look before each job. Every worker process holds its own copy.
 */
@Injectable()
export class MatchEngine implements OnApplicationBootstrap {
  private readonly logger = new Logger(MatchEngine.name);
  readonly index = new MatchIndex();
  readonly tokenizer = new Tokenizer();
  private watermark = new Date(0);
  private refreshing: Promise<void> | null = null;
  private nextRefresh: Promise<void> | null = null;
  private loaded!: Promise<void>;
  weights: MatchWeights = { ...DEFAULT_WEIGHTS };

  constructor(
    private readonly sources: MatchSourcesRepository,
    private readonly reference: ReferenceService,
  ) {}

  onApplicationBootstrap(): void {
    this.loaded = this.loadAll();
    // Jobs wait on `ready()`; a failed load is retried by the next job rather than crashing the worker.
    this.loaded.catch((err) => this.logger.error(`loading open listings failed: ${(err as Error).message}`));
  }

  /** Resolves once the open listings are in memory. */
  async ready(): Promise<void> {
    try {
      await this.loaded;
    } catch {
      this.loaded = this.loadAll();
      await this.loaded;
    }
  }

  private async loadAll(): Promise<void> {
    const started = Date.now();
    const horizon = await this.sources.horizon();
    let after: string | null = null;
    for (;;) {
      const rows = await this.sources.openListings(after, LOAD_BATCH);
      for (const row of rows) this.apply(row);
      if (rows.length < LOAD_BATCH) break;
      after = rows[rows.length - 1].id;
    }
    this.watermark = this.nextWatermark(horizon, horizon.now);
    this.logger.log({ listings: this.index.size, ms: Date.now() - started }, 'open listings loaded for matching');
  }

  /**
   * Brings the index up to date with rows changed since the last refresh. The promise resolves
   * after a read that started after the call: a refresh already running may have read too early,
   * so callers arriving meanwhile share one more refresh after it.
   */
  refresh(): Promise<void> {
    if (!this.refreshing) {
      this.refreshing = this.readChanges().finally(() => (this.refreshing = null));
      return this.refreshing;
    }
    this.nextRefresh ??= this.refreshing
      .catch(() => undefined)
      .then(() => {
        this.nextRefresh = null;
        return this.refresh();
      });
    return this.nextRefresh;
  }

  private async readChanges(): Promise<void> {
    const horizon = await this.sources.horizon();
    const rows = await this.sources.changedSince(new Date(this.watermark.getTime() - REFRESH_OVERLAP_MS));
    for (const row of rows) this.apply(row);
    this.watermark = this.nextWatermark(horizon, rows.length ? rows[rows.length - 1].updatedAt : this.watermark);
  }

  private warnedHidden = false;

  private nextWatermark(horizon: Horizon, lastSeen: Date): Date {
    if (horizon.hidden && !this.warnedHidden) {
      this.warnedHidden = true;
      this.logger.warn(
        'pg_stat_activity hides other roles’ sessions: run api and worker as one database role, or grant pg_read_all_stats',
      );
    }
    return nextWatermark(horizon, lastSeen);
  }

  /** Puts an open, valid listing into the index (re-tokenising only a new version), removes any other. */
  apply(row: MatchSourceRow): MatchListing | null {
    if (row.status !== 'OPEN' || (row.validUntil !== null && row.validUntil < todayInChina())) {
      this.index.remove(row.id);
      return null;
    }
    const known = this.index.get(row.id);
    if (known && known.version === row.version && sameCategories(known.enterpriseCategories, row.enterpriseCategories))
      return known;
    const listing = this.toMatchListing(row);
    this.index.put(listing);
    return listing;
  }

  toMatchListing(row: MatchSourceRow): MatchListing {
    const { terms, remedies } = this.tokenizer.matchTerms(row.kind, row.title, row.description);
    return {
      id: row.id,
      enterpriseId: row.enterpriseId,
      kind: row.kind,
      title: row.title,
      categoryCode: row.categoryCode,
      enterpriseCategories: row.enterpriseCategories ?? [],
      quantity: row.quantity,
      unit: row.unit,
      priceMin: row.priceMin,
      priceMax: row.priceMax,
      regionCode: row.regionCode,
      certifications: row.certifications ?? [],
      validUntil: row.validUntil,
      version: row.version,
      fingerprint: fingerprint(row),
      terms,
      remedies,
      segments: this.tokenizer.productSegments(row.title, row.kind === 'DEMAND' ? row.description : null),
      titleWords: this.tokenizer.titleWords(row.title),
      titleHeads: this.tokenizer.titleHeads(row.title),
      useWords: this.tokenizer.useWords(row.title),
      replacedWords: this.tokenizer.replacedWords(row.title),
      retiredWords: this.tokenizer.retiredWords(row.title, row.description),
      grams: this.tokenizer.textGrams(row.title, row.description),
      pairs: characterPairs(`${row.title} ${row.description ?? ''}`),
      specs: parseSpecs(row.title, row.description),
    };
  }

  /** Category vocabularies, built once from the reference data (see ScoringContext.categoryTerms). */
  private readonly categoryTerms = categoryVocabulary(this.tokenizer, (code) => this.reference.category(code));

  context(): ScoringContext {
    const ref = this.reference;
    return {
      weights: this.weights,
      order: ORDER_MODEL,
      today: todayInChina(),
      categoryName: (code) => ref.category(code)?.name ?? code,
      isUpstream: (from, to) => ref.downstreamCodesOf(from).includes(to),
      regionNames: (code) => ref.regionNames(code),
      unitFactor,
      idf: (term) => this.index.idf(term),
      categoryShare: (code) => this.index.categoryShare(code),
      characterShare: (ch) => this.index.characterShare(ch),
      held: (kind, term) => this.index.holds(kind, term),
      firmOfferWords: (id) => this.index.firmOfferWords(id),
      termWeight: (terms) => this.index.termWeight(terms),
      offerWeight: () => this.index.offerWeight(),
      distinctive: (term, inBothTitles) => this.index.distinctive(term, inBothTitles),
      categoryTerms: this.categoryTerms,
    };
  }

  /** The pairs worth keeping for `x`: its best ones and its strong ones. */
  suggestionsFor(x: MatchListing): ScoredPair[] {
    return this.pairsFor(x, []).kept;
  }

  /**
   * The pairs `x` keeps for itself (its best OWN_SUGGESTIONS and its strong ones up to
   * MAX_SUGGESTIONS), and the pairs it offers its counterparts: its next best ones, down to
   * OFFERED_DEPTH, and those with `existing` counterparts (pairs a counterpart's job wrote), scored
   * again. The repository keeps an offered pair where it ranks among the counterpart's kept pairs.
   */
  pairsFor(x: MatchListing, existing: readonly string[]): { kept: ScoredPair[]; offered: ScoredPair[] } {
    const ctx = this.context();
    const ranked = this.index.top(
      x,
      ctx,
      (c) => this.reference.upstreamCodesOf(c),
      (c) => this.reference.downstreamCodesOf(c),
      OFFERED_DEPTH,
    );
    const kept: ScoredPair[] = [];
    const offered: ScoredPair[] = [];
    ranked.forEach((p, i) =>
      (i < MAX_SUGGESTIONS && (i < OWN_SUGGESTIONS || p.score >= STRONG_SCORE) ? kept : offered).push(p),
    );
    const counterpartOf = (p: ScoredPair) => (x.kind === 'SUPPLY' ? p.demandId : p.supplyId);
    const scored = new Set(ranked.map(counterpartOf));
    const rest = existing.filter((id) => !scored.has(id));
    if (rest.length) offered.push(...this.index.match(x, ctx, rest, rest.length));
    return { kept, offered };
  }
}

/** What `MatchSourcesRepository.horizon` answers: the database's clock and its oldest open transaction. */
export interface Horizon {
  now: Date;
  oldest: Date | null;
  hidden: boolean;
}

/**
 * Where the next index refresh starts reading (less the overlap). Not past the oldest transaction
 * open before this read: its rows, committed later, carry its start as `updated_at`, however long
 * it takes to commit (a big import, a write waiting on locks). Every worker must see them here: a
 * listing enters the index of the worker that runs its own match job, never the others'. At most
 * MAX_COMMIT_LAG_MS back. When other sessions cannot be seen, the last row read (`lastSeen`), as
 * before: a row committed more than the overlap after its transaction began is then missed.
 */
export function nextWatermark(horizon: Horizon, lastSeen: Date): Date {
  if (horizon.hidden) return lastSeen;
  const oldest = horizon.oldest && horizon.oldest < horizon.now ? horizon.oldest : horizon.now;
  return new Date(Math.max(oldest.getTime(), horizon.now.getTime() - MAX_COMMIT_LAG_MS));
}

function sameCategories(a: readonly string[], b: readonly string[] | null): boolean {
  const bb = b ?? [];
  return a.length === bb.length && a.every((c, i) => c === bb[i]);
}
