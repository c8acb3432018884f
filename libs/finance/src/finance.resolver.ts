import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Authenticated, CurrentViewer, OptionalViewer, RequestContext, RequestCtx, Viewer } from '@duijie/accounts';
import { DecimalScalarType, Page } from '@duijie/common';

import {
  FinancingDealShareObject,
  FinancingMatchConnection,
  FinancingMatchObject,
  FinancingNeedConnection,
  FinancingNeedInput,
  FinancingNeedObject,
  FinancingProductConnection,
  FinancingProductInput,
  FinancingProductObject,
  MAX_SHARED_DEALS,
  SharedDealObject,
  ShareDealsWithLenderInput,
} from './finance.dto';
import { LoanStage } from './finance.enums';
import { FinanceMapper } from './finance.mapper';
import { FinanceService } from './finance.service';
import { LendingService } from './lending.service';

function mapPage<E, O>(page: Page<E>, to: (e: E) => O): Page<O> {
  return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: to(e.node) })) };
}

/** 政银企对接: financing products, financing needs, their matches, 订单融资 consents and loans. */
@Resolver()
export class FinanceResolver {
  constructor(
    private readonly finance: FinanceService,
    private readonly lending: LendingService,
    private readonly mapper: FinanceMapper,
  ) {}

  @Query(() => FinancingProductConnection, {
    description: 'Open financing products (金融产品), newest first; a bank’s own (closed ones too, for its members)',
  })
  async financingProducts(
    @OptionalViewer() viewer: Viewer | null,
    @RequestCtx() ctx: RequestContext,
    @Args('lenderEnterpriseId', { type: () => ID, nullable: true }) lenderEnterpriseId?: string | null,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<FinancingProductConnection> {
    const page = await this.finance.products(viewer, lenderEnterpriseId ?? null, first, after);
    return mapPage(page, (p) => this.mapper.product(ctx, p));
  }

  @Query(() => FinancingProductObject, { description: 'An open product, or a closed one to its bank' })
  async financingProduct(
    @OptionalViewer() viewer: Viewer | null,
    @RequestCtx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<FinancingProductObject> {
    return this.mapper.product(ctx, await this.finance.visibleProduct(viewer, id));
  }

  @Query(() => FinancingNeedConnection, { description: 'The caller’s firm’s financing needs (融资需求), newest first' })
  @Authenticated()
  async myFinancingNeeds(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<FinancingNeedConnection> {
    return mapPage(await this.finance.myNeeds(viewer, first, after), (n) => this.mapper.need(ctx, n));
  }

  @Query(() => FinancingNeedObject, {
    description:
      'A need: its firm, admins, verified financial institutions (or anyone signed in when not confidential)',
  })
  @Authenticated()
  async financingNeed(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<FinancingNeedObject> {
    return this.mapper.need(ctx, await this.finance.visibleNeed(viewer, id));
  }

  @Query(() => FinancingMatchConnection, {
    description: 'The products matched to the firm’s need, best first, each condition met or missing',
  })
  @Authenticated()
  async financingMatchesForNeed(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('needId', { type: () => ID }) needId: string,
    @Args('includeIneligible', {
      type: () => Boolean,
      nullable: true,
      description: 'Also pairs missing one eligibility condition',
    })
    includeIneligible?: boolean | null,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<FinancingMatchConnection> {
    const page = await this.lending.matchesForNeed(viewer, needId, !!includeIneligible, first, after);
    return mapPage(page, (m) => this.mapper.match(ctx, m));
  }

  @Query(() => FinancingMatchConnection, { description: 'The needs matched to the bank’s product, best first' })
  @Authenticated()
  async financingMatchesForProduct(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('productId', { type: () => ID }) productId: string,
    @Args('includeIneligible', { type: () => Boolean, nullable: true }) includeIneligible?: boolean | null,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<FinancingMatchConnection> {
    const page = await this.lending.matchesForProduct(viewer, productId, !!includeIneligible, first, after);
    return mapPage(page, (m) => this.mapper.match(ctx, m));
  }

  @Query(() => [SharedDealObject], {
    description: `The firm’s confirmed signed sales it may show a bank behind an order-financing need (newest ${MAX_SHARED_DEALS})`,
  })
  @Authenticated()
  async myConfirmedSales(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
  ): Promise<SharedDealObject[]> {
    return this.mapper.sales(ctx, await this.lending.myConfirmedSales(viewer));
  }

  @Mutation(() => FinancingProductObject, {
    description: 'A verified financial institution publishes a financing product',
  })
  @Authenticated()
  async createFinancingProduct(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('input') input: FinancingProductInput,
  ): Promise<FinancingProductObject> {
    return this.mapper.product(ctx, await this.finance.createProduct(viewer, input));
  }

  @Mutation(() => FinancingProductObject, { description: 'The bank changes (or closes: status CLOSED) its product' })
  @Authenticated()
  async updateFinancingProduct(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: FinancingProductInput,
  ): Promise<FinancingProductObject> {
    return this.mapper.product(ctx, await this.finance.updateProduct(viewer, id, input));
  }

  @Mutation(() => FinancingNeedObject, { description: 'A firm posts a financing need; it is matched at once' })
  @Authenticated()
  async createFinancingNeed(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('input') input: FinancingNeedInput,
  ): Promise<FinancingNeedObject> {
    return this.mapper.need(ctx, await this.finance.createNeed(viewer, input));
  }

  @Mutation(() => FinancingNeedObject, { description: 'The firm changes (or closes) its need' })
  @Authenticated()
  async updateFinancingNeed(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: FinancingNeedInput,
  ): Promise<FinancingNeedObject> {
    return this.mapper.need(ctx, await this.finance.updateNeed(viewer, id, input));
  }

  @Mutation(() => FinancingDealShareObject, {
    description:
      '订单融资: the firm lets one bank see chosen confirmed signed deals behind its need (replaces a standing consent)',
  })
  @Authenticated()
  async shareDealsWithLender(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('input') input: ShareDealsWithLenderInput,
  ): Promise<FinancingDealShareObject> {
    return this.mapper.share(ctx, await this.lending.shareDeals(viewer, input));
  }

  @Mutation(() => FinancingDealShareObject, {
    description: 'The firm withdraws its consent; the bank sees the deals no more',
  })
  @Authenticated()
  async withdrawDealShare(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<FinancingDealShareObject> {
    return this.mapper.share(ctx, await this.lending.withdrawShare(viewer, id));
  }

  @Mutation(() => FinancingMatchObject, {
    description:
      'The product’s bank records the loan: ACCEPTED 受理 → APPROVED 审批 → DISBURSED 已放款 (amountCny), or REJECTED 未通过',
  })
  @Authenticated()
  async recordLoanOutcome(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('needId', { type: () => ID }) needId: string,
    @Args('productId', { type: () => ID }) productId: string,
    @Args('stage', { type: () => LoanStage }) stage: LoanStage,
    @Args('amountCny', { type: () => DecimalScalarType, nullable: true }) amountCny?: string | null,
  ): Promise<FinancingMatchObject> {
    return this.mapper.match(ctx, await this.lending.recordLoan(viewer, needId, productId, stage, amountCny));
  }
}
