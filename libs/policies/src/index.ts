export * from './policies.dto';
export * from './policies.module';
export { MY_POLICIES_MAX, REPORT_POLICIES_MAX } from './policies.service';
export * from './policy.entity';
export * from './policy-application.entity';
export * from './policy-eligible-firm.entity';
export * from './policy-evaluator.service';
export * from './policy-rules';
