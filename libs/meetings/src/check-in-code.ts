import { createHmac, timingSafeEqual } from 'node:crypto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** 128 bits of the HMAC: unguessable, and short enough for a small QR code and a scanner's typing. */
const SIGNATURE_BYTES = 16;

function signature(secret: string, registrationId: string): Buffer {
  return createHmac('sha256', secret).update(`check-in:${registrationId}`).digest().subarray(0, SIGNATURE_BYTES);
}

/**
 * A registration's check-in code (签到码), shown as a QR code on the firm's agenda:
 * `<registrationId>.<truncated HMAC-SHA256 of it under the server's secret>`, url-safe. Nothing is
 * stored: the code is derived, and a registration no longer approved is refused where it is used.
 */
export function signCheckInCode(secret: string, registrationId: string): string {
  return `${registrationId}.${signature(secret, registrationId).toString('base64url')}`;
}

/** The registration id of a well-formed code with a valid signature, else null (checked before any look-up). */
export function verifyCheckInCode(secret: string, code: string): string | null {
  const trimmed = code.trim();
  const dot = trimmed.indexOf('.');
  const registrationId = trimmed.slice(0, dot).toLowerCase();
  if (dot < 0 || !UUID.test(registrationId)) return null;
  const given = Buffer.from(trimmed.slice(dot + 1), 'base64url');
  const expected = signature(secret, registrationId);
  return given.length === expected.length && timingSafeEqual(given, expected) ? registrationId : null;
}
