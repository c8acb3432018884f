import type { DataSource } from 'typeorm';

import {
  MATCH_BATCH,
  MatchEngine,
  MatchSourcesRepository,
  recomputeSuggestions,
  SuggestionWritesRepository,
} from '@duijie/matching';
import type { KeyedJob } from '@duijie/queue';
import { ReferenceRepository, ReferenceService } from '@duijie/reference';

/**
 * Matches the demo's listings in this process with the worker's own engine and repositories, so
 * that the demo's meeting requests can name the real suggestion they came from and its score
 * (the worker is not running yet when `npm start` seeds). The listings are matched in batches as the
 * worker's match jobs are; the worker matches them again when it starts, which changes nothing.
 * Answers the announcement jobs for firms with new strong pairs (MATCH_SUGGESTED, by the worker).
 */
export async function matchDemoListings(db: DataSource, listingIds: readonly string[]): Promise<KeyedJob[]> {
  const reference = new ReferenceService(new ReferenceRepository(db));
  await reference.reload();
  const sources = new MatchSourcesRepository(db);
  const suggestions = new SuggestionWritesRepository(db);
  const engine = new MatchEngine(sources, reference);
  engine.onApplicationBootstrap();
  await engine.ready();
  const toTell = new Set<string>();
  for (let i = 0; i < listingIds.length; i += MATCH_BATCH.maxSize) {
    const read = await sources.sources(listingIds.slice(i, i + MATCH_BATCH.maxSize));
    if (!read) continue;
    for (const e of (await recomputeSuggestions(engine, suggestions, read.rows, read.asOf)).toTell) toTell.add(e);
  }
  return [...toTell].map((enterpriseId) => ({ name: 'notify.matches' as const, data: { enterpriseId } }));
}
