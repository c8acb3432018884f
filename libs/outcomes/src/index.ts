export * from './deal.entity';
export * from './deals.service';
export * from './meeting-rating.entity';
export * from './outcomes.dto';
export * from './outcomes.module';
export * from './report.service';
export * from './report-sheets';
