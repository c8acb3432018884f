import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentViewer, OptionalViewer, RequestContext, RequestCtx, Viewer } from '@duijie/accounts';
import { Page, PageArgs } from '@duijie/common';
import { EnterpriseLoader, EnterpriseObject, toEnterpriseObject } from '@duijie/enterprises';
import { ChainCategory, ChainCategoryObject, ReferenceService, RegionObject, toRegionObject } from '@duijie/reference';
import { ListingEntity } from './listing.entity';
import { ListingKind, ListingStatus } from './listing.enums';
import { CreateListingInput, ListingConnection, ListingFilter, ListingObject, UpdateListingInput } from './listings.dto';
import { ListingsService } from './listings.service';

export function toListingObject(l: ListingEntity): ListingObject {
  return {
    id: l.id,
    kind: l.kind,
    title: l.title,
    description: l.description,
    quantity: l.quantity,
    unit: l.unit,
    priceMin: l.priceMin,
    priceMax: l.priceMax,
    priceNegotiable: l.priceMin === null && l.priceMax === null,
    certifications: l.certifications,
    validUntil: l.validUntil,
    status: l.status,
    confidential: l.confidential,
    createdAt: l.createdAt,
    updatedAt: l.updatedAt,
    matchingStatus: l.matchingStatus,
    enterpriseId: l.enterpriseId,
    categoryCode: l.categoryCode,
    regionCode: l.regionCode,
  };
}

function toConnection(page: Page<ListingEntity>): ListingConnection {
  return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toListingObject(e.node) })) };
}

@Resolver(() => ListingObject)
export class ListingsResolver {
  constructor(
    private readonly service: ListingsService,
    private readonly reference: ReferenceService,
    private readonly enterpriseLoader: EnterpriseLoader,
  ) {}

  @Mutation(() => ListingObject, { description: "Posts a listing for the caller's enterprise" })
  @Authenticated()
  async createListing(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateListingInput): Promise<ListingObject> {
    return toListingObject(await this.service.create(viewer, input));
  }

  @Mutation(() => ListingObject)
  @Authenticated()
  async updateListing(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateListingInput,
  ): Promise<ListingObject> {
    return toListingObject(await this.service.update(viewer, id, input));
  }

  @Mutation(() => ListingObject)
  @Authenticated()
  async closeListing(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<ListingObject> {
    return toListingObject(await this.service.close(viewer, id));
  }

  @Query(() => ListingConnection, { description: 'Listings newest first; confidential demands only to their owner' })
  async listings(
    @OptionalViewer() viewer: Viewer | null,
    @Args() page: PageArgs,
    @Args('filter', { type: () => ListingFilter, nullable: true }) filter?: ListingFilter | null,
  ): Promise<ListingConnection> {
    return toConnection(await this.service.browse(viewer, filter, page));
  }

  @Query(() => ListingObject, { nullable: true })
  async listing(@OptionalViewer() viewer: Viewer | null, @Args('id', { type: () => ID }) id: string): Promise<ListingObject | null> {
    const l = await this.service.get(viewer, id);
    return l ? toListingObject(l) : null;
  }

  @ResolveField(() => ChainCategoryObject)
  category(@Parent() l: ListingObject): ChainCategory {
    return this.reference.category(l.categoryCode)!;
  }

  @ResolveField(() => RegionObject)
  region(@Parent() l: ListingObject): RegionObject {
    return toRegionObject(this.reference.regions, l.regionCode)!;
  }

  @ResolveField(() => EnterpriseObject)
  async enterprise(@Parent() l: ListingObject, @RequestCtx() ctx: RequestContext): Promise<EnterpriseObject> {
    return toEnterpriseObject((await this.enterpriseLoader.of(ctx).load(l.enterpriseId))!);
  }
}

@Resolver(() => EnterpriseObject)
export class EnterpriseListingsResolver {
  constructor(private readonly service: ListingsService) {}

  @ResolveField(() => ListingConnection)
  async listings(
    @Parent() e: EnterpriseObject,
    @OptionalViewer() viewer: Viewer | null,
    @Args('kind', { type: () => ListingKind, nullable: true }) kind?: ListingKind | null,
    @Args('status', { type: () => ListingStatus, nullable: true }) status?: ListingStatus | null,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<ListingConnection> {
    return toConnection(await this.service.ofEnterprise(viewer, e.id, kind, status, { first, after }));
  }
}
