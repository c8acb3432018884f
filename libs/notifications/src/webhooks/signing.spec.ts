import { createHmac } from 'node:crypto';

import { newWebhookSecret, signWebhook } from './signing';

describe('Standard Webhooks signing', () => {
  it('matches the scheme’s published example', () => {
    // From the Standard Webhooks specification's example.
    const headers = signWebhook(
      'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
      'msg_p5jXN8AQM9LWM0D4loKWxJek',
      1614265330,
      '{"test": 2432232314}',
    );
    expect(headers['webhook-signature']).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
  });

  it('keys with the decoded secret and signs id.timestamp.body', () => {
    const secret = newWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    const h = signWebhook(secret, 'msg_1', 10, '{}');
    const expected = createHmac('sha256', Buffer.from(secret.slice(6), 'base64'))
      .update('msg_1.10.{}')
      .digest('base64');
    expect(h).toEqual({ 'webhook-id': 'msg_1', 'webhook-timestamp': '10', 'webhook-signature': `v1,${expected}` });
  });
});
