import { Module } from '@nestjs/common';

import { ListingsRepository } from './listings.repository';
import { EnterpriseListingsResolver, ListingMapper, ListingsResolver } from './listings.resolver';
import { ListingsService } from './listings.service';

@Module({
  providers: [ListingsRepository, ListingsService, ListingMapper, ListingsResolver, EnterpriseListingsResolver],
  exports: [ListingsService, ListingsRepository, ListingMapper],
})
export class ListingsModule {}

/** The listing rules and queries without GraphQL, for the worker. */
@Module({ providers: [ListingsRepository, ListingsService], exports: [ListingsService, ListingsRepository] })
export class ListingsCoreModule {}
