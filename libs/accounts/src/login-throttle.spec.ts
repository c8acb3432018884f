import { clientKey } from './login-throttle';

describe('log-in throttle client key', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['::ffff:203.0.113.7', '203.0.113.7'],
    ['2001:db8:7:7::1', '2001:db8:7:7::/64'],
    ['2001:db8:7:7:a:b:c:d', '2001:db8:7:7::/64'],
    ['2001:0DB8:0007:0007::ffff', '2001:db8:7:7::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['unknown', 'unknown'],
  ])('%s counts as %s', (address, key) => {
    expect(clientKey(address)).toBe(key);
  });

  it('gives every address of one /64 the same key and the next /64 another', () => {
    expect(clientKey('2001:db8:7:7::1')).toBe(clientKey('2001:db8:7:7:ffff:ffff:ffff:fffe'));
    expect(clientKey('2001:db8:7:8::1')).not.toBe(clientKey('2001:db8:7:7::1'));
  });
});
