import { BullModule, getQueueToken } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import type { Queue } from 'bullmq';

import { QueueName, QUEUES } from './jobs';
import { JobProducer } from './producer';
import { QueueBacklog } from './queue-backlog';

const NAMES = Object.values(QUEUES);
const byName = (queues: Queue[]) =>
  Object.fromEntries(NAMES.map((name, i) => [name, queues[i]])) as Record<QueueName, Queue>;

/**
 * Every queue, registered once over the app's BullMQ connection (BullModule.forRoot, the worker's),
 * with the producer and the backlog reader over them. Nest closes the queues at shutdown.
 */
@Module({
  imports: [BullModule.registerQueue(...NAMES.map((name) => ({ name })))],
  providers: [
    {
      provide: JobProducer,
      inject: NAMES.map(getQueueToken),
      useFactory: (...q: Queue[]) => new JobProducer(byName(q)),
    },
    {
      provide: QueueBacklog,
      inject: NAMES.map(getQueueToken),
      useFactory: (...q: Queue[]) => new QueueBacklog(byName(q)),
    },
  ],
  exports: [JobProducer, QueueBacklog],
})
export class JobsModule {}
