import { createHmac, timingSafeEqual } from 'node:crypto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function signature(secret: string, keyId: string): Buffer {
  return createHmac('sha256', secret).update(`calendar-feed:${keyId}`).digest();
}

/** The key a feed URL carries: `<keyId>.<HMAC-SHA256 of it under the server's secret>`, url-safe. */
export function signFeedKey(secret: string, keyId: string): string {
  return `${keyId}.${signature(secret, keyId).toString('base64url')}`;
}

/** The key id of a well-formed key with a valid signature, else null (checked before any database look-up). */
export function verifyFeedKey(secret: string, key: string): string | null {
  const dot = key.indexOf('.');
  const keyId = key.slice(0, dot);
  if (dot < 0 || !UUID.test(keyId)) return null;
  const given = Buffer.from(key.slice(dot + 1), 'base64url');
  const expected = signature(secret, keyId);
  return given.length === expected.length && timingSafeEqual(given, expected) ? keyId : null;
}
