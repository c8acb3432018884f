import { signFeedKey, verifyFeedKey } from './calendar-feed-key';

describe('calendar feed key', () => {
  const secret = 'a-test-secret-0123456789abcdef';
  const id = '0b7f3c2e-5d1a-4c7e-9f00-123456789abc';

  it('verifies its own signature and gives the key id back', () => {
    expect(verifyFeedKey(secret, signFeedKey(secret, id))).toBe(id);
  });

  it('refuses another secret, a changed id or signature, and malformed keys', () => {
    const key = signFeedKey(secret, id);
    expect(verifyFeedKey('another-secret-0123456789abcdef', key)).toBeNull();
    expect(verifyFeedKey(secret, key.replace('0b7f', '1b7f'))).toBeNull();
    expect(verifyFeedKey(secret, key.slice(0, -2) + (key.endsWith('AA') ? 'BB' : 'AA'))).toBeNull();
    for (const bad of ['', '.', id, `${id}.`, 'not-a-uuid.abc', `${id}.${'x'.repeat(200)}`]) {
      expect(verifyFeedKey(secret, bad)).toBeNull();
    }
  });
});
