import type ExcelJS from 'exceljs';

import type { InvestmentFigureObject, InvestmentSummaryObject } from './investment.objects';

/** report.xlsx's 招商 sheet: signed and landed investment in total, per sector, category and region. */
export function investmentSheet(book: ExcelJS.Workbook, s: InvestmentSummaryObject): void {
  const sheet = book.addWorksheet('招商');
  const head = ['分组', '名称', '签约项目', '签约金额（元）', '落地项目', '落地金额（元）'];
  const row = (group: string, f: InvestmentFigureObject) =>
    sheet.addRow([group, f.name, f.signed, f.signedAmountCny, f.landed, f.landedAmountCny]);
  sheet.addRow(head).font = { bold: true };
  row('合计', s.total);
  for (const f of s.bySector) row('产业', f);
  for (const f of s.byCategory) row('产业链环节', f);
  for (const f of s.byRegion) row('地区', f);
  [12, 24, 10, 18, 10, 18].forEach((w, i) => (sheet.getColumn(i + 1).width = w));
}
