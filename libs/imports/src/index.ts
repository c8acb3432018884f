export * from './imports.dto';
export * from './imports.module';
export * from './imports.service';
export * from './listing-import.entity';
export * from './parse';
export * from './preview';
export * from './row-rules';
