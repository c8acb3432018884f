export * from './research.dto';
export * from './research.module';
export * from './research-report.service';
export * from './technology.enums';
export * from './technology-contract.entity';
export * from './technology-match.entity';
export * from './technology-need.entity';
export * from './technology-result.entity';
