import { chineseClock, chineseDate, chineseDateTime, chineseTimeRange } from './china-time';

describe('Chinese dates and times (Asia/Shanghai)', () => {
  it('writes an instant in Shanghai time, whatever zone the server runs in', () => {
    expect(chineseDateTime(new Date('2027-03-05T06:30:00Z'))).toBe('2027年3月5日 14:30');
    expect(chineseDateTime(new Date('2027-03-05T14:30:00+08:00'))).toBe('2027年3月5日 14:30');
  });

  it('moves to the next day in Shanghai when UTC is still on the day before', () => {
    const lateUtc = new Date('2026-12-31T16:05:00Z');
    expect(chineseDate(lateUtc)).toBe('2027年1月1日');
    expect(chineseClock(lateUtc)).toBe('00:05');
  });

  it('writes calendar dates without zone arithmetic, and leaves other text alone', () => {
    expect(chineseDate('2027-12-31')).toBe('2027年12月31日');
    expect(chineseDate('2027-01-09')).toBe('2027年1月9日');
    expect(chineseDate('明年')).toBe('明年');
  });

  it('writes a span on one day once, and both ends of a span across midnight', () => {
    expect(chineseTimeRange(new Date('2027-03-05T01:30:00Z'), new Date('2027-03-05T01:50:00Z'))).toBe(
      '2027年3月5日 09:30–09:50',
    );
    expect(chineseTimeRange(new Date('2027-03-05T15:30:00Z'), new Date('2027-03-05T16:30:00Z'))).toBe(
      '2027年3月5日 23:30 至 2027年3月6日 00:30',
    );
  });

  it('never contains an ISO form', () => {
    for (const ms of [0, 1_800_000_000_000, 2_000_000_000_123]) {
      const text = chineseTimeRange(new Date(ms), new Date(ms + 1_200_000));
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}|T\d{2}:|Z\b/);
    }
  });
});
