export * from './redis';
export * from './jobs';
export * from './outbox';
