export * from './config';
export * from './config.module';
export * from './config.service';
export * from './run-process';
