export * from './typeorm-options';
export * from './database.module';
export * from './migrate';
export * from './fast-query';
export * from './pg-errors';
