/**
 * Where an IP address points, for deciding whether a webhook may be sent there. Every textual
 * form a resolver or a URL parser accepts is read into bytes first (IPv4 in inet_aton's decimal,
 * octal, hex and short forms; IPv6 with `::`, embedded dotted quads and zone ids), so no spelling
 * of a private address reads as a public one. IPv6 forms that carry an IPv4 address (mapped,
 * translated, compatible, NAT64, 6to4, Teredo) are judged by the IPv4 address they lead to.
 */
export type AddressClass =
  | 'public'
  | 'unspecified'
  | 'loopback'
  | 'private'
  | 'shared' // carrier-grade NAT, 100.64.0.0/10
  | 'link-local'
  | 'metadata' // cloud instance metadata services
  | 'unique-local'
  | 'multicast'
  | 'documentation'
  | 'benchmarking'
  | 'reserved'
  | 'invalid';

type Rule = [prefix: number[], bits: number, cls: AddressClass];

/** Cloud metadata addresses that are not already covered by a private range (or worth naming). */
const METADATA_V4 = ['169.254.169.254', '169.254.170.2', '169.254.0.23', '100.100.100.200', '168.63.129.16'];
const METADATA_V6 = ['fd00:ec2::254'];

// IANA IPv4 Special-Purpose Address Registry, plus multicast and class E.
const V4_RULES: Rule[] = [
  [[0], 8, 'unspecified'],
  [[10], 8, 'private'],
  [[100, 64], 10, 'shared'],
  [[127], 8, 'loopback'],
  [[169, 254], 16, 'link-local'],
  [[172, 16], 12, 'private'],
  [[192, 0, 0], 24, 'reserved'],
  [[192, 0, 2], 24, 'documentation'],
  [[192, 31, 196], 24, 'reserved'],
  [[192, 52, 193], 24, 'reserved'],
  [[192, 88, 99], 24, 'reserved'],
  [[192, 168], 16, 'private'],
  [[192, 175, 48], 24, 'reserved'],
  [[198, 18], 15, 'benchmarking'],
  [[198, 51, 100], 24, 'documentation'],
  [[203, 0, 113], 24, 'documentation'],
  [[224], 4, 'multicast'],
  [[240], 4, 'reserved'],
];

// IANA IPv6 Special-Purpose Address Registry; outside 2000::/3 nothing is global unicast.
const V6_RULES: Rule[] = [
  [[0x01, 0x00, 0, 0, 0, 0, 0, 0], 64, 'reserved'], // discard-only 100::/64
  [[0x20, 0x01, 0x00, 0x02, 0, 0], 48, 'benchmarking'],
  [[0x20, 0x01, 0x0d, 0xb8], 32, 'documentation'],
  [[0x20, 0x01, 0x00, 0x10], 28, 'reserved'], // ORCHID
  [[0x20, 0x01, 0x00, 0x20], 28, 'reserved'], // ORCHIDv2
  [[0x20, 0x01], 23, 'reserved'], // IETF protocol assignments (Teredo is decoded before this)
  [[0x3f, 0xff], 20, 'documentation'],
  [[0x5f, 0x00], 16, 'reserved'], // SRv6 SIDs
  [[0xfc], 7, 'unique-local'],
  [[0xfe, 0x80], 10, 'link-local'],
  [[0xfe, 0xc0], 10, 'reserved'], // site-local, deprecated
  [[0xff], 8, 'multicast'],
];

function inPrefix(bytes: readonly number[], prefix: readonly number[], bits: number): boolean {
  for (let i = 0; i < bits; i += 8) {
    const take = Math.min(8, bits - i);
    const mask = (0xff << (8 - take)) & 0xff;
    if ((bytes[i / 8] & mask) !== ((prefix[i / 8] ?? 0) & mask)) return false;
  }
  return true;
}

/** One inet_aton part: decimal, octal (leading 0) or hex (0x); null if it is none of them. */
function ipv4Part(part: string): number | null {
  if (/^0x[0-9a-f]*$/i.test(part)) return part.length === 2 ? 0 : parseInt(part.slice(2), 16);
  if (/^0[0-7]+$/.test(part)) return parseInt(part, 8);
  if (/^(0|[1-9][0-9]*)$/.test(part)) return Number(part);
  return null;
}

/**
 * IPv4 in any form inet_aton accepts: `127.0.0.1`, `2130706433`, `0177.0.0.1`, `0x7f.1`, `127.1`
 * (the last part fills the remaining bytes). Null when it is not an IPv4 address.
 */
export function parseIPv4(text: string): number[] | null {
  const parts = text.split('.');
  if (parts.length > 4 || parts.some((p) => p === '')) return null;
  const values = parts.map(ipv4Part);
  if (values.some((v) => v === null || !Number.isSafeInteger(v))) return null;
  const nums = values as number[];
  const last = nums[nums.length - 1];
  const head = nums.slice(0, -1);
  if (head.some((v) => v > 255) || last >= 2 ** (8 * (5 - nums.length))) return null;
  const tail: number[] = [];
  for (let i = 4 - head.length - 1; i >= 0; i--) tail.push(Math.floor(last / 2 ** (8 * i)) % 256);
  return [...head, ...tail];
}

/** IPv6 (with `::`, a trailing dotted quad, a zone id) as 16 bytes; null when it is not one. */
export function parseIPv6(text: string): number[] | null {
  const s = text.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (!s.includes(':')) return null;
  let groups: string[] = s.split(':');
  const tail = groups[groups.length - 1];
  const v4: number[] = [];
  if (tail.includes('.')) {
    const quad = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(tail);
    if (!quad || quad.slice(1).some((x) => Number(x) > 255)) return null;
    v4.push(...quad.slice(1).map(Number));
    groups = groups.slice(0, -1).concat(['0', '0']); // placeholders, replaced by the quad
  }
  const gap = s.indexOf('::');
  if (gap !== s.lastIndexOf('::')) return null;
  let words: string[];
  if (gap >= 0) {
    const [left, right] = groups.join(':').split('::');
    const l = left ? left.split(':') : [];
    const r = right ? right.split(':') : [];
    if (l.length + r.length > 7) return null;
    words = [...l, ...Array<string>(8 - l.length - r.length).fill('0'), ...r];
  } else {
    words = groups;
  }
  if (words.length !== 8 || words.some((w) => !/^[0-9a-f]{1,4}$/i.test(w))) return null;
  const bytes = words.flatMap((w) => [parseInt(w, 16) >> 8, parseInt(w, 16) & 0xff]);
  if (v4.length) bytes.splice(12, 4, ...v4);
  return bytes;
}

function classifyV4(b: readonly number[]): AddressClass {
  if (METADATA_V4.includes(b.join('.'))) return 'metadata';
  for (const [prefix, bits, cls] of V4_RULES) if (inPrefix(b, prefix, bits)) return cls;
  return 'public';
}

/** The IPv4 address an IPv6 form leads to, when it is one of the forms that embed one. */
function embeddedV4(b: readonly number[]): { v4: number[]; via: string } | null {
  const zeros = (from: number, to: number) => b.slice(from, to).every((x) => x === 0);
  if (zeros(0, 10) && b[10] === 0xff && b[11] === 0xff) return { v4: b.slice(12), via: 'mapped' };
  if (zeros(0, 8) && b[8] === 0xff && b[9] === 0xff && zeros(10, 12)) return { v4: b.slice(12), via: 'translated' };
  if (zeros(0, 12)) return { v4: b.slice(12), via: 'compatible' };
  if (inPrefix(b, [0x00, 0x64, 0xff, 0x9b], 96)) return { v4: b.slice(12), via: 'nat64' };
  if (inPrefix(b, [0x20, 0x02], 16)) return { v4: b.slice(2, 6), via: '6to4' };
  if (inPrefix(b, [0x20, 0x01, 0x00, 0x00], 32)) return { v4: b.slice(12).map((x) => x ^ 0xff), via: 'teredo' };
  return null;
}

function classifyV6(b: readonly number[]): AddressClass {
  if (b.every((x) => x === 0)) return 'unspecified';
  if (b.slice(0, 15).every((x) => x === 0) && b[15] === 1) return 'loopback';
  const text = formatV6(b);
  if (METADATA_V6.includes(text)) return 'metadata';
  const embedded = embeddedV4(b);
  if (embedded) {
    const inner = classifyV4(embedded.v4);
    if (inner !== 'public') return inner;
    // Deprecated or tunnel-only forms are refused even when they lead to a public address.
    if (embedded.via === 'compatible' || embedded.via === 'teredo') return 'reserved';
    return 'public';
  }
  // Local-use NAT64 (64:ff9b:1::/48) leads into the operator's own network.
  if (inPrefix(b, [0x00, 0x64, 0xff, 0x9b, 0x00, 0x01], 48)) return 'private';
  for (const [prefix, bits, cls] of V6_RULES) if (inPrefix(b, prefix, bits)) return cls;
  return inPrefix(b, [0x20], 3) ? 'public' : 'reserved';
}

function formatV6(b: readonly number[]): string {
  const words = Array.from({ length: 8 }, (_, i) => ((b[2 * i] << 8) | b[2 * i + 1]).toString(16));
  return words.join(':').replace(/(^|:)0(:0)+(:|$)/, '::');
}

/** The class of an address in any textual form; `invalid` when it is not an IP address at all. */
export function classifyAddress(address: string): AddressClass {
  const v6 = parseIPv6(address);
  if (v6) return classifyV6(v6);
  const v4 = parseIPv4(address);
  return v4 ? classifyV4(v4) : 'invalid';
}

/** True for an IP literal in any form (so a host name is never mistaken for one, nor one for a name). */
export function isAddressLiteral(host: string): boolean {
  return classifyAddress(host) !== 'invalid';
}

/** True when a webhook must not be sent to this address: anything but a public unicast address. */
export function isPrivateAddress(address: string): boolean {
  return classifyAddress(address) !== 'public';
}
