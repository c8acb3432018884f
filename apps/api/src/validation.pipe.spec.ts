import { fieldsWithInvalidDate } from './validation.pipe';

describe('DateTime values that did not parse', () => {
  it('names each field holding an Invalid Date, in nested inputs and lists', () => {
    const input = {
      title: '对接会',
      startsAt: new Date('2027年3月5日'),
      endsAt: new Date('2027-03-05T17:00:00+08:00'),
      sessions: [{ startsAt: new Date('2027-03-05T09:00:00+08:00') }, { endsAt: new Date('明天') }],
    };
    expect(fieldsWithInvalidDate(input, 'input')).toEqual(['startsAt', 'endsAt']);
    expect(fieldsWithInvalidDate([new Date('x')], 'slotStarts')).toEqual(['slotStarts']);
    expect(fieldsWithInvalidDate(new Date(0), 'at')).toEqual([]);
  });
});
