export * from './investment.entity';
export * from './investment.module';
export * from './investment.objects';
export * from './investment-limits';
