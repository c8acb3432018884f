/**
 * Dates and times as a person in China reads them in a sentence: Asia/Shanghai (UTC+8, no
 * daylight saving), Chinese date words, 24-hour clock. Messages, notifications, e-mails and error
 * texts use these; never a UTC ISO string. Tables and files keep ISO forms (`2027-12-31`).
 */
const SHANGHAI_OFFSET_MS = 8 * 3600_000;
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const two = (n: number) => String(n).padStart(2, '0');

/** The wall clock in Shanghai as UTC fields of a shifted date. */
const local = (d: Date) => new Date(d.getTime() + SHANGHAI_OFFSET_MS);

/** `2027年3月5日`: an instant's date in Shanghai, or a calendar date `YYYY-MM-DD` as it is. */
export function chineseDate(value: Date | string): string {
  if (typeof value === 'string') {
    const match = CALENDAR_DATE.exec(value);
    if (!match) return value;
    return `${Number(match[1])}年${Number(match[2])}月${Number(match[3])}日`;
  }
  const l = local(value);
  return `${l.getUTCFullYear()}年${l.getUTCMonth() + 1}月${l.getUTCDate()}日`;
}

/** `14:30`: an instant's time of day in Shanghai. */
export function chineseClock(d: Date): string {
  const l = local(d);
  return `${two(l.getUTCHours())}:${two(l.getUTCMinutes())}`;
}

/** `2027年3月5日 14:30`. */
export function chineseDateTime(d: Date): string {
  return `${chineseDate(d)} ${chineseClock(d)}`;
}

/** `2027年3月5日 14:30–14:50`, or both dates in full when the span crosses midnight in Shanghai. */
export function chineseTimeRange(start: Date, end: Date): string {
  return chineseDate(start) === chineseDate(end)
    ? `${chineseDateTime(start)}–${chineseClock(end)}`
    : `${chineseDateTime(start)} 至 ${chineseDateTime(end)}`;
}
