import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Authenticated, CurrentViewer, RequestContext, RequestCtx, Viewer } from '@duijie/accounts';
import { EnterpriseConnection, toEnterpriseObject } from '@duijie/enterprises';
import { ListingConnection, ListingMapper } from '@duijie/listings';
import { ReferenceService, regionPrefix, Sector, toRegionObject } from '@duijie/reference';

import { ChainNodeListingsArgs, ChainNodeMembersObject, ChainPanoramaObject } from './chain-panorama.objects';
import { ChainPanoramaService } from './chain-panorama.service';

@Resolver(() => ChainPanoramaObject)
export class ChainPanoramaResolver {
  constructor(
    private readonly service: ChainPanoramaService,
    private readonly reference: ReferenceService,
  ) {}

  @Query(() => ChainPanoramaObject, {
    description:
      '产业链全景图: the chain of a sector (all sectors when omitted) over the firms registered in a province, prefecture or county',
  })
  @Authenticated()
  async chainPanorama(
    @Args('regionCode', { type: () => String, description: 'GB/T 2260 code of a province, prefecture or county' })
    regionCode: string,
    @Args('sector', { type: () => Sector, nullable: true }) sector?: Sector | null,
  ): Promise<ChainPanoramaObject> {
    const p = await this.service.panorama(sector, regionCode);
    return { ...p, region: toRegionObject(this.reference.regions, p.regionCode)! };
  }

  @Query(() => ChainNodeMembersObject, {
    description:
      "A panorama node's firms and open listings in the region (its drawer); confidential demands as `listings` shows them",
  })
  @Authenticated()
  chainNodeMembers(
    @Args('categoryCode', { type: () => String }) categoryCode: string,
    @Args('regionCode', { type: () => String }) regionCode: string,
  ): ChainNodeMembersObject {
    const category = this.reference.category(this.service.checkedCategory(categoryCode))!;
    const code = this.service.checkedRegion(regionCode);
    return { category, region: toRegionObject(this.reference.regions, code)!, prefix: regionPrefix(code) };
  }
}

@Resolver(() => ChainNodeMembersObject)
export class ChainNodeMembersResolver {
  constructor(
    private readonly service: ChainPanoramaService,
    private readonly listingMapper: ListingMapper,
  ) {}

  @ResolveField(() => EnterpriseConnection, {
    description: 'Firms in the region making this category (naming it or offering it), by name',
  })
  async firms(
    @Parent() node: ChainNodeMembersObject,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<EnterpriseConnection> {
    const page = await this.service.nodeFirms(node.category.code, node.prefix, first, after);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toEnterpriseObject(e.node) })) };
  }

  @ResolveField(() => ListingConnection, {
    description: 'Open listings of firms in the region in this category, newest first',
  })
  async listings(
    @Parent() node: ChainNodeMembersObject,
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args() args: ChainNodeListingsArgs,
  ): Promise<ListingConnection> {
    const page = await this.service.nodeListings(viewer, node.category.code, node.prefix, args.kind, args);
    return this.listingMapper.page(ctx, page);
  }
}
