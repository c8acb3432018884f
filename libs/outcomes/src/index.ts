export * from './deal.entity';
export * from './deal-facts.repository';
export * from './meeting-rating.entity';
export * from './outcomes.dto';
export * from './outcomes.module';
export * from './report.service';
export * from './report-sheets';
export * from './signed-deals.repository';
