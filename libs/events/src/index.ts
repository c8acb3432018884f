export * from './docking-event.entity';
export * from './event-rules';
export * from './events.dto';
export * from './events.repository';
export * from './events.service';
export * from './events.resolver';
export * from './events.module';
