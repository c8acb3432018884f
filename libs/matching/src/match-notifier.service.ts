import { createHash } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { ConfigService } from '@duijie/config';
import { runTransaction } from '@duijie/database';
import { NotificationProducer } from '@duijie/notifications';
import { JobProducer } from '@duijie/queue';

import { SuggestionWritesRepository, UnannouncedPair } from './suggestion-writes.repository';

/**
 * Suggestions from this score up are announced (MATCH_SUGGESTED). A pair with a chain relation but
 * no shared product term reaches at most 0.70; announcing needs more than a plausible category.
 */
export const NOTIFY_SCORE = 0.65;
/** Listings named in one notification's body; the rest are counted. */
const LISTINGS_NAMED = 5;

/**
 * MATCH_SUGGESTED: after a match job, each enterprise with new strong pairs gets a job delayed by
 * MATCH_NOTIFY_DEBOUNCE_MS (the rest of the burst joins it), which announces all the pairs due to it in
 * one notification, settling them in the same transaction, so a pair is never announced twice and a
 * retried job announces nothing more.
 */
@Injectable()
export class MatchNotifier {
  private readonly debounceMs: number;

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

  /** Announces the enterprise's strong pairs not yet announced; returns how many. */
  async announce(enterpriseId: string): Promise<number> {
    const { count, notification } = await runTransaction(this.db, async (m) => {
      const { pairs, settled } = await this.suggestions.due(m, enterpriseId, NOTIFY_SCORE);
      if (settled.length) await this.suggestions.settle(m, enterpriseId, settled);
      if (!pairs.length) return { count: 0, notification: null };
      const ids = pairs.map((p) => p.id);
      const notification = await this.producer.record(m, {
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
      });
      return { count: pairs.length, notification };
    });
    await this.producer.publish(notification);
    return count;
  }
}

/** One line per own listing with its best counterpart: "「求购 酒瓶」：赤水市晶瓷玻璃（匹配度 91%）等 3 家". */
export function describe(pairs: UnannouncedPair[]): { title: string; body: string } {
  const byListing = new Map<string, UnannouncedPair[]>();
  for (const p of pairs) byListing.set(p.ownListingId, [...(byListing.get(p.ownListingId) ?? []), p]);
  const lines = [...byListing.values()].slice(0, LISTINGS_NAMED).map((ps) => {
    const best = ps[0];
    const more = ps.length > 1 ? `等 ${ps.length} 家` : '';
    return `「${best.ownTitle}」：${best.partnerName}（匹配度 ${Math.round(best.score * 100)}%）${more}`;
  });
  if (byListing.size > LISTINGS_NAMED) lines.push(`另有 ${byListing.size - LISTINGS_NAMED} 条信息有新的匹配`);
  return { title: `${pairs.length} 条新的匹配建议`, body: lines.join('\n') };
}
