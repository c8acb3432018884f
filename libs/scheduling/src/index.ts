export { scheduleViolations } from './check';
export { prepare } from './instance';
export * from './solve';
export { matchTables } from './state';
export { solveInThread, solverThreadCount, SolverThreadError, stopSolverThreads } from './thread';
export * from './types';
