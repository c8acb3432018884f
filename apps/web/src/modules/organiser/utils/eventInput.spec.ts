import { blankEventFormValues, isoToShanghai, shanghaiToIso, toEventInput } from './eventInput';

describe('event form values', () => {
  it('reads and writes times as Shanghai wall-clock text, whatever the browser zone', () => {
    expect(shanghaiToIso('2030-09-15 09:00')).toBe('2030-09-15T01:00:00.000Z');
    expect(isoToShanghai('2030-09-14T23:30:00.000Z')).toBe('2030-09-15 07:30');
    expect(shanghaiToIso('9月15日')).toBeNull();
    expect(isoToShanghai(null)).toBeNull();
  });

  it('sends a missing time as empty text so the API names the field, and tables with their tags', () => {
    const input = toEventInput({
      ...blankEventFormValues(),
      title: '白酒包装配套对接',
      startsAt: '2030-09-15 09:00',
      tables: [{ label: 'A1', tags: ['interpreter'] }, { label: 'A2' }],
    });
    expect(input).toMatchObject({
      title: '白酒包装配套对接',
      startsAt: '2030-09-15T01:00:00.000Z',
      endsAt: '',
      slotMinutes: 20,
      registrationClosesAt: null,
      tables: [
        { label: 'A1', tags: ['interpreter'] },
        { label: 'A2', tags: [] },
      ],
    });
  });

  it('starts a new event with ten numbered tables', () => {
    expect(
      blankEventFormValues()
        .tables.map((t) => t.label)
        .slice(0, 2),
    ).toEqual(['1号桌', '2号桌']);
  });
});
