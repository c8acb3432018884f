import { Module } from '@nestjs/common';

import { ListingPageCache } from './listing-page-cache';
import { ListingPageInvalidation } from './listing-page-invalidation';
import { ListingsRepository } from './listings.repository';
import { EnterpriseListingsResolver, ListingMapper, ListingsResolver } from './listings.resolver';
import { ListingsService } from './listings.service';

/**
 * The first-page cache, one per process whichever module reads listings through it. It answers only
 * where `ListingsModule` (the API) runs its listener; elsewhere (the worker) it stays stopped.
 */
@Module({
  providers: [{ provide: ListingPageCache, useFactory: () => new ListingPageCache() }],
  exports: [ListingPageCache],
})
export class ListingPageCacheModule {}

@Module({
  imports: [ListingPageCacheModule],
  providers: [
    ListingsRepository,
    ListingsService,
    ListingMapper,
    ListingsResolver,
    EnterpriseListingsResolver,
    ListingPageInvalidation,
  ],
  exports: [ListingsService, ListingsRepository, ListingMapper, ListingPageCacheModule],
})
export class ListingsModule {}

/** The listing rules and queries without GraphQL, for the worker. */
@Module({
  imports: [ListingPageCacheModule],
  providers: [ListingsRepository, ListingsService],
  exports: [ListingsService, ListingsRepository],
})
export class ListingsCoreModule {}
