/**
 * The worker's match job with the matcher replaced by a stand-in that suggests nothing: what is left
 * is the job's plumbing (load the listing, check its version, write its suggestions and status),
 * for the benches that measure that plumbing (B3) or need match jobs flowing beside other work.
 */
import type { DataSource } from 'typeorm';

import type { MatchEngine, MatchListing, MatchSourceRow } from '@duijie/matching';
import {
  MatchRunsRepository,
  MatchSourcesRepository,
  MatchWorkerService,
  SuggestionWritesRepository,
} from '@duijie/matching';

/** A MatchEngine that indexes what it is given and suggests nothing. */
export function stubEngine(): MatchEngine {
  const listings = new Map<string, MatchListing>();
  return {
    ready: async () => undefined,
    refresh: async () => undefined,
    apply: (row: MatchSourceRow) => {
      const l = { ...row, enterpriseCategories: [], fingerprint: 'f', terms: new Map() } as unknown as MatchListing;
      listings.set(row.id, l);
      return l;
    },
    suggestionsFor: () => [],
    pairsFor: () => ({ kept: [], offered: [] }),
    index: { get: (id: string) => listings.get(id) },
  } as unknown as MatchEngine;
}

/** The production MatchWorkerService on `db` with the stubbed engine, no notifier and no fault point. */
export function stubbedMatchWorker(db: DataSource): MatchWorkerService {
  return new MatchWorkerService(
    stubEngine(),
    new MatchSourcesRepository(db),
    new SuggestionWritesRepository(db),
    new MatchRunsRepository(db),
    undefined as never,
    { schedule: async () => undefined } as never,
    { get: () => 0 } as never, // no fault point
  );
}
