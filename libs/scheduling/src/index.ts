export { scheduleViolations } from './check';
export { prepare } from './instance';
export * from './solve';
export { matchTables } from './state';
export * from './types';
export { SolverThreadError, solveInThread, solverThreadCount, stopSolverThreads } from './thread';
