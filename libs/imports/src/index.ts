export * from './imports.dto';
export * from './imports.module';
export * from './imports.service';
export * from './listing-import.entity';
export * from './parse';
export * from './row-rules';
export * from './preview';
