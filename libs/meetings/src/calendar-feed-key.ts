import { createHmac, timingSafeEqual } from 'node:crypto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Signed with the user's token version too: ending every log-in (a new password, logOutEverywhere) ends the key. */
function signature(secret: string, keyId: string, tokenVersion: number): Buffer {
  const signed = tokenVersion ? `calendar-feed:${keyId}:${tokenVersion}` : `calendar-feed:${keyId}`;
  return createHmac('sha256', secret).update(signed).digest();
}

/** The key a feed URL carries: `<keyId>.<HMAC-SHA256 of it and the token version under the server's secret>`, url-safe. */
export function signFeedKey(secret: string, keyId: string, tokenVersion = 0): string {
  return `${keyId}.${signature(secret, keyId, tokenVersion).toString('base64url')}`;
}

/** The key id a key names when it is well formed (a UUID and a signature), else null; not yet verified. */
export function feedKeyId(key: string): string | null {
  const dot = key.indexOf('.');
  const keyId = key.slice(0, dot);
  return dot < 0 || !UUID.test(keyId) || dot === key.length - 1 ? null : keyId;
}

/** The key id of a well-formed key signed for this token version, else null. */
export function verifyFeedKey(secret: string, key: string, tokenVersion = 0): string | null {
  const keyId = feedKeyId(key);
  if (!keyId) return null;
  const given = Buffer.from(key.slice(key.indexOf('.') + 1), 'base64url');
  const expected = signature(secret, keyId, tokenVersion);
  return given.length === expected.length && timingSafeEqual(given, expected) ? keyId : null;
}
