import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';

import { ConfigModule, ConfigService } from '@duijie/config';
import { DatabaseModule, WORKER_SESSION } from '@duijie/database';
import { EnterprisesCoreModule } from '@duijie/enterprises';
import { ImportsCoreModule } from '@duijie/imports';
import { ListingsCoreModule } from '@duijie/listings';
import { MatchingCoreModule } from '@duijie/matching';
import { MeetingsCoreModule } from '@duijie/meetings';
import { NotificationsCoreModule } from '@duijie/notifications';
import { HealthModule, loggerParams } from '@duijie/observability';
import { PoliciesCoreModule } from '@duijie/policies';
import { JobsModule, OutboxRelay, RedisModule, redisOptions } from '@duijie/queue';
import { ReferenceDataModule } from '@duijie/reference';

import { WORKER_POOL_SIZE } from './concurrency';
import { EmailProcessor } from './email.processor';
import { ImportsProcessor } from './imports.processor';
import { MaintenanceProcessor } from './maintenance.processor';
import { MatchingProcessor } from './matching.processor';
import { NotificationsProcessor } from './notifications.processor';
import { QueueHealth } from './queue-health';
import { RepeatingJobs } from './repeating-jobs';
import { SchedulingProcessor } from './scheduling.processor';
import { WebhooksProcessor } from './webhooks.processor';

@Module({
  imports: [
    ConfigModule,
    LoggerModule.forRootAsync({ inject: [ConfigService], useFactory: (c: ConfigService) => loggerParams(c, 'worker') }),
    // Every processor's jobs side by side, plus the relay (concurrency.ts).
    DatabaseModule.forApp('duijie-worker', WORKER_POOL_SIZE, WORKER_SESSION),
    RedisModule,
    HealthModule.withProbe(QueueHealth, [JobsModule]),
    ReferenceDataModule,
    EnterprisesCoreModule,
    ListingsCoreModule,
    BullModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService) => ({
        connection: redisOptions(config.get('redisUrl'), 'worker'),
        prefix: `${config.get('redisPrefix')}:bull`,
      }),
    }),
    JobsModule,
    MatchingCoreModule,
    MeetingsCoreModule,
    ImportsCoreModule,
    NotificationsCoreModule,
    PoliciesCoreModule,
  ],
  providers: [
    MaintenanceProcessor,
    MatchingProcessor,
    NotificationsProcessor,
    WebhooksProcessor,
    EmailProcessor,
    SchedulingProcessor,
    ImportsProcessor,
    RepeatingJobs,
    // Publishes committed outbox rows (libs/queue/src/outbox.relay.ts).
    OutboxRelay,
  ],
})
export class WorkerModule {}
