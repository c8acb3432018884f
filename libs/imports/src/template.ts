import ExcelJS from 'exceljs';

import { CHAIN_DATA, UNITS } from '@duijie/reference';

import { COLUMNS } from './columns';

/** The listings template: the columns with an example row, and a sheet of valid codes and units. */
export async function listingsTemplate(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Duijie';
  const sheet = book.addWorksheet('供需信息');
  sheet.addRow(COLUMNS.map((c) => c.header)).font = { bold: true };
  sheet.addRow(COLUMNS.map((c) => c.example));
  COLUMNS.forEach((c, i) => {
    sheet.getColumn(i + 1).width = Math.max(12, [...c.header].length * 2 + 2);
    if (c.required) sheet.getCell(1, i + 1).note = '必填';
  });
  sheet.getColumn(COLUMNS.findIndex((c) => c.field === 'creditCode') + 1).numFmt = '@';
  sheet.views = [{ state: 'frozen', ySplit: 1 }];

  const codes = book.addWorksheet('类别代码与单位');
  codes.addRow(['产品类别代码', '产业链环节', '', '单位', '单位类型']).font = { bold: true };
  const units = UNITS;
  const n = Math.max(CHAIN_DATA.categories.length, units.length);
  for (let i = 0; i < n; i++) {
    const c = CHAIN_DATA.categories[i];
    const u = units[i];
    codes.addRow([c?.code ?? '', c?.name ?? '', '', u?.code ?? '', u?.kind ?? '']);
  }
  [14, 30, 4, 10, 12].forEach((w, i) => (codes.getColumn(i + 1).width = w));
  return Buffer.from(await book.xlsx.writeBuffer());
}
