import { Injectable, OnModuleInit } from '@nestjs/common';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Authenticated, CurrentViewer, RequestContext, RequestCtx, Viewer } from '@duijie/accounts';
import { ChainNodeMembersObject, ChainPanoramaObject, CoverageStatus } from '@duijie/chain';
import { listSize, Page, PageArgs } from '@duijie/common';
import { EnterpriseLoader, toEnterpriseObject } from '@duijie/enterprises';
import { EventReportObject, ReportSheets } from '@duijie/outcomes';
import { ReferenceService, Sector, toRegionObject } from '@duijie/reference';

import { InvestmentPipelineEntryEntity, InvestmentProjectEntity } from './investment.entity';
import {
  AddToInvestmentPipelineInput,
  ChainInvestmentNodeObject,
  InvestmentCandidateConnection,
  InvestmentLeadConnection,
  InvestmentLeadsArgs,
  InvestmentPipelineArgs,
  InvestmentPipelineConnection,
  InvestmentPipelineEntryObject,
  InvestmentProjectConnection,
  InvestmentProjectInput,
  InvestmentProjectObject,
  InvestmentProjectsArgs,
  InvestmentSummaryObject,
  MoveInvestmentPipelineInput,
} from './investment.objects';
import { InvestmentService, RankedCandidate } from './investment.service';
import { INVESTMENT_LIMITS } from './investment-limits';
import { investmentSheet } from './investment-sheet';

/** Maps entities to GraphQL objects for one request; firms through the request's loader. */
@Injectable()
export class InvestmentMapper {
  constructor(
    private readonly service: InvestmentService,
    private readonly reference: ReferenceService,
    private readonly enterprises: EnterpriseLoader,
  ) {}

  private firm(ctx: RequestContext, id: string) {
    return async () => toEnterpriseObject((await this.enterprises.of(ctx).load(id))!);
  }

  project(ctx: RequestContext, p: InvestmentProjectEntity): InvestmentProjectObject {
    return {
      ...p,
      owner: this.firm(ctx, p.ownerEnterpriseId),
      region: toRegionObject(this.reference.regions, p.regionCode)!,
      categories: p.categoryCodes.map((c) => this.reference.category(c)!).filter(Boolean),
    };
  }

  entry(ctx: RequestContext, e: InvestmentPipelineEntryEntity, viewer: Viewer | null): InvestmentPipelineEntryObject {
    const owner = viewer?.enterpriseId === e.ownerEnterpriseId || viewer?.role === 'ADMIN';
    return {
      ...e,
      owner: this.firm(ctx, e.ownerEnterpriseId),
      candidate: this.firm(ctx, e.candidateEnterpriseId),
      project: async () => (e.projectId ? this.project(ctx, await this.service.project(e.projectId)) : null),
      region: toRegionObject(this.reference.regions, e.regionCode)!,
      category: this.reference.category(e.categoryCode)!,
      note: owner ? e.note : null,
      history: async () => (await this.service.history(e.id)).map((h) => ({ ...h, reason: owner ? h.reason : null })),
    };
  }

  entries(
    ctx: RequestContext,
    page: Page<InvestmentPipelineEntryEntity>,
    viewer: Viewer,
  ): InvestmentPipelineConnection {
    return { ...page, edges: page.edges.map((x) => ({ cursor: x.cursor, node: this.entry(ctx, x.node, viewer) })) };
  }

  /** Leads or candidates with the owner's pipeline entry for each (one query per page). */
  ranked(
    ctx: RequestContext,
    viewer: Viewer,
    page: Page<RankedCandidate>,
    on: { projectId: string } | null,
  ): InvestmentLeadConnection & InvestmentCandidateConnection {
    let entries: Promise<Map<string, InvestmentPipelineEntryEntity>> | null = null;
    const entryOf = (r: RankedCandidate) => {
      entries ??= this.service
        .ownerEntriesFor(
          viewer.enterpriseId!,
          page.edges.map((e) => e.node.enterpriseId),
          on ?? { regionCode: page.edges[0]?.node.regionCode ?? '' },
        )
        .then((rows) => new Map(rows.map((x) => [`${x.candidateEnterpriseId}:${on ? '' : x.categoryCode}`, x])));
      return entries.then((m) => {
        const e = m.get(`${r.enterpriseId}:${on ? '' : r.categoryCode}`);
        return e ? this.entry(ctx, e, viewer) : null;
      });
    };
    return {
      ...page,
      edges: page.edges.map(({ cursor, node: r }) => ({
        cursor,
        node: {
          firm: this.firm(ctx, r.enterpriseId),
          category: this.reference.category(r.categoryCode)!,
          region: toRegionObject(this.reference.regions, r.regionCode)!,
          score: r.score,
          reasons: r.reasons,
          pipelineEntry: () => entryOf(r),
        },
      })),
    };
  }
}

@Resolver()
export class InvestmentResolver {
  constructor(
    private readonly service: InvestmentService,
    private readonly mapper: InvestmentMapper,
  ) {}

  @Query(() => InvestmentLeadConnection, {
    description:
      '招商线索 (verified GOVERNMENT bodies): for a region and sector, firms outside the region making a 缺链 category, ranked with reasons (the best 200 ranked)',
  })
  @Authenticated()
  async investmentLeads(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args() args: InvestmentLeadsArgs,
  ): Promise<InvestmentLeadConnection> {
    return this.mapper.ranked(ctx, viewer, await this.service.leads(viewer, args), null);
  }

  @Query(() => InvestmentProjectConnection, { description: '招商项目, newest first (anyone signed in)' })
  @Authenticated()
  async investmentProjects(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args() args: InvestmentProjectsArgs,
  ): Promise<InvestmentProjectConnection> {
    const page = await this.service.projects(viewer, args);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: this.mapper.project(ctx, e.node) })) };
  }

  @Query(() => InvestmentProjectObject)
  @Authenticated()
  async investmentProject(
    @RequestCtx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<InvestmentProjectObject> {
    return this.mapper.project(ctx, await this.service.project(id));
  }

  @Query(() => InvestmentCandidateConnection, {
    description: "A project's candidate investors, ranked with reasons (the posting body only; the best 200 ranked)",
  })
  @Authenticated()
  async investmentProjectCandidates(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('projectId', { type: () => ID }) projectId: string,
    @Args() page: PageArgs,
  ): Promise<InvestmentCandidateConnection> {
    return this.mapper.ranked(ctx, viewer, await this.service.projectCandidates(viewer, projectId, page), {
      projectId,
    });
  }

  @Query(() => InvestmentPipelineConnection, {
    description: "招商进度 of the viewer's government body, latest change first",
  })
  @Authenticated()
  async investmentPipeline(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args() args: InvestmentPipelineArgs,
  ): Promise<InvestmentPipelineConnection> {
    return this.mapper.entries(ctx, await this.service.pipeline(viewer, args), viewer);
  }

  @Query(() => InvestmentPipelineConnection, {
    description: "招商接洽: entries naming the viewer's firm as candidate, from the moment the body contacted it",
  })
  @Authenticated()
  async myInvestmentContacts(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args() args: PageArgs,
  ): Promise<InvestmentPipelineConnection> {
    return this.mapper.entries(ctx, await this.service.myContacts(viewer, args), viewer);
  }

  @Query(() => InvestmentPipelineEntryObject, { description: 'One entry: its owner, or its firm once contacted' })
  @Authenticated()
  async investmentPipelineEntry(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<InvestmentPipelineEntryObject> {
    return this.mapper.entry(ctx, await this.service.entry(viewer, id), viewer);
  }

  @Query(() => InvestmentSummaryObject, {
    description:
      "招商成效 of a region (and sector): signed and landed, per sector, category and region — the viewer's body's entries (an admin: all)",
  })
  @Authenticated()
  investmentSummary(
    @CurrentViewer() viewer: Viewer,
    @Args('regionCode', { type: () => String }) regionCode: string,
    @Args('sector', { type: () => Sector, nullable: true }) sector?: Sector | null,
  ): Promise<InvestmentSummaryObject> {
    return this.service.regionSummary(viewer, regionCode, sector);
  }

  @Mutation(() => InvestmentProjectObject, { description: 'A verified GOVERNMENT body posts a 招商项目' })
  @Authenticated()
  async createInvestmentProject(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('input') input: InvestmentProjectInput,
  ): Promise<InvestmentProjectObject> {
    return this.mapper.project(ctx, await this.service.createProject(viewer, input));
  }

  @Mutation(() => InvestmentProjectObject, {
    description: 'The posting body edits its 招商项目 (every field replaced)',
  })
  @Authenticated()
  async updateInvestmentProject(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: InvestmentProjectInput,
  ): Promise<InvestmentProjectObject> {
    return this.mapper.project(ctx, await this.service.updateProject(viewer, id, input));
  }

  @Mutation(() => InvestmentPipelineEntryObject, {
    description: 'A lead or project candidate enters the body’s 招商进度 at IDENTIFIED (the firm is not told)',
  })
  @Authenticated()
  async addToInvestmentPipeline(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('input') input: AddToInvestmentPipelineInput,
  ): Promise<InvestmentPipelineEntryObject> {
    return this.mapper.entry(ctx, await this.service.addToPipeline(viewer, input), viewer);
  }

  @Mutation(() => InvestmentPipelineEntryObject, {
    description:
      'The owner moves an entry: forward one stage, back with a reason; SIGNED needs signedAmountCny, LANDED landedAmountCny; CONTACTED tells the firm',
  })
  @Authenticated()
  async moveInvestmentPipelineEntry(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('input') input: MoveInvestmentPipelineInput,
  ): Promise<InvestmentPipelineEntryObject> {
    return this.mapper.entry(ctx, await this.service.move(viewer, input), viewer);
  }
}

/** Projects and open leads on the panorama's nodes. */
@Resolver(() => ChainPanoramaObject)
export class ChainPanoramaInvestmentResolver {
  constructor(private readonly service: InvestmentService) {}

  @ResolveField(() => [ChainInvestmentNodeObject], {
    description:
      'Per node: investment projects in the region, and on 缺链 nodes the open leads (verified government bodies)',
  })
  async investment(
    @Parent() p: ChainPanoramaObject,
    @CurrentViewer() viewer: Viewer | null,
  ): Promise<ChainInvestmentNodeObject[]> {
    const codes = p.nodes.map((n) => n.category.code);
    const gaps = p.nodes.filter((n) => n.coverage === CoverageStatus.GAP).map((n) => n.category.code);
    const [projects, leads] = await Promise.all([
      this.service.projectCounts(p.region.code, codes),
      this.service.openLeadCounts(viewer, p.region.code, gaps),
    ]);
    const projectsOf = new Map(projects.map((r) => [r.code, r.n]));
    const gap = new Set(gaps);
    return codes.map((c) => ({
      categoryCode: c,
      projects: projectsOf.get(c) ?? 0,
      openLeads: leads ? (gap.has(c) ? (leads.get(c) ?? 0) : 0) : null,
    }));
  }
}

/** A panorama node's drawer: its projects, and its leads for a government body. */
@Resolver(() => ChainNodeMembersObject)
export class ChainNodeInvestmentResolver {
  constructor(
    private readonly service: InvestmentService,
    private readonly mapper: InvestmentMapper,
  ) {}

  @ResolveField(() => [InvestmentProjectObject], {
    description: 'Investment projects in the region on this category, newest first',
  })
  async investmentProjects(
    @Parent() node: ChainNodeMembersObject,
    @RequestCtx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
  ): Promise<InvestmentProjectObject[]> {
    const rows = await this.service.projectsOnCategory(
      node.region.code,
      node.category.code,
      listSize(first, INVESTMENT_LIMITS.nodeProjects),
    );
    return rows.map((p) => this.mapper.project(ctx, p));
  }

  @ResolveField(() => InvestmentLeadConnection, {
    nullable: true,
    description:
      'On a 缺链 node: the open leads (firms outside the region making it); null unless a verified government body asks',
  })
  async investmentLeads(
    @Parent() node: ChainNodeMembersObject,
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args() page: PageArgs,
  ): Promise<InvestmentLeadConnection | null> {
    if (!(await this.service.mayRun(viewer))) return null;
    const leads = await this.service.leads(viewer, {
      regionCode: node.region.code,
      sector: node.category.sector,
      categoryCode: node.category.code,
      ...page,
    });
    return this.mapper.ranked(ctx, viewer, leads, null);
  }
}

/** The event report's investment figures, and report.xlsx's 招商 sheet. */
@Resolver(() => EventReportObject)
export class EventReportInvestmentResolver implements OnModuleInit {
  constructor(
    private readonly service: InvestmentService,
    private readonly sheets: ReportSheets,
  ) {}

  onModuleInit(): void {
    this.sheets.register({ sheets: async (eventId) => [investmentSheet(await this.service.eventSummary(eventId))] });
  }

  @ResolveField(() => InvestmentSummaryObject, {
    description: '招商成效: pipeline entries made at the event, signed and landed, per sector, category and region',
  })
  investment(@Parent() report: EventReportObject): Promise<InvestmentSummaryObject> {
    return this.service.eventSummary(report.eventId);
  }
}
