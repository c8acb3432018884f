import { Injectable, OnModuleInit } from '@nestjs/common';

import { ReportSheet, ReportSheets, ReportSheetSource } from '@duijie/outcomes';

import { PoliciesService } from './policies.service';

/** report.xlsx's 政策申报 sheet: applications made at the event (not 未通过), by policy. */
@Injectable()
export class PolicyReportSheet implements ReportSheetSource, OnModuleInit {
  constructor(
    private readonly sheetsPort: ReportSheets,
    private readonly service: PoliciesService,
  ) {}

  onModuleInit(): void {
    this.sheetsPort.register(this);
  }

  async sheets(eventId: string): Promise<ReportSheet[]> {
    const byPolicy = await this.service.applicationsAtEvent(eventId);
    return [
      {
        name: '政策申报',
        header: ['惠企政策', '申报企业数'],
        rows: [...byPolicy.map((p) => [p.title, p.count]), ['合计', byPolicy.reduce((n, p) => n + p.count, 0)]],
        widths: [40, 12],
      },
    ];
  }
}
