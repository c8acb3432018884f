import { Injectable } from '@nestjs/common';

import { Viewer } from '@duijie/accounts';
import { EventAccess } from '@duijie/events';
import { RoundTableFigures, RoundTableReportRow, RoundTablesService } from '@duijie/meetings';
import { ChainCategory, ReferenceService, Sector } from '@duijie/reference';
import { ResearchReportService, TechnologyContractFigures } from '@duijie/research';

import { FunnelRow, OutcomesRepository } from './outcomes.repository';

export interface EventReport {
  /** Not a GraphQL field: lets field resolvers of higher libs (loans …) add their part of the report. */
  eventId: string;
  funnel: Omit<FunnelRow, 'localAmountCny'>;
  bySector: { sector: Sector; firms: number; contracts: number; amountCny: string }[];
  byCategory: { category: ChainCategory; firms: number; contracts: number; amountCny: string }[];
  localSupplyShare: number | null;
  chainGaps: { category: ChainCategory; demands: number; firms: number; examples: string[] }[];
  /** 圆桌对接: round tables, seats offered and taken. */
  roundTables: RoundTableFigures;
  /** Each round table (for the workbook's sheet). */
  roundTableRows: RoundTableReportRow[];
  technologyContracts: TechnologyContractFigures;
}

/** Exact ratio of two decimal strings (cents as BigInt), rounded to 4 places. */
export function decimalShare(part: string, whole: string): number | null {
  const cents = (s: string) => {
    const [i, f = ''] = s.split('.');
    return BigInt(i) * 100n + BigInt((f + '00').slice(0, 2));
  };
  const w = cents(whole);
  if (w === 0n) return null;
  return Number((cents(part) * 10_000n + w / 2n) / w) / 10_000;
}

/** The numbers an organiser publishes after an event. */
@Injectable()
export class ReportService {
  constructor(
    private readonly repository: OutcomesRepository,
    private readonly access: EventAccess,
    private readonly reference: ReferenceService,
    private readonly roundTables: RoundTablesService,
    private readonly research: ResearchReportService,
  ) {}

  async report(viewer: Viewer, eventId: string): Promise<EventReport> {
    const event = await this.access.organisedEvent(viewer, eventId);
    const [funnel, sectors, categories, gaps, roundTables, roundTableRows, technologyContracts] = await Promise.all([
      this.repository.funnel(event.id, event.endsAt),
      this.repository.bySector(event.id),
      this.repository.byCategory(event.id),
      this.repository.chainGaps(event.id, viewer),
      this.roundTables.figures(event.id),
      this.roundTables.rows(event.id),
      this.research.eventFigures(event.id),
    ]);
    const { localAmountCny, ...counts } = funnel;
    const category = (code: string) => this.reference.category(code);
    return {
      eventId: event.id,
      funnel: counts,
      bySector: sectors.map((s) => ({
        sector: s.key as Sector,
        firms: s.firms,
        contracts: s.contracts,
        amountCny: s.amountCny,
      })),
      byCategory: categories
        .filter((c) => category(c.key))
        .map((c) => ({ category: category(c.key)!, firms: c.firms, contracts: c.contracts, amountCny: c.amountCny })),
      localSupplyShare: decimalShare(localAmountCny, funnel.signedAmountCny),
      chainGaps: gaps
        .filter((g) => category(g.categoryCode))
        .map((g) => ({
          category: category(g.categoryCode)!,
          demands: g.demands,
          firms: g.firms,
          examples: g.examples,
        })),
      roundTables,
      roundTableRows,
      technologyContracts,
    };
  }
}
