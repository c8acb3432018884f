export * from './outcome.entity';
export * from './outcomes.dto';
export * from './report.service';
export * from './outcomes.module';
