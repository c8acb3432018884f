export * from './change-listener';
export * from './database.module';
export * from './fast-query';
export * from './migrate';
export * from './pg-errors';
export * from './typeorm-options';
