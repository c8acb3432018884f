import type { DataSource } from 'typeorm';

import {
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
 * (the worker is not running yet when `npm start` seeds). Each listing is matched as the worker's
 * `match.listing` job does; the worker matches them again when it starts, which changes nothing.
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
  for (const id of listingIds) {
    const row = await sources.source(id);
    if (!row) continue;
    const found = await recomputeSuggestions(engine, suggestions, row);
    if (found !== 'withdrawn') for (const e of found) toTell.add(e);
  }
  return [...toTell].map((enterpriseId) => ({ name: 'notify.matches' as const, data: { enterpriseId } }));
}
