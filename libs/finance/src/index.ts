export * from './deal-share.entity';
export * from './finance.dto';
export * from './finance.enums';
export * from './finance.module';
export * from './financing-fit';
export * from './financing-match.entity';
export * from './financing-need.entity';
export * from './financing-product.entity';
