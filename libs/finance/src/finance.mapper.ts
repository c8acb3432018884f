import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';

import { loaderOf, RequestContext, Viewer } from '@duijie/accounts';
import { EnterpriseLoader, toEnterpriseObject } from '@duijie/enterprises';
import { EventsService, toEventObject } from '@duijie/events';
import { ConfirmedSale } from '@duijie/outcomes';
import { Sector } from '@duijie/reference';

import { FinancingDealShareEntity } from './deal-share.entity';
import {
  FinancingDealShareObject,
  FinancingMatchObject,
  FinancingNeedObject,
  FinancingProductObject,
  SharedDealObject,
} from './finance.dto';
import { FinanceRepository } from './finance.repository';
import { FinancingMatchEntity } from './financing-match.entity';
import { FinancingNeedEntity } from './financing-need.entity';
import { FinancingProductEntity } from './financing-product.entity';
import { LendingService } from './lending.service';

/** Entities to GraphQL objects for one request; nested parts load only when selected. */
@Injectable()
export class FinanceMapper {
  constructor(
    private readonly enterprises: EnterpriseLoader,
    private readonly events: EventsService,
    private readonly repository: FinanceRepository,
    private readonly lending: LendingService,
  ) {}

  private firm(ctx: RequestContext, id: string) {
    return async () => toEnterpriseObject((await this.enterprises.of(ctx).load(id))!);
  }

  product(ctx: RequestContext, p: FinancingProductEntity): FinancingProductObject {
    return {
      id: p.id,
      lender: this.firm(ctx, p.lenderEnterpriseId),
      name: p.name,
      minAmountCny: p.minAmountCny,
      maxAmountCny: p.maxAmountCny,
      minAnnualRate: Number(p.minAnnualRate),
      maxAnnualRate: Number(p.maxAnnualRate),
      minTermMonths: p.minTermMonths,
      maxTermMonths: p.maxTermMonths,
      guaranteeTypes: p.guaranteeTypes,
      sectors: p.sectors as Sector[],
      regionCodes: p.regionCodes,
      scales: p.scales,
      description: p.description,
      status: p.status,
      createdAt: p.createdAt,
      updatedAt: p.updatedAt,
    };
  }

  need(ctx: RequestContext, n: FinancingNeedEntity): FinancingNeedObject {
    const viewer: Viewer | null = ctx.viewer;
    return {
      id: n.id,
      enterprise: this.firm(ctx, n.enterpriseId),
      event: async () => (n.eventId ? toEventObject((await this.events.get(n.eventId))!) : null),
      amountCny: n.amountCny,
      purpose: n.purpose,
      termMonths: n.termMonths,
      guaranteeTypes: n.guaranteeTypes,
      scale: n.scale,
      sector: n.sector as Sector,
      regionCode: n.regionCode,
      confidential: n.confidential,
      status: n.status,
      createdAt: n.createdAt,
      sharedDeals: async () => this.sales(ctx, await this.lending.sharedDeals(viewer, n)),
      dealShares: async () => (await this.lending.sharesOf(viewer, n)).map((s) => this.share(ctx, s)),
    };
  }

  /** Confirmed sales with their buyers' names (the counterpart, as the contract names it). */
  async sales(ctx: RequestContext, deals: ConfirmedSale[]): Promise<SharedDealObject[]> {
    const firms = await this.enterprises.of(ctx).loadMany(deals.map((d) => d.counterpartEnterpriseId));
    return deals.map((d, i) => ({
      dealId: d.id,
      counterpartName: (firms[i] as { name?: string } | null)?.name ?? '',
      amountCny: d.amountCny,
      stage: d.stage,
      agreedAt: d.agreedAt,
    }));
  }

  share(ctx: RequestContext, s: FinancingDealShareEntity): FinancingDealShareObject {
    return {
      id: s.id,
      needId: s.needId,
      lender: this.firm(ctx, s.lenderEnterpriseId),
      productId: s.productId,
      dealIds: s.dealIds,
      createdAt: s.createdAt,
      withdrawnAt: s.withdrawnAt,
    };
  }

  /** A match; its need and product were already checked visible by the list that holds it. */
  match(ctx: RequestContext, m: FinancingMatchEntity): FinancingMatchObject {
    return {
      need: async () =>
        this.need(
          ctx,
          (await this.loader(ctx, 'financingNeed', (ids) => this.repository.needsByIds(ids)).load(m.needId))!,
        ),
      product: async () =>
        this.product(
          ctx,
          (await this.loader(ctx, 'financingProduct', (ids) => this.repository.productsByIds(ids)).load(m.productId))!,
        ),
      eligible: m.eligible,
      score: Number(m.score),
      conditions: m.conditions,
      loanStage: m.loanStage,
      loanAmountCny: m.loanAmountCny,
      loanUpdatedAt: m.loanUpdatedAt,
    };
  }

  private loader<T extends { id: string }>(
    ctx: RequestContext,
    key: string,
    load: (ids: readonly string[]) => Promise<T[]>,
  ) {
    return loaderOf(
      ctx,
      key,
      () =>
        new DataLoader<string, T | null>(async (ids) => {
          const byId = new Map((await load(ids)).map((r) => [r.id, r]));
          return ids.map((id) => byId.get(id) ?? null);
        }),
    );
  }
}
