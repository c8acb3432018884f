import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';

import { todayInChina } from '@duijie/common';
import { ReferenceService, unitFactor } from '@duijie/reference';

import { fingerprint } from './engine/fingerprint';
import { MatchIndex } from './engine/match-index';
import { Tokenizer } from './engine/tokenizer';
import { DEFAULT_WEIGHTS, MatchListing, MatchWeights, ScoredPair, ScoringContext } from './engine/types';
import { MatchingRepository, MatchSourceRow } from './matching.repository';

const LOAD_BATCH = 5_000;
/** Rows committed a little after their `updated_at` are caught by re-reading this far back. */
const REFRESH_OVERLAP_MS = 5_000;
/** A listing keeps its best pairs ... */
export const OWN_SUGGESTIONS = 30;
/** ... and every strong pair up to this many, so that it also enters the lists where it ranks high. */
export const MAX_SUGGESTIONS = 200;
export const STRONG_SCORE = 0.55;

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
    private readonly repository: MatchingRepository,
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
    const since = new Date(Date.now() - REFRESH_OVERLAP_MS);
    let after: string | null = null;
    for (;;) {
      const rows = await this.repository.openListings(after, LOAD_BATCH);
      for (const row of rows) this.apply(row);
      if (rows.length < LOAD_BATCH) break;
      after = rows[rows.length - 1].id;
    }
    this.watermark = since;
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
    const rows = await this.repository.changedSince(new Date(this.watermark.getTime() - REFRESH_OVERLAP_MS));
    for (const row of rows) this.apply(row);
    if (rows.length) this.watermark = rows[rows.length - 1].updatedAt;
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
      terms: this.tokenizer.listingTerms(row.title, row.description),
    };
  }

  context(): ScoringContext {
    const ref = this.reference;
    return {
      weights: this.weights,
      today: todayInChina(),
      categoryName: (code) => ref.category(code)?.name ?? code,
      isUpstream: (from, to) => ref.downstreamCodesOf(from).includes(to),
      regionNames: (code) => ref.regionNames(code),
      unitFactor,
      idf: (term) => this.index.idf(term),
    };
  }

  /** The pairs worth keeping for `x`: its best ones and its strong ones. */
  suggestionsFor(x: MatchListing): ScoredPair[] {
    const ranked = this.index.top(
      x,
      this.context(),
      (c) => this.reference.upstreamCodesOf(c),
      (c) => this.reference.downstreamCodesOf(c),
      MAX_SUGGESTIONS,
    );
    return ranked.filter((p, i) => i < OWN_SUGGESTIONS || p.score >= STRONG_SCORE);
  }
}

function sameCategories(a: readonly string[], b: readonly string[] | null): boolean {
  const bb = b ?? [];
  return a.length === bb.length && a.every((c, i) => c === bb[i]);
}
