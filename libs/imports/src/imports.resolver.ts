import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Authenticated, CurrentViewer, Role, Viewer } from '@duijie/accounts';
import { BadInputError, ListBound, listSize } from '@duijie/common';

import {
  ImportCorrectionInput,
  ImportRowPreviewObject,
  ImportRowReportObject,
  ListingImportObject,
  ListingImportPreviewObject,
  toImportObject,
  toPreviewObject,
} from './imports.dto';
import { ImportsService } from './imports.service';

/** An import's rows in one answer: at most this many (a file may hold 20,000). */
export const IMPORT_ROWS: ListBound = { fallback: 100, max: 1_000 };

const ROWS_DESCRIPTION = `Rows in file order, from \`offset\` (default 0): \`first\` of them (default ${IMPORT_ROWS.fallback}, at most ${IMPORT_ROWS.max})`;

/** One page of an import's rows; BAD_USER_INPUT naming `first` or `offset` when out of range. */
function page<T>(rows: readonly T[], first: number | null | undefined, offset: number | null | undefined): T[] {
  const size = listSize(first, IMPORT_ROWS);
  const from = offset ?? 0;
  if (!Number.isInteger(from) || from < 0)
    throw new BadInputError([{ field: 'offset', message: 'offset（起始位置）须为不小于 0 的整数' }]);
  return rows.slice(from, from + size);
}

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

  @ResolveField(() => [ImportRowReportObject], { description: ROWS_DESCRIPTION })
  rows(
    @Parent() i: ListingImportObject,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('offset', { type: () => Int, nullable: true }) offset?: number | null,
  ): ImportRowReportObject[] {
    return page(i.rows, first, offset);
  }
}

@Resolver(() => ListingImportPreviewObject)
export class ImportPreviewRowsResolver {
  @ResolveField(() => [ImportRowPreviewObject], { description: ROWS_DESCRIPTION })
  rows(
    @Parent() p: ListingImportPreviewObject,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('offset', { type: () => Int, nullable: true }) offset?: number | null,
  ): ImportRowPreviewObject[] {
    return page(p.rows, first, offset);
  }
}
