import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';

import { JobProducer, SCHEDULES } from '@duijie/queue';

/** How often the schedules are upserted again: a Redis that restarted without its data has lost them. */
const REASSERT_MS = 60_000;
/** Workers starting within this long of each other share one catch-up run (a deployment starts several). */
const CATCH_UP_WINDOW_MS = 60_000;

/**
 * Registers the repeating jobs (SCHEDULES: expiry, the match sweep); upserting by id keeps one
 * schedule however many workers start. Not to be confused with libs/scheduling, the meeting scheduler.
 */
@Injectable()
export class RepeatingJobs implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RepeatingJobs.name);
  private timer?: NodeJS.Timeout;

  constructor(private readonly producer: JobProducer) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.producer.schedule();
    this.timer = setInterval(
      () =>
        void this.producer
          .schedule()
          .catch((err) => this.logger.warn(`schedules not upserted: ${(err as Error).message}`)),
      REASSERT_MS,
    );
    this.timer.unref();
    // Catch up at start instead of waiting a whole period; workers starting together share one run.
    await this.producer.catchUp({ name: 'listings.expire', data: {} }, CATCH_UP_WINDOW_MS);
    this.logger.log(`scheduled ${SCHEDULES.length} repeating job(s)`);
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
