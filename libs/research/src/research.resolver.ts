import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Authenticated, CurrentViewer, RequestContext, RequestCtx, Viewer } from '@duijie/accounts';
import { listSize, Page } from '@duijie/common';

import {
  ProposeTechnologyContractInput,
  TechnologyContractConnection,
  TechnologyContractObject,
  TechnologyMatchObject,
  TechnologyNeedConnection,
  TechnologyNeedInput,
  TechnologyNeedObject,
  TechnologyResultConnection,
  TechnologyResultInput,
  TechnologyResultObject,
} from './research.dto';
import { ResearchMapper } from './research.mapper';
import { ResearchService } from './research.service';
import { TECH_MATCH_LIST } from './research-limits';
import { TechnologyContractsService } from './technology-contracts.service';

const page = <E, O>(p: Page<E>, map: (e: E) => O): Page<O> => ({
  ...p,
  edges: p.edges.map((e) => ({ cursor: e.cursor, node: map(e.node) })),
});

/** 产学研对接: technology results, needs, their matches and technology contracts. */
@Resolver()
export class ResearchResolver {
  constructor(
    private readonly service: ResearchService,
    private readonly contracts: TechnologyContractsService,
    private readonly mapper: ResearchMapper,
  ) {}

  @Mutation(() => TechnologyResultObject, {
    description: 'A verified research body (高校/科研院所) publishes a technology result (技术成果); matched at once',
  })
  @Authenticated()
  async createTechnologyResult(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('input') input: TechnologyResultInput,
  ): Promise<TechnologyResultObject> {
    return this.mapper.result(ctx, await this.service.createResult(viewer, input));
  }

  @Mutation(() => TechnologyResultObject, { description: 'Its research body edits (or closes: open false) a result' })
  @Authenticated()
  async updateTechnologyResult(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: TechnologyResultInput,
  ): Promise<TechnologyResultObject> {
    return this.mapper.result(ctx, await this.service.updateResult(viewer, id, input));
  }

  @Mutation(() => TechnologyNeedObject, { description: 'A firm posts a technology need (技术需求); matched at once' })
  @Authenticated()
  async createTechnologyNeed(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('input') input: TechnologyNeedInput,
  ): Promise<TechnologyNeedObject> {
    return this.mapper.need(ctx, await this.service.createNeed(viewer, input));
  }

  @Mutation(() => TechnologyNeedObject, { description: 'Its firm edits (or closes: open false) a technology need' })
  @Authenticated()
  async updateTechnologyNeed(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: TechnologyNeedInput,
  ): Promise<TechnologyNeedObject> {
    return this.mapper.need(ctx, await this.service.updateNeed(viewer, id, input));
  }

  @Mutation(() => TechnologyContractObject, {
    description:
      'The result’s research body or the need’s firm proposes a technology contract (技术合同); the other side confirms',
  })
  @Authenticated()
  async proposeTechnologyContract(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('input') input: ProposeTechnologyContractInput,
  ): Promise<TechnologyContractObject> {
    return this.mapper.contract(ctx, await this.contracts.propose(viewer, input));
  }

  @Mutation(() => TechnologyContractObject, {
    description: 'The other side confirms a proposed technology contract (确认)',
  })
  @Authenticated()
  async confirmTechnologyContract(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<TechnologyContractObject> {
    return this.mapper.contract(ctx, await this.contracts.confirm(viewer, id));
  }

  @Mutation(() => TechnologyContractObject, {
    description: 'The other side declines a proposed technology contract (不予确认)',
  })
  @Authenticated()
  async declineTechnologyContract(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<TechnologyContractObject> {
    return this.mapper.contract(ctx, await this.contracts.decline(viewer, id));
  }

  @Query(() => TechnologyResultConnection, {
    description: 'Open technology results, newest first; mine: all of your research body’s',
  })
  @Authenticated()
  async technologyResults(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('mine', { type: () => Boolean, nullable: true }) mine?: boolean | null,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<TechnologyResultConnection> {
    return page(await this.service.results(viewer, !!mine, first, after), (r) => this.mapper.result(ctx, r));
  }

  @Query(() => TechnologyNeedConnection, {
    description: 'Open technology needs before their deadline, newest first; mine: all of your firm’s',
  })
  @Authenticated()
  async technologyNeeds(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('mine', { type: () => Boolean, nullable: true }) mine?: boolean | null,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<TechnologyNeedConnection> {
    return page(await this.service.needs(viewer, !!mine, first, after), (n) => this.mapper.need(ctx, n));
  }

  @Query(() => TechnologyResultObject)
  @Authenticated()
  async technologyResult(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<TechnologyResultObject> {
    return this.mapper.result(ctx, await this.service.result(viewer, id));
  }

  @Query(() => TechnologyNeedObject)
  @Authenticated()
  async technologyNeed(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<TechnologyNeedObject> {
    return this.mapper.need(ctx, await this.service.need(viewer, id));
  }

  @Query(() => [TechnologyMatchObject], {
    description: 'The need’s firm: the open results matched to it, best first, each condition explained',
  })
  @Authenticated()
  async technologyNeedMatches(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('needId', { type: () => ID }) needId: string,
    @Args('first', {
      type: () => Int,
      nullable: true,
      description: `How many (default ${TECH_MATCH_LIST.fallback}, at most ${TECH_MATCH_LIST.max})`,
    })
    first?: number | null,
  ): Promise<TechnologyMatchObject[]> {
    const size = listSize(first, TECH_MATCH_LIST);
    return this.mapper.matches(ctx, await this.service.needMatches(viewer, needId, size));
  }

  @Query(() => [TechnologyMatchObject], {
    description: 'The result’s research body: the open needs matched to it, best first, each condition explained',
  })
  @Authenticated()
  async technologyResultMatches(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('resultId', { type: () => ID }) resultId: string,
    @Args('first', {
      type: () => Int,
      nullable: true,
      description: `How many (default ${TECH_MATCH_LIST.fallback}, at most ${TECH_MATCH_LIST.max})`,
    })
    first?: number | null,
  ): Promise<TechnologyMatchObject[]> {
    const size = listSize(first, TECH_MATCH_LIST);
    return this.mapper.matches(ctx, await this.service.resultMatches(viewer, resultId, size));
  }

  @Query(() => TechnologyContractConnection, {
    description: 'Your firm’s technology contracts (either side), newest first',
  })
  @Authenticated()
  async myTechnologyContracts(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<TechnologyContractConnection> {
    const p = await this.contracts.mine(viewer, first, after);
    const nodes = await this.mapper.contracts(
      ctx,
      p.edges.map((e) => e.node),
    );
    return { ...p, edges: p.edges.map((e, i) => ({ cursor: e.cursor, node: nodes[i] })) };
  }
}
