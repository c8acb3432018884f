import { accountState, PasswordResetTokens, RESET_LINK_SECONDS } from './password-reset';

describe('PasswordResetTokens', () => {
  const tokens = new PasswordResetTokens('a-server-secret-of-thirty-two-chars!');
  const user = '6f1c2b9e-3a4d-4e5f-8a7b-1c2d3e4f5a6b';
  const hash = accountState({ passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA', tokenVersion: 3 });
  const now = 1_800_000_000;
  const expires = now + RESET_LINK_SECONDS;

  it('verifies a token it signed, until it expires', () => {
    const token = tokens.sign(user, expires, hash);
    expect(tokens.read(token)).toEqual({ userId: user, expiresAt: expires });
    expect(tokens.verify(token, hash, now)).toBe(true);
    expect(tokens.verify(` ${token}\n`, hash, now)).toBe(true);
    expect(tokens.verify(token, hash, expires - 1)).toBe(true);
    expect(tokens.verify(token, hash, expires)).toBe(false);
  });

  it('refuses a token once the password changed (used, or changed another way) or every log-in was ended', () => {
    const passwordHash = '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA';
    const token = tokens.sign(user, expires, accountState({ passwordHash, tokenVersion: 3 }));
    expect(tokens.verify(token, accountState({ passwordHash: `${passwordHash}x`, tokenVersion: 3 }), now)).toBe(false);
    expect(tokens.verify(token, accountState({ passwordHash, tokenVersion: 4 }), now)).toBe(false);
  });

  it('refuses a token whose user, expiry or signature was altered, or signed with another secret', () => {
    const token = tokens.sign(user, expires, hash);
    const [, , mac] = token.split('.');
    const other = '6f1c2b9e-3a4d-4e5f-8a7b-1c2d3e4f5a6c';
    expect(tokens.verify(`${other}.${expires}.${mac}`, hash, now)).toBe(false);
    expect(tokens.verify(`${user}.${expires + 3600}.${mac}`, hash, now)).toBe(false);
    expect(tokens.verify(`${user}.${expires}.${mac.slice(0, -1)}${mac.endsWith('A') ? 'B' : 'A'}`, hash, now)).toBe(
      false,
    );
    expect(new PasswordResetTokens('another-server-secret-of-32-chars!!').verify(token, hash, now)).toBe(false);
  });

  it('reads nothing from a malformed token', () => {
    for (const bad of [
      '',
      'x',
      `${user}.${expires}`,
      `${user}.soon.${'A'.repeat(43)}`,
      `not-a-uuid.1.${'A'.repeat(43)}`,
    ])
      expect(tokens.read(bad)).toBeNull();
    expect(tokens.verify('garbage', hash, now)).toBe(false);
  });
});
