import { Args, ID, Query, Resolver } from '@nestjs/graphql';

import { Authenticated, CurrentViewer, Role, Viewer } from '@duijie/accounts';

import { ListingImportObject, toImportObject } from './imports.dto';
import { ImportsService } from './imports.service';

@Resolver(() => ListingImportObject)
export class ImportsResolver {
  constructor(private readonly imports: ImportsService) {}

  @Query(() => ListingImportObject, {
    nullable: true,
    description: 'ORGANISER of the event: an import’s progress and per-row report',
  })
  @Authenticated(Role.ORGANISER, Role.ADMIN)
  async listingImport(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ListingImportObject | null> {
    const found = await this.imports.find(viewer, id);
    return found ? toImportObject(found) : null;
  }
}
