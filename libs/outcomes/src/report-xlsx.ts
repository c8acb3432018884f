import ExcelJS from 'exceljs';

import { chineseTimeRange } from '@duijie/common';
import { SECTOR_NAMES } from '@duijie/reference';

import type { EventReport } from './report.service';
import type { ReportSheet } from './report-sheets';

/** The event report as a workbook: funnel, per sector, per chain category, chain gaps. Amounts stay exact (text cells). */
export async function reportWorkbook(
  title: string,
  r: EventReport,
  more: readonly ReportSheet[] = [],
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Duijie';
  const funnel = book.addWorksheet('漏斗');
  funnel.addRow([`${title} · 成效报告`]).font = { bold: true, size: 14 };
  funnel.addRow(['环节', '数量', '金额（元）']).font = { bold: true };
  const f = r.funnel;
  const rows: [string, number, string?][] = [
    ['报名企业', f.registrations],
    ['审核通过', f.approved],
    ['参会企业间匹配建议', f.suggestions],
    ['洽谈请求', f.meetingRequests],
    ['已接受', f.accepted],
    ['已签到企业', f.checkedIn],
    ['已排入日程', f.placed],
    ['其中现场加入', f.walkIns],
    ['已举行', f.held],
    ['缺席', f.noShows],
    ['意向', f.intents],
    ['签约', f.signed, f.signedAmountCny],
    ['履约', f.fulfilled, f.fulfilledAmountCny],
    ['待主办方核实的合作（未计入）', f.dealsAwaitingReview],
  ];
  for (const row of rows) funnel.addRow(row);
  funnel.addRow(['本地配套率', r.localSupplyShare === null ? '—' : `${(r.localSupplyShare * 100).toFixed(2)}%`]);
  [22, 10, 18].forEach((w, i) => (funnel.getColumn(i + 1).width = w));

  const sectors = book.addWorksheet('分产业');
  sectors.addRow(['产业', '参会企业', '签约项目', '签约金额（元）']).font = { bold: true };
  for (const s of r.bySector) sectors.addRow([SECTOR_NAMES[s.sector] ?? s.sector, s.firms, s.contracts, s.amountCny]);
  [18, 10, 10, 18].forEach((w, i) => (sectors.getColumn(i + 1).width = w));

  const categories = book.addWorksheet('分产业链环节');
  categories.addRow(['代码', '产业链环节', '参会企业', '签约项目', '签约金额（元）']).font = { bold: true };
  for (const c of r.byCategory)
    categories.addRow([c.category.code, c.category.name, c.firms, c.contracts, c.amountCny]);
  [8, 28, 10, 10, 18].forEach((w, i) => (categories.getColumn(i + 1).width = w));

  const gaps = book.addWorksheet('缺链');
  gaps.addRow(['代码', '产业链环节', '未找到合适供方的需求', '涉及企业', '需求举例']).font = { bold: true };
  for (const g of r.chainGaps)
    gaps.addRow([g.category.code, g.category.name, g.demands, g.firms, g.examples.join('；')]);
  [8, 28, 20, 10, 60].forEach((w, i) => (gaps.getColumn(i + 1).width = w));

  const roundTables = book.addWorksheet('圆桌对接');
  const rt = r.roundTables;
  roundTables.addRow([
    `圆桌 ${rt.roundTables} 场，席位 ${rt.seats} 个，已报名 ${rt.seatsTaken} 个（${rt.seatedFirms} 家企业），主办方 ${rt.hosts} 家`,
  ]).font = { bold: true };
  roundTables.addRow(['圆桌主题', '主办方', '桌号', '时间', '席位', '已报名']).font = { bold: true };
  for (const row of r.roundTableRows)
    roundTables.addRow([
      row.topic,
      row.host,
      row.table,
      chineseTimeRange(row.startsAt, row.endsAt),
      row.capacity,
      row.seatsTaken,
    ]);
  [30, 30, 10, 28, 8, 8].forEach((w, i) => (roundTables.getColumn(i + 1).width = w));
  const tech = book.addWorksheet('技术合同');
  const t = r.technologyContracts;
  tech.addRow(['产学研对接 · 双方确认的技术合同']).font = { bold: true };
  tech.addRow(['分组', '名称', '技术合同', '合同金额（元）']).font = { bold: true };
  tech.addRow(['合计', '', t.contracts, t.amountCny]);
  for (const s of t.bySector) tech.addRow(['产业', SECTOR_NAMES[s.sector] ?? s.sector, s.contracts, s.amountCny]);
  for (const c of t.byCategory)
    tech.addRow(['产业链环节', `${c.category.code} ${c.category.name}`, c.contracts, c.amountCny]);
  for (const g of t.byRegion) tech.addRow(['地区', g.region.fullName, g.contracts, g.amountCny]);
  [12, 32, 10, 18].forEach((w, i) => (tech.getColumn(i + 1).width = w));
  // Other libs' parts (ReportSheets).
  for (const extra of more) {
    const sheet = book.addWorksheet(extra.name);
    sheet.addRow(extra.header).font = { bold: true };
    for (const row of extra.rows) sheet.addRow(row);
    extra.widths?.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
