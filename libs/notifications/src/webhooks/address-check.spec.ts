import { isPrivateAddress, refuseWebhookUrl } from './address-check';

describe('webhook targets', () => {
  it('knows private and loopback addresses', () => {
    for (const a of [
      '127.0.0.1',
      '10.1.2.3',
      '172.20.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '::1',
      'fd00::1',
      'fe80::1',
      '::ffff:127.0.0.1',
      '0.0.0.0',
    ]) {
      expect({ a, p: isPrivateAddress(a) }).toEqual({ a, p: true });
    }
    for (const a of ['8.8.8.8', '172.32.0.1', '2001:4860:4860::8888'])
      expect({ a, p: isPrivateAddress(a) }).toEqual({ a, p: false });
  });

  it('refuses bad schemes, credentials and private targets unless allowed', async () => {
    expect(await refuseWebhookUrl('ftp://example.com', false)).toMatch(/https/);
    expect(await refuseWebhookUrl('not a url', false)).toMatch(/有效/);
    expect(await refuseWebhookUrl('https://u:p@example.com', false)).toMatch(/用户名/);
    expect(await refuseWebhookUrl('http://127.0.0.1:8080/hook', false)).toMatch(/内网/);
    expect(await refuseWebhookUrl('http://[::1]/hook', false)).toMatch(/内网/);
    expect(await refuseWebhookUrl('http://127.0.0.1:8080/hook', true)).toBeNull();
  });
});
