export * from './engine/types';
export * from './match-suggestion.entity';
export * from './matching.dto';
export * from './matching.exception';
export * from './matching.repository';
export * from './matching.service';
export * from './matching.module';
export * from './matching.resolver';
