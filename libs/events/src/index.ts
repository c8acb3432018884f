export * from './docking-event.entity';
export * from './event-rules';
export * from './events.dto';
export * from './events.module';
export * from './events.repository';
export * from './events.resolver';
export * from './events.service';
