import { Injectable, Logger } from '@nestjs/common';

import { ConfigService } from '@duijie/config';

import { MatchNotifier, NOTIFY_SCORE } from './match-notifier.service';
import { SuggestionWritesRepository } from './suggestion-writes.repository';

/** Enterprises scheduled per sweep; the rest come in the next one. */
const SWEEP_BATCH = 1_000;

/**
 * The safety net under MATCH_SUGGESTED. A match job commits its suggestions, then queues the
 * announcement; if it dies in between (or Redis loses the delayed announcement), a retry of the
 * job finds nothing new to upsert and would never announce those pairs. Every sweep finds strong,
 * open, undismissed pairs still unannounced to a side well after the debounce delay, and
 * schedules that side's enterprise (deduplicated like any announcement; announcing is idempotent).
 */
@Injectable()
export class AnnouncementSweeper {
  private readonly logger = new Logger(AnnouncementSweeper.name);
  private readonly graceSeconds: number;

  constructor(
    private readonly suggestions: SuggestionWritesRepository,
    private readonly notifier: MatchNotifier,
    config: ConfigService,
  ) {
    // Never before the normal announcement was due.
    this.graceSeconds = Math.max(
      config.get('matchSweepGraceSeconds'),
      Math.ceil(config.get('matchNotifyDebounceMs') / 1000) * 2,
    );
  }

  async sweep(): Promise<{ unannounced: number }> {
    const ids = await this.suggestions.enterprisesWithUnannouncedPairs(this.graceSeconds, NOTIFY_SCORE, SWEEP_BATCH);
    if (ids.length) {
      await this.notifier.schedule(ids);
      this.logger.warn(`announcement sweep: ${ids.length} enterprises had strong pairs left unannounced`);
    }
    return { unannounced: ids.length };
  }
}
