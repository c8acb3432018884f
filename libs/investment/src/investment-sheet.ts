import type { ReportSheet } from '@duijie/outcomes';

import type { InvestmentFigureObject, InvestmentSummaryObject } from './investment.objects';

/** report.xlsx's 招商 sheet: signed and landed investment, in total and per sector, category and region. */
export function investmentSheet(s: InvestmentSummaryObject): ReportSheet {
  const row = (group: string, f: InvestmentFigureObject) => [
    group,
    f.name,
    f.signed,
    f.signedAmountCny,
    f.landed,
    f.landedAmountCny,
  ];
  return {
    name: '招商',
    header: ['分组', '名称', '签约项目', '签约金额（元）', '落地项目', '落地金额（元）'],
    rows: [
      row('合计', s.total),
      ...s.bySector.map((f) => row('产业', f)),
      ...s.byCategory.map((f) => row('产业链环节', f)),
      ...s.byRegion.map((f) => row('地区', f)),
    ],
    widths: [12, 24, 10, 18, 10, 18],
  };
}
