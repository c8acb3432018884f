import ExcelJS from 'exceljs';

import type { EventSlot } from './slots';
import { shanghaiDate, shanghaiTime } from './slots';

export interface GridMeeting {
  startsAt: Date;
  table: string;
  parties: [string, string];
  published: boolean;
}

export interface Participant {
  name: string;
  creditCode: string;
  region: string;
  status: string;
  meetings: number;
}

/**
 * The organisers' printable schedule: one sheet per session (tables down, slots across, the two
 * firms in each cell) and a participant list.
 */
export async function scheduleWorkbook(
  event: { title: string; venue: string; tables: { label: string }[] },
  sessions: { title: string }[],
  slots: EventSlot[],
  meetings: GridMeeting[],
  participants: Participant[],
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Duijie';
  const at = new Map(meetings.map((meeting) => [`${meeting.startsAt.getTime()}|${meeting.table}`, meeting]));
  const used = new Set<string>();
  sessions.forEach((session, index) => {
    const name = sheetName(`${index + 1} ${session.title}`, used);
    const sheet = book.addWorksheet(name, {
      pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    const own = slots.filter((s) => s.session === index);
    sheet.addRow([`${event.title} · ${session.title}`]).font = { bold: true, size: 14 };
    sheet.addRow([`${event.venue}  ${own.length ? shanghaiDate(own[0].start) : ''}`]);
    const header = sheet.addRow(['桌号', ...own.map((s) => `${shanghaiTime(s.start)}–${shanghaiTime(s.end)}`)]);
    header.font = { bold: true };
    for (const table of event.tables) {
      const row = sheet.addRow([table.label, ...own.map((s) => cell(at.get(`${s.start.getTime()}|${table.label}`)))]);
      row.alignment = { wrapText: true, vertical: 'top' };
    }
    sheet.getColumn(1).width = 10;
    own.forEach((_, i) => (sheet.getColumn(i + 2).width = 24));
    sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: 3 }];
  });
  const list = book.addWorksheet(sheetName('参会企业', used));
  list.addRow(['企业名称', '统一社会信用代码', '地区', '报名状态', '洽谈场数']).font = { bold: true };
  for (const p of participants) list.addRow([p.name, p.creditCode, p.region, p.status, p.meetings]);
  [36, 24, 24, 12, 10].forEach((w, i) => (list.getColumn(i + 1).width = w));
  return Buffer.from(await book.xlsx.writeBuffer());
}

function cell(meeting: GridMeeting | undefined): string {
  if (!meeting) return '';
  return `${meeting.parties[0]}\n× ${meeting.parties[1]}${meeting.published ? '' : '\n（未发布）'}`;
}

/** Excel sheet names: at most 31 characters, none of []:*?/\, unique. */
function sheetName(raw: string, used: Set<string>): string {
  const base =
    raw
      .replace(/[[\]:*?/\\]/g, ' ')
      .slice(0, 28)
      .trim() || 'Sheet';
  let name = base;
  for (let n = 2; used.has(name); n++) name = `${base} ${n}`;
  used.add(name);
  return name;
}
