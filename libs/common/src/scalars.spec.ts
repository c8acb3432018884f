import { Kind } from 'graphql';

import { parseDateTime, StrictDateTime } from './scalars';

describe('the DateTime scalar', () => {
  it.each([
    ['2027-03-05T14:30:00+08:00', '2027-03-05T06:30:00.000Z'],
    ['2027-03-05T06:30:00Z', '2027-03-05T06:30:00.000Z'],
    ['2027-03-05T06:30:00.123456Z', '2027-03-05T06:30:00.123Z'],
    ['2027-03-05T14:30+0800', '2027-03-05T06:30:00.000Z'],
  ])('reads %s', (text, instant) => {
    expect(parseDateTime(text)?.toISOString()).toBe(instant);
    expect(StrictDateTime.parseValue(text).toISOString()).toBe(instant);
  });

  it.each([
    '2027-02-30T01:00:00+08:00',
    '2027-03-05T01:00:00',
    '2027-03-05',
    '2027-03-05T24:00:00Z',
    '明天上午',
    20270305,
  ])('refuses %s with BAD_USER_INPUT, in Chinese', (value) => {
    expect(parseDateTime(value)).toBeNull();
    expect(() => StrictDateTime.parseValue(value)).toThrow(/须为带时区的 ISO 8601 时间/);
    try {
      StrictDateTime.parseLiteral({ kind: Kind.STRING, value: String(value) });
    } catch (err) {
      expect((err as { extensions: { code: string } }).extensions.code).toBe('BAD_USER_INPUT');
    }
  });

  it('answers Dates and timestamps as ISO 8601 at UTC', () => {
    expect(StrictDateTime.serialize(new Date('2027-03-05T06:30:00Z'))).toBe('2027-03-05T06:30:00.000Z');
    expect(StrictDateTime.serialize('2027-03-05 14:30:00+08')).toBe('2027-03-05T06:30:00.000Z');
  });
});
