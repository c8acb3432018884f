import { formatCountdown } from './countdown';

describe('formatCountdown', () => {
  it('counts down in minutes and seconds, rounding up the last partial second', () => {
    expect(formatCountdown(10 * 60_000, 0)).toBe('10:00');
    expect(formatCountdown(61_500, 0)).toBe('01:02');
    expect(formatCountdown(1, 0)).toBe('00:01');
  });

  it('shows hours from an hour on, and stops at zero', () => {
    expect(formatCountdown(3_600_000 + 5_000, 0)).toBe('1:00:05');
    expect(formatCountdown(0, 5_000)).toBe('00:00');
  });
});
