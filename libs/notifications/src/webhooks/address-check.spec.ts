import dns from 'node:dns';

import { classifyAddress, isPrivateAddress, parseIPv4, refuseWebhookUrl, resolveWebhookTarget } from './address-check';

/** Every form an attacker may write an address in, and what it is. */
const TABLE: [address: string, expected: string][] = [
  // IPv4, dotted and in every inet_aton spelling
  ['127.0.0.1', 'loopback'],
  ['2130706433', 'loopback'],
  ['0177.0.0.1', 'loopback'],
  ['0x7f.1', 'loopback'],
  ['0x7f000001', 'loopback'],
  ['127.1', 'loopback'],
  ['127.0.1', 'loopback'],
  ['017700000001', 'loopback'],
  ['0.0.0.0', 'unspecified'],
  ['0', 'unspecified'],
  ['10.1.2.3', 'private'],
  ['012.1.2.3', 'private'],
  ['172.16.0.1', 'private'],
  ['172.31.255.255', 'private'],
  ['192.168.1.1', 'private'],
  ['3232235777', 'private'],
  ['100.64.0.1', 'shared'],
  ['100.127.255.254', 'shared'],
  ['169.254.1.1', 'link-local'],
  ['169.254.169.254', 'metadata'],
  ['0xa9.0xfe.0xa9.0xfe', 'metadata'],
  ['2852039166', 'metadata'],
  ['100.100.100.200', 'metadata'],
  ['168.63.129.16', 'metadata'],
  ['224.0.0.1', 'multicast'],
  ['239.255.255.250', 'multicast'],
  ['240.0.0.1', 'reserved'],
  ['255.255.255.255', 'reserved'],
  ['192.0.0.8', 'reserved'],
  ['192.88.99.1', 'reserved'],
  ['192.0.2.1', 'documentation'],
  ['198.51.100.1', 'documentation'],
  ['203.0.113.1', 'documentation'],
  ['198.18.0.1', 'benchmarking'],
  ['8.8.8.8', 'public'],
  ['172.32.0.1', 'public'],
  ['100.128.0.1', 'public'],
  ['1.1.1.1', 'public'],
  // IPv6 and the IPv4 addresses it can carry
  ['::', 'unspecified'],
  ['[::]', 'unspecified'],
  ['::1', 'loopback'],
  ['0:0:0:0:0:0:0:1', 'loopback'],
  ['::ffff:127.0.0.1', 'loopback'],
  ['[::ffff:127.0.0.1]', 'loopback'],
  ['::ffff:7f00:1', 'loopback'],
  ['0:0:0:0:0:ffff:7f00:0001', 'loopback'],
  ['::ffff:10.0.0.1', 'private'],
  ['::ffff:169.254.169.254', 'metadata'],
  ['::ffff:0:127.0.0.1', 'loopback'], // IPv4-translated
  ['::127.0.0.1', 'loopback'], // IPv4-compatible
  ['::8.8.8.8', 'reserved'], // IPv4-compatible is deprecated: refused even to a public one
  ['64:ff9b::127.0.0.1', 'loopback'], // NAT64 well-known prefix
  ['64:ff9b::7f00:1', 'loopback'],
  ['64:ff9b::a9fe:a9fe', 'metadata'],
  ['64:ff9b::808:808', 'public'],
  ['64:ff9b:1::a00:1', 'private'], // local-use NAT64
  ['2002:7f00:1::', 'loopback'], // 6to4 of 127.0.0.1
  ['2002:c0a8:101::1', 'private'], // 6to4 of 192.168.1.1
  ['2002:0808:0808::1', 'public'],
  ['2001:0:4136:e378:8000:63bf:80ff:fffe', 'loopback'], // Teredo, client 127.0.0.1 obfuscated
  ['2001:0:4136:e378:8000:63bf:f7f7:f7f7', 'reserved'], // Teredo to a public client: tunnel, refused
  ['fe80::1', 'link-local'],
  ['fe80::1%eth0', 'link-local'],
  ['febf::1', 'link-local'],
  ['fc00::1', 'unique-local'],
  ['fd12:3456::1', 'unique-local'],
  ['fd00:ec2::254', 'metadata'],
  ['fec0::1', 'reserved'],
  ['ff02::1', 'multicast'],
  ['ff05::1:3', 'multicast'],
  ['100::1', 'reserved'],
  ['2001:db8::1', 'documentation'],
  ['3fff::1', 'documentation'],
  ['2001:2::1', 'benchmarking'],
  ['2001:10::1', 'reserved'],
  ['5f00::1', 'reserved'],
  ['4000::1', 'reserved'], // outside 2000::/3, not global unicast
  ['2001:4860:4860::8888', 'public'],
  ['2606:4700:4700::1111', 'public'],
  // not addresses
  ['example.com', 'invalid'],
  ['256.1.1.1', 'invalid'],
  ['1.2.3.4.5', 'invalid'],
  ['08.1.1.1', 'invalid'],
  ['1::2::3', 'invalid'],
  ['::ffff:999.0.0.1', 'invalid'],
];

describe('webhook address classifier', () => {
  it.each(TABLE)('%s is %s', (address, expected) => {
    expect(classifyAddress(address)).toBe(expected);
    if (expected !== 'invalid') expect(isPrivateAddress(address)).toBe(expected !== 'public');
  });

  it('reads the short IPv4 forms as inet_aton does', () => {
    expect(parseIPv4('127.1')).toEqual([127, 0, 0, 1]);
    expect(parseIPv4('10.65535')).toEqual([10, 0, 255, 255]);
    expect(parseIPv4('10.65536')).toEqual([10, 1, 0, 0]);
    expect(parseIPv4('10.16777216')).toBeNull();
    expect(parseIPv4('4294967295')).toEqual([255, 255, 255, 255]);
    expect(parseIPv4('4294967296')).toBeNull();
  });
});

describe('webhook targets', () => {
  afterEach(() => jest.restoreAllMocks());

  it('refuses bad schemes and credentials', async () => {
    expect(await refuseWebhookUrl('ftp://example.com', false)).toMatch(/https/);
    expect(await refuseWebhookUrl('not a url', false)).toMatch(/有效/);
    expect(await refuseWebhookUrl('https://u:p@example.com', false)).toMatch(/用户名/);
  });

  it.each([
    'http://127.0.0.1:8080/hook',
    'http://[::1]/hook',
    'http://[::ffff:127.0.0.1]:3001/x',
    'http://[::ffff:7f00:1]:3001/x',
    'http://[64:ff9b::7f00:1]/x',
    'http://[2002:7f00:1::]/x',
    'http://2130706433/x',
    'http://0177.0.0.1/x',
    'http://0x7f.1/x',
    'http://127.1/x',
    'http://0.0.0.0:3001/x',
    'http://[::]:3001/x',
    'http://169.254.169.254/latest/meta-data/',
    'http://100.64.0.1/x',
    'http://[fd00::1]/x',
    'http://224.0.0.1/x',
  ])('refuses %s unless private targets are allowed', async (url) => {
    expect(await refuseWebhookUrl(url, false)).toMatch(/内网/);
    expect(await refuseWebhookUrl(url, true)).toBeNull();
  });

  it('refuses a name when any of its addresses is private, and says the same as for one that does not resolve', async () => {
    const lookup = jest.spyOn(dns.promises, 'lookup') as unknown as jest.Mock;
    lookup.mockResolvedValueOnce([
      { address: '93.184.215.14', family: 4 },
      { address: '10.0.0.5', family: 4 },
    ]);
    const mixed = await refuseWebhookUrl('https://hooks.example.com/x', false);
    lookup.mockRejectedValueOnce(Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' }));
    const unknown = await refuseWebhookUrl('https://internal-only.example.com/x', false);
    expect(mixed).toMatch(/内网/);
    expect(unknown).toBe(mixed);
  });

  it('resolves once and hands back the address it checked, keeping the name for Host and SNI', async () => {
    const lookup = jest.spyOn(dns.promises, 'lookup') as unknown as jest.Mock;
    lookup.mockResolvedValueOnce([{ address: '2606:4700:4700::1111', family: 6 }]);
    const checked = await resolveWebhookTarget('https://hooks.example.com:8443/in?x=1', false);
    expect(checked).toMatchObject({
      target: { host: 'hooks.example.com', address: '2606:4700:4700::1111', family: 6 },
    });
    expect(lookup).toHaveBeenCalledTimes(1);
  });
});
