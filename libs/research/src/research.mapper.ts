import { Injectable } from '@nestjs/common';

import { Access, RequestContext } from '@duijie/accounts';
import { EnterpriseLoader, toEnterpriseObject } from '@duijie/enterprises';
import { EventsService, toEventObject } from '@duijie/events';
import { ReferenceService } from '@duijie/reference';

import {
  TechnologyContractObject,
  TechnologyMatchObject,
  TechnologyNeedObject,
  TechnologyResultObject,
} from './research.dto';
import { ResearchRepository } from './research.repository';
import { TechnologyContractEntity } from './technology-contract.entity';
import { TechnologyContractsService } from './technology-contracts.service';
import { TechnologyMatchEntity } from './technology-match.entity';
import { TechnologyNeedEntity } from './technology-need.entity';
import { TechnologyResultEntity } from './technology-result.entity';

/** Entities of 产学研对接 to GraphQL objects; firms through the request's DataLoader. */
@Injectable()
export class ResearchMapper {
  constructor(
    private readonly enterprises: EnterpriseLoader,
    private readonly events: EventsService,
    private readonly reference: ReferenceService,
    private readonly repository: ResearchRepository,
  ) {}

  private firm(ctx: RequestContext, id: string) {
    return async () => toEnterpriseObject((await this.enterprises.of(ctx).load(id))!);
  }

  result(ctx: RequestContext, r: TechnologyResultEntity): TechnologyResultObject {
    return {
      id: r.id,
      enterprise: this.firm(ctx, r.enterpriseId),
      title: r.title,
      description: r.description,
      categories: r.categoryCodes.map((c) => this.reference.category(c)).filter((c) => !!c),
      maturity: r.maturity,
      ipRights: r.ipRights,
      cooperationModes: r.cooperationModes,
      priceCny: r.priceCny,
      open: r.open,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
    };
  }

  need(ctx: RequestContext, n: TechnologyNeedEntity): TechnologyNeedObject {
    return {
      id: n.id,
      enterprise: this.firm(ctx, n.enterpriseId),
      title: n.title,
      problem: n.problem,
      category: this.reference.category(n.categoryCode) ?? null,
      budgetCny: n.budgetCny,
      deadline: n.deadline,
      minMaturity: n.minMaturity,
      event: async () => (n.eventId ? toEventObject((await this.events.get(n.eventId))!) : null),
      open: n.open,
      createdAt: n.createdAt,
      updatedAt: n.updatedAt,
    };
  }

  /** A page of matches: their results and needs in one statement each. */
  async matches(ctx: RequestContext, rows: TechnologyMatchEntity[]): Promise<TechnologyMatchObject[]> {
    const [results, needs] = await Promise.all([
      this.repository.resultsByIds([...new Set(rows.map((r) => r.resultId))]),
      this.repository.needsByIds([...new Set(rows.map((r) => r.needId))]),
    ]);
    const r = new Map(results.map((x) => [x.id, x]));
    const n = new Map(needs.map((x) => [x.id, x]));
    return rows.map((x) => ({
      score: x.score,
      reasons: x.reasons,
      result: this.result(ctx, r.get(x.resultId)!),
      need: this.need(ctx, n.get(x.needId)!),
    }));
  }

  /** Contracts with their results and needs read in one statement each. */
  async contracts(ctx: RequestContext, rows: TechnologyContractEntity[]): Promise<TechnologyContractObject[]> {
    const [results, needs] = await Promise.all([
      this.repository.resultsByIds([...new Set(rows.map((c) => c.resultId))]),
      this.repository.needsByIds([...new Set(rows.map((c) => c.needId))]),
    ]);
    const r = new Map(results.map((x) => [x.id, x]));
    const n = new Map(needs.map((x) => [x.id, x]));
    return rows.map((c) => this.contract(ctx, c, r.get(c.resultId), n.get(c.needId)));
  }

  contract(
    ctx: RequestContext,
    c: TechnologyContractEntity,
    result?: TechnologyResultEntity,
    need?: TechnologyNeedEntity,
  ): TechnologyContractObject {
    return {
      id: c.id,
      result: async () => this.result(ctx, result ?? (await this.repository.result(c.resultId))!),
      need: async () => this.need(ctx, need ?? (await this.repository.need(c.needId))!),
      research: this.firm(ctx, c.researchEnterpriseId),
      firm: this.firm(ctx, c.firmEnterpriseId),
      proposedBy: this.firm(ctx, c.proposedByEnterpriseId),
      amountCny: c.amountCny,
      mode: c.mode,
      signedOn: c.signedOn,
      status: c.status,
      event: async () => (c.eventId ? toEventObject((await this.events.get(c.eventId))!) : null),
      awaitingMyConfirmation: Access.isMemberOf(ctx.viewer, TechnologyContractsService.awaiting(c)),
      createdAt: c.createdAt,
    };
  }
}
