import { Injectable, OnModuleInit } from '@nestjs/common';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { EventReportObject, ReportSheet, ReportSheets } from '@duijie/outcomes';
import { ReferenceService, Sector, SECTOR_NAMES } from '@duijie/reference';

import { LoanReportObject } from './finance.dto';
import { FinanceRepository } from './finance.repository';

/** 政银企 in the event report: needs raised at the event and loans disbursed for them. */
@Injectable()
export class LoanReportService implements OnModuleInit {
  constructor(
    private readonly repository: FinanceRepository,
    private readonly reference: ReferenceService,
    private readonly sheets: ReportSheets,
  ) {}

  onModuleInit(): void {
    this.sheets.register({ sheets: (eventId) => this.sheetsOf(eventId) });
  }

  async report(eventId: string): Promise<LoanReportObject> {
    const [totals, sectors, regions] = await Promise.all([
      this.repository.loanTotals(eventId),
      this.repository.loansBy(eventId, 'sector'),
      this.repository.loansBy(eventId, 'prefecture'),
    ]);
    return {
      ...totals,
      bySector: sectors.map((s) => ({ ...s, name: SECTOR_NAMES[s.key as Sector] ?? s.key })),
      byRegion: regions.map((r) => ({ ...r, name: this.reference.regionNames(r.key).join('') || r.key })),
    };
  }

  private async sheetsOf(eventId: string): Promise<ReportSheet[]> {
    const r = await this.report(eventId);
    const rows: (string | number)[][] = [
      ['融资需求', r.needs, r.needAmountCny],
      ['有匹配产品的需求', r.matchedNeeds, ''],
      ['已放款', r.loans, r.amountCny],
      ...r.bySector.map((s) => [`行业：${s.name}`, s.loans, s.amountCny]),
      ...r.byRegion.map((g) => [`地区：${g.name}`, g.loans, g.amountCny]),
    ];
    return [{ name: '政银企对接', header: ['项目', '笔数', '金额（元）'], rows, widths: [30, 10, 18] }];
  }
}

/** `EventReport.loans`: the report was already checked as the organiser's by `eventReport`. */
@Resolver(() => EventReportObject)
export class EventReportLoansResolver {
  constructor(private readonly loanReports: LoanReportService) {}

  @ResolveField(() => LoanReportObject, {
    description: '政银企对接: financing needs raised at the event and loans disbursed',
  })
  loans(@Parent() report: EventReportObject): Promise<LoanReportObject> {
    return this.loanReports.report(report.eventId);
  }
}
