import { createHmac, timingSafeEqual } from 'node:crypto';

/** How long a password-reset link works after it was asked for. */
export const RESET_LINK_SECONDS = 30 * 60;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const MAC = /^[A-Za-z0-9_-]{43}$/;

/**
 * Password-reset links without a table: the link names the user and when it expires, signed with
 * a key derived from the server's secret over the user's current password hash. Nothing secret is
 * stored or queued (the worker signs the link again from the user's id and the expiry), and a link
 * stops working the moment the password changes: once used, or after any other change.
 */
export class PasswordResetTokens {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = createHmac('sha256', secret).update('duijie password reset v1').digest();
  }

  /** The token of a link for `userId`, valid until `expiresAt` (Unix seconds), while the hash is `passwordHash`. */
  sign(userId: string, expiresAt: number, passwordHash: string): string {
    return `${userId}.${expiresAt}.${this.mac(userId, expiresAt, passwordHash)}`;
  }

  /** The token's user and expiry, if it is well formed (its signature is checked by `verify`). */
  read(token: string): { userId: string; expiresAt: number } | null {
    const parts = token.trim().split('.');
    if (parts.length !== 3 || !UUID.test(parts[0]) || !/^\d{1,12}$/.test(parts[1]) || !MAC.test(parts[2])) return null;
    return { userId: parts[0], expiresAt: Number(parts[1]) };
  }

  /** Whether the token was signed for this user and password hash and has not expired at `nowSeconds`. */
  verify(token: string, passwordHash: string, nowSeconds: number): boolean {
    const read = this.read(token);
    if (!read || read.expiresAt <= nowSeconds) return false;
    const given = Buffer.from(token.trim().split('.')[2]);
    const expected = Buffer.from(this.mac(read.userId, read.expiresAt, passwordHash));
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  private mac(userId: string, expiresAt: number, passwordHash: string): string {
    return createHmac('sha256', this.key).update(`${userId}\n${expiresAt}\n${passwordHash}`).digest('base64url');
  }
}
