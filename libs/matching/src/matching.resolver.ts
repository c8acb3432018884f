import { Injectable } from '@nestjs/common';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';

import {
  Access,
  Authenticated,
  CurrentViewer,
  loaderOf,
  RequestContext,
  RequestCtx,
  Role,
  Viewer,
} from '@duijie/accounts';
import { ForbiddenError, Page } from '@duijie/common';
import { EnterpriseLoader, toEnterpriseObject } from '@duijie/enterprises';
import { ListingEntity, ListingMapper, ListingObject } from '@duijie/listings';

import { MatchRunEntity } from './match-run.entity';
import { MatchDecision, MatchSuggestionEntity } from './match-suggestion.entity';
import {
  MatchReasonCodeEnum,
  MatchRunObject,
  MatchSuggestionConnection,
  MatchSuggestionObject,
  PartnerDirection,
  PartnerSuggestionObject,
} from './matching.dto';
import { MatchingService } from './matching.service';

/** Maps suggestions to objects for one request; their listings come through the request's DataLoader. */
@Injectable()
export class MatchSuggestionMapper {
  constructor(private readonly listings: ListingMapper) {}

  /** A suggestion the caller was allowed to list; its listings still pass the access policy one by one. */
  one(ctx: RequestContext, s: MatchSuggestionEntity): MatchSuggestionObject {
    const listing = async (id: string) => {
      const l = await this.listings.byId(ctx, id);
      if (!l) throw new ForbiddenError('无权查看该供需信息');
      return l;
    };
    return {
      id: s.id,
      supply: () => listing(s.supplyId),
      demand: () => listing(s.demandId),
      score: s.score,
      reasons: s.reasons.map((r) => ({
        code: r.code as MatchReasonCodeEnum,
        contribution: r.contribution,
        detail: r.detail,
      })),
      supplyDecision: s.supplyDecision,
      demandDecision: s.demandDecision,
      createdAt: s.createdAt,
      updatedAt: s.updatedAt,
    };
  }

  /** The suggestion, or null when the caller may not see both of its listings. */
  async visible(ctx: RequestContext, s: MatchSuggestionEntity | null): Promise<MatchSuggestionObject | null> {
    if (!s) return null;
    const [supply, demand] = await Promise.all([
      this.listings.byId(ctx, s.supplyId),
      this.listings.byId(ctx, s.demandId),
    ]);
    return supply && demand ? this.one(ctx, s) : null;
  }

  page(ctx: RequestContext, page: Page<MatchSuggestionEntity>): MatchSuggestionConnection {
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: this.one(ctx, e.node) })) };
  }
}

function toRunObject(r: MatchRunEntity): MatchRunObject {
  return { id: r.id, status: r.status, total: r.total, done: r.done, createdAt: r.createdAt, finishedAt: r.finishedAt };
}

@Resolver(() => MatchSuggestionObject)
export class MatchingResolver {
  constructor(
    private readonly service: MatchingService,
    private readonly mapper: MatchSuggestionMapper,
    private readonly enterpriseLoader: EnterpriseLoader,
  ) {}

  @Query(() => MatchSuggestionConnection, {
    description:
      "A listing's suggestions, best first (owner, ORGANISER, ADMIN); only pairs whose demand the caller may see",
  })
  @Authenticated()
  async matchSuggestions(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('listingId', { type: () => ID }) listingId: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<MatchSuggestionConnection> {
    return this.mapper.page(ctx, await this.service.suggestionsOf(viewer, listingId, first, after));
  }

  @Mutation(() => MatchSuggestionObject, { description: 'Accept or dismiss a suggestion for your side of it' })
  @Authenticated()
  async respondToMatch(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('decision', { type: () => MatchDecision }) decision: MatchDecision,
  ): Promise<MatchSuggestionObject> {
    return this.mapper.one(ctx, await this.service.respond(viewer, id, decision));
  }

  @Query(() => [PartnerSuggestionObject], {
    description: 'Firms up- and downstream whose open listings fit (member, ORGANISER, ADMIN)',
  })
  @Authenticated()
  async partnerSuggestions(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('enterpriseId', { type: () => ID }) enterpriseId: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
  ): Promise<PartnerSuggestionObject[]> {
    const rows = await this.service.partners(viewer, enterpriseId, first);
    const enterprises = this.enterpriseLoader.of(ctx);
    return rows.map((r) => ({
      enterprise: async () => toEnterpriseObject((await enterprises.load(r.enterpriseId))!),
      direction: r.direction as PartnerDirection,
      score: r.bestScore,
      matchCount: r.pairs,
      bestMatch: async () => this.mapper.one(ctx, (await this.service.findSuggestion(r.bestSuggestionId))!),
    }));
  }

  @Mutation(() => MatchRunObject, {
    description:
      'Recompute every open listing’s suggestions (ORGANISER, ADMIN), e.g. after a scoring change; while a re-match started within the hour runs, answers that run',
  })
  @Authenticated(Role.ORGANISER, Role.ADMIN)
  async rematchAll(@CurrentViewer() viewer: Viewer): Promise<MatchRunObject> {
    return toRunObject(await this.service.startRematch(viewer));
  }

  @Query(() => MatchRunObject, { description: 'Progress of a full re-match (ORGANISER, ADMIN)' })
  @Authenticated(Role.ORGANISER, Role.ADMIN)
  async matchRun(@Args('id', { type: () => ID }) id: string): Promise<MatchRunObject> {
    return toRunObject(await this.service.run(id));
  }
}

@Resolver(() => ListingObject)
export class ListingMatchesResolver {
  constructor(
    private readonly service: MatchingService,
    private readonly mapper: MatchSuggestionMapper,
  ) {}

  @ResolveField(() => MatchSuggestionConnection, {
    description: 'Owner, ORGANISER, ADMIN; only pairs whose demand the caller may see',
  })
  @Authenticated()
  async matchSuggestions(
    @Parent() listing: ListingObject,
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<MatchSuggestionConnection> {
    const entity = { id: listing.id, kind: listing.kind, enterpriseId: listing.enterpriseId } as ListingEntity;
    return this.mapper.page(ctx, await this.service.suggestionsOfListing(viewer, entity, first, after));
  }

  @ResolveField(() => Int, {
    nullable: true,
    description:
      'How many match suggestions the listing has (as matchSuggestions counts them): owner, ORGANISER, ADMIN; null for others',
  })
  async suggestionCount(@Parent() listing: ListingObject, @RequestCtx() ctx: RequestContext): Promise<number | null> {
    const viewer = ctx.viewer;
    if (!Access.mayActForEnterprise(viewer, listing.enterpriseId) && !Access.mayOrganise(viewer)) return null;
    // One statement for every listing of the answer (a registrations list asks for hundreds).
    const loader = loaderOf(
      ctx,
      'listing.suggestionCount',
      () => new DataLoader<string, number>((ids) => this.service.suggestionCounts(viewer, ids)),
    );
    return loader.load(listing.id);
  }
}
