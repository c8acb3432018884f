import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { ConfigService } from '@duijie/config';

import { MatchNotifier, NOTIFY_SCORE } from './match-notifier.service';

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
    @InjectDataSource() private readonly db: DataSource,
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
    // The score bound is written into the text so the partial indexes on it are usable.
    const side = (s: 'supply' | 'demand') =>
      `SELECT s.${s}_enterprise_id AS id FROM match_suggestion s
         JOIN listing sl ON sl.id = s.supply_id AND sl.status = 'OPEN'
         JOIN listing dl ON dl.id = s.demand_id AND dl.status = 'OPEN'
        WHERE s.${s}_notified_at IS NULL AND s.score >= ${NOTIFY_SCORE}
          AND s.updated_at < now() - make_interval(secs => $1)
          AND s.supply_decision IS DISTINCT FROM 'DISMISS' AND s.demand_decision IS DISTINCT FROM 'DISMISS'`;
    const rows: { id: string }[] = await this.db.query(
      `${side('supply')} UNION ${side('demand')} LIMIT ${SWEEP_BATCH}`,
      [this.graceSeconds],
    );
    if (rows.length) {
      await this.notifier.schedule(rows.map((r) => r.id));
      this.logger.warn(`announcement sweep: ${rows.length} enterprises had strong pairs left unannounced`);
    }
    return { unannounced: rows.length };
  }
}
