export * from './china-time';
export * from './errors';
export * from './pagination';
export * from './scalars';
export * from './text-rules';
