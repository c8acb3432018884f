export * from './config';
export * from './config.service';
export * from './config.module';
export * from './run-process';
