import { Global, Module } from '@nestjs/common';

import { ReferenceRepository } from './reference.repository';
import { ChainCategoryResolver, RegionResolver } from './reference.resolver';
import { ReferenceService } from './reference.service';

@Global()
@Module({
  providers: [ReferenceRepository, ReferenceService, ChainCategoryResolver, RegionResolver],
  exports: [ReferenceService],
})
export class ReferenceModule {}

/** Reference data for processes without GraphQL (the worker). */
@Global()
@Module({ providers: [ReferenceRepository, ReferenceService], exports: [ReferenceService] })
export class ReferenceDataModule {}
