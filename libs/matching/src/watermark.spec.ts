import { MAX_COMMIT_LAG_MS, nextWatermark } from './match-engine.service';

const at = (s: number) => new Date(Date.UTC(2026, 11, 1, 8, 0, s));

describe('nextWatermark (where the index refresh reads from next)', () => {
  it('stops at the oldest open transaction, whose rows carry its start when they commit', () => {
    expect(nextWatermark({ now: at(30), oldest: at(12), hidden: false }, at(29))).toEqual(at(12));
  });

  it('moves up to the clock when no transaction is open, whatever the last row read', () => {
    expect(nextWatermark({ now: at(30), oldest: null, hidden: false }, at(3))).toEqual(at(30));
  });

  it('waits for an open transaction at most MAX_COMMIT_LAG_MS', () => {
    const now = new Date(at(0).getTime() + 2 * MAX_COMMIT_LAG_MS);
    expect(nextWatermark({ now, oldest: at(0), hidden: false }, now)).toEqual(
      new Date(now.getTime() - MAX_COMMIT_LAG_MS),
    );
  });

  it('keeps the last row read when other roles’ sessions are hidden', () => {
    expect(nextWatermark({ now: at(30), oldest: at(12), hidden: true }, at(29))).toEqual(at(29));
  });
});
