import dns from 'node:dns';

import { classifyAddress, isAddressLiteral } from './ip-address';

export type { AddressClass } from './ip-address';
export { classifyAddress, isPrivateAddress, parseIPv4, parseIPv6 } from './ip-address';

/** Said for a name that cannot be resolved and for one that leads somewhere refused alike. */
export const TARGET_REFUSED = 'url（地址）的主机无法解析，或指向内网、本机或保留地址，出于安全考虑不允许';
const LITERAL_REFUSED = 'url（地址）指向内网、本机或保留地址，出于安全考虑不允许';

/** Where a delivery goes: the URL as given, and the one address it was checked against. */
export interface WebhookTarget {
  url: URL;
  /** The name for Host and TLS SNI (brackets removed). */
  host: string;
  address: string;
  family: 4 | 6;
}

/** Why a URL is refused before any look-up: scheme, credentials; null when its form is fine. */
function refuseForm(url: string): { refused: string } | { url: URL } {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { refused: 'url（地址）不是有效的网址' };
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return { refused: 'url（地址）须以 https:// 或 http:// 开头' };
  if (u.username || u.password) return { refused: 'url（地址）不能包含用户名或密码' };
  return { url: u };
}

/**
 * Resolves the URL's host once and checks every address it has. The caller connects to the
 * returned address and to nothing else, so a name that answers differently the next time (DNS
 * rebinding) cannot lead the delivery anywhere the check did not see. The URL parser has already
 * turned decimal, octal, hex and short IPv4 spellings into dotted quads; the classifier reads the
 * rest. Looked up through `dns.lookup` (as the system resolves, /etc/hosts included).
 */
export async function resolveWebhookTarget(
  url: string,
  allowPrivate: boolean,
): Promise<{ refused: string } | { target: WebhookTarget }> {
  const form = refuseForm(url);
  if ('refused' in form) return form;
  const host = form.url.hostname.replace(/^\[|\]$/g, '');
  let addresses: { address: string; family: number }[];
  if (isAddressLiteral(host)) {
    addresses = [{ address: host, family: host.includes(':') ? 6 : 4 }];
  } else {
    try {
      addresses = await dns.promises.lookup(host, { all: true, verbatim: true });
    } catch {
      return { refused: TARGET_REFUSED };
    }
  }
  if (!addresses.length) return { refused: TARGET_REFUSED };
  if (!allowPrivate && addresses.some((a) => classifyAddress(a.address) !== 'public'))
    return { refused: isAddressLiteral(host) ? LITERAL_REFUSED : TARGET_REFUSED };
  const [first] = addresses;
  return { target: { url: form.url, host, address: first.address, family: first.family === 6 ? 6 : 4 } };
}

/** Why a webhook URL is refused, or null: http(s) only, and no private target unless allowed. */
export async function refuseWebhookUrl(url: string, allowPrivate: boolean): Promise<string | null> {
  const checked = await resolveWebhookTarget(url, allowPrivate);
  return 'refused' in checked ? checked.refused : null;
}
