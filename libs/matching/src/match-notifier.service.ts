import { createHash } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { ConfigService } from '@duijie/config';
import { runTransaction } from '@duijie/database';
import { NewNotification, NotificationProducer } from '@duijie/notifications';
import { JobProducer } from '@duijie/queue';

import { Batcher } from './match-batcher';
import { SuggestionWritesRepository, UnannouncedPair } from './suggestion-writes.repository';

/**
 * Suggestions from this score up are announced (MATCH_SUGGESTED). A pair with a chain relation but
 * no shared product term reaches at most 0.70; announcing needs more than a plausible category.
 */
export const NOTIFY_SCORE = 0.65;
/** Listings named in one notification's body; the rest are counted. */
const LISTINGS_NAMED = 5;

/**
 * Announcements made together at most, and batches under way at once (each holds one connection).
 * A burst of matches makes every firm it touches due at about the same moment (one delayed job
 * each): announced one by one, that was a transaction and six statements per firm, a second or
 * two of Postgres and the worker on every core the API was answering on (bench/RESULTS.md, "The
 * soak's stall is the announcements' fixed cost").
 */
export const ANNOUNCE_BATCH = { maxSize: 64, maxRunning: 2 } as const;

/**
 * MATCH_SUGGESTED: after a match job, each enterprise with new strong pairs gets a job delayed by
 * MATCH_NOTIFY_DEBOUNCE_MS (the rest of the burst joins it), which announces all the pairs due to it in
 * one notification, settling them in the same transaction, so a pair is never announced twice and a
 * retried job announces nothing more. The jobs running at once are announced together (Batcher): one
 * transaction and a few statements for all of them.
 */
@Injectable()
export class MatchNotifier {
  private readonly debounceMs: number;
  private readonly batcher = new Batcher<string, number>(
    (enterpriseIds) => this.announceAll(enterpriseIds),
    ANNOUNCE_BATCH.maxSize,
    ANNOUNCE_BATCH.maxRunning,
  );

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly producer: NotificationProducer,
    private readonly suggestions: SuggestionWritesRepository,
    private readonly jobs: JobProducer,
    config: ConfigService,
  ) {
    this.debounceMs = config.get('matchNotifyDebounceMs');
  }

  /** Schedules the announcement for enterprises that have strong pairs not yet announced. */
  async schedule(enterprises: readonly string[]): Promise<void> {
    if (!enterprises.length) return;
    // The first strong match of a burst schedules the announcement after the debounce delay;
    // the rest of the burst is deduplicated into it (JOB_IDS). One added while it runs makes one more after.
    await this.jobs.add(
      enterprises.map((enterpriseId) => ({ name: 'notify.matches', data: { enterpriseId } })),
      this.debounceMs,
    );
  }

  /** Announces the enterprise's strong pairs not yet announced (with the other announcements under way); returns how many. */
  announce(enterpriseId: string): Promise<number> {
    return this.batcher.submit(enterpriseId);
  }

  /**
   * Announces each enterprise's strong pairs not yet announced, in one transaction; answers how
   * many for each (an enterprise named twice is told once, and 0 for the second).
   */
  async announceAll(enterpriseIds: readonly string[]): Promise<number[]> {
    const firms = [...new Set(enterpriseIds)];
    const { counts, notifications } = await runTransaction(this.db, async (m) => {
      const told = [...(await this.suggestions.takeDue(m, firms, NOTIFY_SCORE))].filter(([, pairs]) => pairs.length);
      const notifications = await this.producer.recordAll(
        m,
        told.map(([enterpriseId, pairs]) => announcement(enterpriseId, pairs)),
      );
      return { counts: new Map(told.map(([enterpriseId, pairs]) => [enterpriseId, pairs.length])), notifications };
    });
    await this.producer.publishAll(notifications);
    const answered = new Set<string>();
    return enterpriseIds.map((id) => {
      if (answered.has(id)) return 0;
      answered.add(id);
      return counts.get(id) ?? 0;
    });
  }
}

/** The MATCH_SUGGESTED notification that tells a firm of its pairs (keyed by them: stored once). */
function announcement(enterpriseId: string, pairs: UnannouncedPair[]): NewNotification {
  const ids = pairs.map((p) => p.id);
  return {
    enterpriseId,
    kind: 'MATCH_SUGGESTED',
    key: `MATCH_SUGGESTED:${enterpriseId}:${createHash('sha1')
      .update([...ids].sort().join(','))
      .digest('base64url')}`,
    ...describe(pairs),
    data: {
      suggestionIds: ids,
      listingIds: [...new Set(pairs.map((p) => p.ownListingId))],
      partnerEnterpriseIds: [...new Set(pairs.map((p) => p.partnerId))],
    },
  };
}

/** One line per own listing with its best counterpart: "「求购 酒瓶」：赤水市晶瓷玻璃（匹配度 91%）等 3 家". */
export function describe(pairs: UnannouncedPair[]): { title: string; body: string } {
  const byListing = new Map<string, UnannouncedPair[]>();
  for (const p of pairs)
    (byListing.get(p.ownListingId) ?? byListing.set(p.ownListingId, []).get(p.ownListingId)!).push(p);
  const lines = [...byListing.values()].slice(0, LISTINGS_NAMED).map((ps) => {
    const best = ps[0];
    const more = ps.length > 1 ? `等 ${ps.length} 家` : '';
    return `「${best.ownTitle}」：${best.partnerName}（匹配度 ${Math.round(best.score * 100)}%）${more}`;
  });
  if (byListing.size > LISTINGS_NAMED) lines.push(`另有 ${byListing.size - LISTINGS_NAMED} 条信息有新的匹配`);
  return { title: `${pairs.length} 条新的匹配建议`, body: lines.join('\n') };
}
