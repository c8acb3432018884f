export * from './redis';
export * from './jobs';
