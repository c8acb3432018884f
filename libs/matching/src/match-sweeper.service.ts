import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { ConfigService } from '@duijie/config';
import { runTransaction } from '@duijie/database';
import { JobProducer, type KeyedJob, recordJobs } from '@duijie/queue';

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
    private readonly jobs: JobProducer,
    config: ConfigService,
  ) {
    this.graceSeconds = config.get('matchSweepGraceSeconds');
  }

  async sweep(): Promise<{ requeued: number; retried: number }> {
    const rows: { id: string; version: number }[] = await this.db.query(
      `SELECT l.id, l.version FROM listing l
        WHERE l.matching_status = 'PENDING' AND l.updated_at < now() - make_interval(secs => $1)
          AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.name = 'match.listing'
                            AND o.data->>'listingId' = l.id::text AND (o.data->>'version')::int = l.version)
        ORDER BY l.updated_at LIMIT 1000`,
      [this.graceSeconds],
    );
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
