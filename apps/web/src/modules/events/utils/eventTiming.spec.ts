import { registrationOpen, splitByTime } from './eventTiming';

describe('event timing', () => {
  const now = new Date('2026-06-01T00:00:00Z');
  const e = (id: string, startsAt: string, endsAt: string) => ({ id, startsAt, endsAt });

  it('splits upcoming (soonest first, including one under way) from past (latest first)', () => {
    const { upcoming, past } = splitByTime(
      [
        e('a', '2026-07-01T01:00:00Z', '2026-07-01T09:00:00Z'),
        e('b', '2026-05-31T20:00:00Z', '2026-06-01T08:00:00Z'),
        e('c', '2020-05-29T01:00:00Z', '2020-05-29T09:00:00Z'),
        e('d', '2021-05-29T01:00:00Z', '2021-05-29T09:00:00Z'),
      ],
      now,
    );
    expect(upcoming.map((x) => x.id)).toEqual(['b', 'a']);
    expect(past.map((x) => x.id)).toEqual(['d', 'c']);
  });

  it('closes registration at its deadline, or at the start', () => {
    expect(
      registrationOpen({ startsAt: '2026-07-01T00:00:00Z', registrationClosesAt: '2026-05-01T00:00:00Z' }, now),
    ).toBe(false);
    expect(registrationOpen({ startsAt: '2026-07-01T00:00:00Z' }, now)).toBe(true);
  });
});
