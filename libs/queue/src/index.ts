export * from './jobs';
export * from './outbox';
export * from './outbox.entity';
export * from './redis';
