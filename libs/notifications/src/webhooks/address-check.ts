import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

/** Loopback, private, link-local, unique-local and unspecified addresses. */
export function isPrivateAddress(address: string): boolean {
  const v = isIP(address);
  if (v === 4) {
    const [a, b] = address.split('.').map(Number);
    return (
      a === 10 ||
      a === 127 ||
      a === 0 ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 169 && b === 254) ||
      (a === 100 && b >= 64 && b <= 127)
    );
  }
  if (v === 6) {
    const x = address.toLowerCase();
    if (x === '::1' || x === '::') return true;
    if (x.startsWith('::ffff:')) return isPrivateAddress(x.slice(7));
    return /^f[cd]/.test(x) || /^fe[89ab]/.test(x);
  }
  return false;
}

/** Why a webhook URL is refused, or null: http(s) only, and no private target unless allowed. */
export async function refuseWebhookUrl(url: string, allowPrivate: boolean): Promise<string | null> {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'url（地址）不是有效的网址';
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return 'url（地址）须以 https:// 或 http:// 开头';
  if (u.username || u.password) return 'url（地址）不能包含用户名或密码';
  if (allowPrivate) return null;
  const host = u.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((a) => a.address);
  } catch {
    return `url（地址）的主机名“${host}”无法解析`;
  }
  return addresses.some(isPrivateAddress) ? 'url（地址）指向内网或本机地址，出于安全考虑不允许' : null;
}
