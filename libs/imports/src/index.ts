export * from './listing-import.entity';
export * from './imports.dto';
export * from './imports.service';
export * from './imports.module';
export * from './parse';
export * from './row-rules';
