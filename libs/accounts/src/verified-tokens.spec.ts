import { VerifiedTokens } from './verified-tokens';

describe('VerifiedTokens', () => {
  let now = 1_000;
  const tokens = (max = 2) => new VerifiedTokens<{ sub: string; exp?: number }>(max, () => now);
  beforeEach(() => (now = 1_000));

  it('answers a checked token only before its expiry, then forgets it', () => {
    const t = tokens();
    t.set('a', { sub: 'u', exp: 1_010 });
    expect(t.get('a')?.sub).toBe('u');
    now = 1_009;
    expect(t.get('a')?.sub).toBe('u');
    // jsonwebtoken's rule: expired from the second `exp` names.
    now = 1_010;
    expect(t.get('a')).toBeUndefined();
    expect(t.size).toBe(0);
  });

  it('never keeps a token without an expiry, nor one it was not given', () => {
    const t = tokens();
    t.set('a', { sub: 'u' });
    expect(t.get('a')).toBeUndefined();
    expect(t.get('b')).toBeUndefined();
  });

  it('holds at most `max` tokens, the oldest stored leaving first', () => {
    const t = tokens(2);
    for (const k of ['a', 'b', 'c']) t.set(k, { sub: k, exp: 2_000 });
    expect(t.size).toBe(2);
    expect(t.get('a')).toBeUndefined();
    expect(t.get('c')?.sub).toBe('c');
  });
});
