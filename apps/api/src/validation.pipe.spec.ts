import { badCharacters, fieldsWithInvalidDate } from './validation.pipe';

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

describe('characters text fields refuse', () => {
  it('names fields with control or direction-override characters, and line breaks in one-line fields', () => {
    const input = {
      name: 'atk公司\r\nEND:VEVENT',
      title: '\u202e酒瓶',
      description: '第一行\n第二行\t（可以）',
      contacts: [{ contactName: '张三\u0007' }],
      note: 'NUL\u0000',
    };
    expect([...badCharacters(input, 'input').keys()]).toEqual(['name', 'title', 'contactName', 'note']);
    expect(badCharacters(input, 'input').get('name')).toContain('不能含换行');
    expect(badCharacters({ description: '换行\r\n可以', title: '求购 酒瓶' }, 'input').size).toBe(0);
  });
});
