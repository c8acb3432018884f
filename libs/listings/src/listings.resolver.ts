import { Injectable } from '@nestjs/common';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';

import {
  Authenticated,
  CurrentViewer,
  loaderOf,
  OptionalViewer,
  RequestContext,
  RequestCtx,
  Viewer,
} from '@duijie/accounts';
import { Page, PageArgs } from '@duijie/common';
import { EnterpriseEntity, EnterpriseLoader, EnterpriseObject, toEnterpriseObject } from '@duijie/enterprises';
import { ReferenceService, toRegionObject } from '@duijie/reference';

import { ListingEntity } from './listing.entity';
import { ListingKind, ListingStatus } from './listing.enums';
import {
  CreateListingInput,
  ListingConnection,
  ListingFilter,
  ListingObject,
  UpdateListingInput,
} from './listings.dto';
import { ListingsRepository } from './listings.repository';
import { ListingsService } from './listings.service';

export function toListingObject(
  l: ListingEntity,
  reference: ReferenceService,
  enterpriseOf: (id: string) => EnterpriseObject | Promise<EnterpriseObject>,
): ListingObject {
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
    category: reference.category(l.categoryCode)!,
    region: toRegionObject(reference.regions, l.regionCode)!,
    // Read only when a client selects the field (Nest's field resolver reads the property).
    get enterprise() {
      return enterpriseOf(l.enterpriseId);
    },
    enterpriseId: l.enterpriseId,
    categoryCode: l.categoryCode,
    regionCode: l.regionCode,
  };
}

/** Maps entities to objects for one request, resolving enterprises through its DataLoader. */
@Injectable()
export class ListingMapper {
  /** Listing rows that came with their firm, mapped (held as long as the row is). */
  private readonly mapped = new WeakMap<ListingEntity, ListingObject>();

  constructor(
    private readonly reference: ReferenceService,
    private readonly enterpriseLoader: EnterpriseLoader,
    private readonly listings: ListingsRepository,
  ) {}

  /**
   * A listing by id for one request, batched (a page of suggestions loads its listings in one
   * query), and only if the request's viewer may see it (the access policy): null otherwise. Every
   * listing that reaches a client through another object comes through here.
   */
  byId(ctx: RequestContext, id: string): Promise<ListingObject | null> {
    const loader = loaderOf(
      ctx,
      'listing',
      () =>
        new DataLoader<string, ListingEntity | null>(async (ids) => {
          const byId = new Map((await this.listings.findVisible(ctx.viewer, ids)).map((l) => [l.id, l]));
          return ids.map((i) => byId.get(i) ?? null);
        }),
    );
    return loader.load(id).then((l) => (l ? this.one(ctx, l) : null));
  }

  one(ctx: RequestContext, l: ListingEntity): ListingObject {
    const loader = this.enterpriseLoader.of(ctx);
    // A page read with its firms (`pageWithEnterprises`) hands them to the request's loader, and
    // its listings carry their firm as a plain value (no promise per listing for GraphQL to await).
    if (l.enterprise && typeof l.enterprise === 'object') {
      const firm = l.enterprise as EnterpriseEntity;
      loader.prime(l.enterpriseId, firm);
      // Such a row answers the same object to every request that reads it (the first-page cache
      // hands the same rows to each): mapped once. Resolvers only read these objects.
      let object = this.mapped.get(l);
      if (!object) {
        const firmObject = toEnterpriseObject(firm);
        object = toListingObject(l, this.reference, () => firmObject);
        this.mapped.set(l, object);
      }
      return object;
    }
    return toListingObject(l, this.reference, async (id) => toEnterpriseObject((await loader.load(id))!));
  }

  page(ctx: RequestContext, page: Page<ListingEntity>): ListingConnection {
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: this.one(ctx, e.node) })) };
  }
}

@Resolver(() => ListingObject)
export class ListingsResolver {
  constructor(
    private readonly service: ListingsService,
    private readonly mapper: ListingMapper,
  ) {}

  @Mutation(() => ListingObject, { description: "Posts a listing for the caller's enterprise" })
  @Authenticated()
  async createListing(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('input') input: CreateListingInput,
  ): Promise<ListingObject> {
    return this.mapper.one(ctx, await this.service.create(viewer, input));
  }

  @Mutation(() => ListingObject)
  @Authenticated()
  async updateListing(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateListingInput,
  ): Promise<ListingObject> {
    return this.mapper.one(ctx, await this.service.update(viewer, id, input));
  }

  @Mutation(() => ListingObject)
  @Authenticated()
  async closeListing(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ListingObject> {
    return this.mapper.one(ctx, await this.service.close(viewer, id));
  }

  @Query(() => ListingConnection, {
    description:
      'Listings newest first; a confidential demand only to its firm, the suppliers of a strong pair with it (0.55+, or one it accepted), organisers of events it was brought to, and admins',
  })
  async listings(
    @OptionalViewer() viewer: Viewer | null,
    @RequestCtx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Args('filter', { type: () => ListingFilter, nullable: true }) filter?: ListingFilter | null,
  ): Promise<ListingConnection> {
    return this.mapper.page(ctx, await this.service.browse(viewer, filter, page));
  }

  @Query(() => ListingObject, { nullable: true })
  async listing(
    @OptionalViewer() viewer: Viewer | null,
    @RequestCtx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ListingObject | null> {
    const l = await this.service.get(viewer, id);
    return l ? this.mapper.one(ctx, l) : null;
  }
}

@Resolver(() => EnterpriseObject)
export class EnterpriseListingsResolver {
  constructor(
    private readonly service: ListingsService,
    private readonly mapper: ListingMapper,
  ) {}

  @ResolveField(() => ListingConnection)
  async listings(
    @Parent() e: EnterpriseObject,
    @OptionalViewer() viewer: Viewer | null,
    @RequestCtx() ctx: RequestContext,
    @Args('kind', { type: () => ListingKind, nullable: true }) kind?: ListingKind | null,
    @Args('status', { type: () => ListingStatus, nullable: true }) status?: ListingStatus | null,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<ListingConnection> {
    return this.mapper.page(ctx, await this.service.ofEnterprise(viewer, e.id, kind, status, { first, after }));
  }
}
