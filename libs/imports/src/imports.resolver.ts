import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Authenticated, CurrentViewer, Role, Viewer } from '@duijie/accounts';

import {
  ImportCorrectionInput,
  ListingImportObject,
  ListingImportPreviewObject,
  toImportObject,
  toPreviewObject,
} from './imports.dto';
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

  @Query(() => ListingImportPreviewObject, {
    description:
      'ORGANISER of the event: a dry run uploaded with ?dryRun=true, each row checked again with the corrections given; nothing is written',
  })
  @Authenticated(Role.ORGANISER, Role.ADMIN)
  async previewListingImport(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('corrections', { type: () => [ImportCorrectionInput], nullable: true })
    corrections?: ImportCorrectionInput[] | null,
  ): Promise<ListingImportPreviewObject> {
    return toPreviewObject(await this.imports.previewOf(viewer, id, corrections ?? []));
  }

  @Mutation(() => ListingImportObject, {
    description: 'ORGANISER of the event: imports a previewed file with the corrections made in the preview',
  })
  @Authenticated(Role.ORGANISER, Role.ADMIN)
  async commitListingImport(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('corrections', { type: () => [ImportCorrectionInput], nullable: true })
    corrections?: ImportCorrectionInput[] | null,
  ): Promise<ListingImportObject> {
    return toImportObject(await this.imports.commit(viewer, id, corrections ?? []));
  }
}
