import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { ConfigService } from '@duijie/config';
import { runTransaction } from '@duijie/database';
import { ListingsRepository } from '@duijie/listings';
import { JobProducer, type KeyedJob, recordJobs } from '@duijie/queue';

/** Listings looked at per sweep; the rest come in the next one. */
const SWEEP_BATCH = 1_000;

/**
 * The safety net under the outbox: a listing still PENDING a while after its last change has a
 * match job that was lost (Redis restarted without its data) or failed for good. Lost jobs are
 * recorded in the outbox again (same deterministic id); failed ones are retried. Jobs still
 * waiting, delayed or running are left alone, so the sweep never doubles work.
 */
@Injectable()
export class MatchSweeper {
  private readonly logger = new Logger(MatchSweeper.name);
  private readonly graceSeconds: number;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly listings: ListingsRepository,
    private readonly jobs: JobProducer,
    config: ConfigService,
  ) {
    this.graceSeconds = config.get('matchSweepGraceSeconds');
  }

  async sweep(): Promise<{ requeued: number; retried: number }> {
    const rows = await this.listings.pendingWithoutQueuedMatch(this.graceSeconds, SWEEP_BATCH);
    const lost: KeyedJob[] = [];
    let retried = 0;
    for (const r of rows) {
      const match: KeyedJob = { name: 'match.listing', data: { listingId: r.id, version: r.version } };
      const job = await this.jobs.find(match);
      if (!job) lost.push(match);
      else if (await job.isFailed()) {
        await job.retry();
        retried += 1;
      }
    }
    if (lost.length) {
      await runTransaction(this.db, (m) => recordJobs(m, lost));
    }
    if (lost.length || retried)
      this.logger.warn(`match sweep: ${lost.length} lost match jobs queued again, ${retried} failed ones retried`);
    return { requeued: lost.length, retried };
  }
}
