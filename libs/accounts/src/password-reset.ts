import { createHmac, timingSafeEqual } from 'node:crypto';

/** How long a password-reset link works after it was asked for. */
export const RESET_LINK_SECONDS = 30 * 60;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const MAC = /^[A-Za-z0-9_-]{43}$/;

/**
 * What a reset link is signed over: the password it replaces and the account's token version, so
 * that a link stops working once used, after any other password change, and when every log-in is
 * ended (logOutEverywhere after a suspected compromise voids the links asked for before).
 */
export function accountState(user: { passwordHash: string; tokenVersion: number }): string {
  return `${user.passwordHash}\n${user.tokenVersion}`;
}

/**
 * Password-reset links without a table: the link names the user and when it expires, signed with
 * a key derived from the server's secret over the account's state (`accountState`). Nothing secret
 * is stored or queued: the worker signs the link from the user and the expiry when it mails it.
 */
export class PasswordResetTokens {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = createHmac('sha256', secret).update('duijie password reset v1').digest();
  }

  /** The token of a link for `userId`, valid until `expiresAt` (Unix seconds), while the account's state is `state`. */
  sign(userId: string, expiresAt: number, state: string): string {
    return `${userId}.${expiresAt}.${this.mac(userId, expiresAt, state)}`;
  }

  /** The token's user and expiry, if it is well formed, written one way only (its signature is checked by `verify`). */
  read(token: string): { userId: string; expiresAt: number } | null {
    const parts = token.trim().split('.');
    if (parts.length !== 3 || !UUID.test(parts[0]) || !/^[1-9]\d{0,11}$/.test(parts[1]) || !MAC.test(parts[2]))
      return null;
    return { userId: parts[0], expiresAt: Number(parts[1]) };
  }

  /** Whether the token was signed for this user and account state and has not expired at `nowSeconds`. */
  verify(token: string, state: string, nowSeconds: number): boolean {
    const read = this.read(token);
    if (!read || read.expiresAt <= nowSeconds) return false;
    const given = Buffer.from(token.trim().split('.')[2]);
    const expected = Buffer.from(this.mac(read.userId, read.expiresAt, state));
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  private mac(userId: string, expiresAt: number, state: string): string {
    return createHmac('sha256', this.key).update(`${userId}\n${expiresAt}\n${state}`).digest('base64url');
  }
}
