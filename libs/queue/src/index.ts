export * from './jobs';
export * from './jobs.module';
export * from './outbox';
export * from './outbox.entity';
export * from './outbox.relay';
export * from './producer';
export * from './queue-backlog';
export * from './redis';
