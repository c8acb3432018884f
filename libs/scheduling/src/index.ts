export * from './types';
export * from './solve';
export { prepare } from './instance';
export { matchTables } from './state';
export { scheduleViolations } from './check';
