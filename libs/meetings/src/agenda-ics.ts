import { shanghaiDate, shanghaiTime } from './slots';

/** One entry of a calendar: a meeting as its party sees it. */
export interface AgendaEntry {
  id: string;
  startsAt: Date;
  endsAt: Date;
  table: string;
  counterpart: string;
  updatedAt: Date;
  /** A round table (圆桌) the firm hosts or sits at, instead of a one-to-one meeting; `counterpart` is its host. */
  roundTable?: { topic: string };
}

/** iCalendar TEXT escaping (RFC 5545 §3.3.11). */
function text(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets without splitting a UTF-8 character (RFC 5545 §3.1). */
function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    const limit = out.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

const utcStamp = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
const localStamp = (d: Date) => `${shanghaiDate(d).replace(/-/g, '')}T${shanghaiTime(d).replace(':', '')}00`;

/** The caller's meetings and round tables as an iCalendar file, in Asia/Shanghai time, table and counterpart in each entry. */
export function agendaCalendar(
  event: { id: string; title: string; venue: string },
  firmName: string,
  entries: AgendaEntry[],
): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Duijie//Docking event agenda//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${text(`${event.title} · ${firmName}`)}`,
    'X-WR-TIMEZONE:Asia/Shanghai',
    'BEGIN:VTIMEZONE',
    'TZID:Asia/Shanghai',
    'BEGIN:STANDARD',
    'DTSTART:19700101T000000',
    'TZOFFSETFROM:+0800',
    'TZOFFSETTO:+0800',
    'TZNAME:CST',
    'END:STANDARD',
    'END:VTIMEZONE',
  ];
  for (const e of entries) {
    if (e.roundTable) {
      lines.push(
        'BEGIN:VEVENT',
        `UID:round-table-${e.id}@duijie`,
        `DTSTAMP:${utcStamp(e.updatedAt)}`,
        `DTSTART;TZID=Asia/Shanghai:${localStamp(e.startsAt)}`,
        `DTEND;TZID=Asia/Shanghai:${localStamp(e.endsAt)}`,
        `SUMMARY:${text(`圆桌：${e.roundTable.topic}（${e.table}）`)}`,
        `LOCATION:${text(`${event.venue} ${e.table}`)}`,
        `DESCRIPTION:${text(`${event.title}\n圆桌主题：${e.roundTable.topic}\n主办方：${e.counterpart}\n桌号：${e.table}`)}`,
        'END:VEVENT',
      );
      continue;
    }
    lines.push(
      'BEGIN:VEVENT',
      `UID:meeting-${e.id}@duijie`,
      `DTSTAMP:${utcStamp(e.updatedAt)}`,
      `DTSTART;TZID=Asia/Shanghai:${localStamp(e.startsAt)}`,
      `DTEND;TZID=Asia/Shanghai:${localStamp(e.endsAt)}`,
      `SUMMARY:${text(`洽谈：${e.counterpart}（${e.table}）`)}`,
      `LOCATION:${text(`${event.venue} ${e.table}`)}`,
      `DESCRIPTION:${text(`${event.title}\n洽谈对象：${e.counterpart}\n桌号：${e.table}`)}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}
