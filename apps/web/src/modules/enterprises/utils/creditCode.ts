import type { MessageId } from '../../../locales/zh-CN';

/**
 * 统一社会信用代码 as typed (GB 32100-2015): 18 characters from the code's own alphabet, the
 * 3rd–8th a division code, the last a check character over the first 17 (weights 3^(i-1) mod 31).
 * The API checks the same rules; this only tells the user sooner.
 */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function checkCharOf(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARSET.indexOf(first17[i]) * WEIGHTS[i];
  return CHARSET[(31 - (sum % 31)) % 31];
}

/** null when valid, else the message to show on the field. */
export function creditCodeProblem(raw: string): MessageId | null {
  const code = raw.trim().toUpperCase();
  if (code.length !== 18 || [...code].some((c) => !CHARSET.includes(c)) || !/^\d{6}$/.test(code.slice(2, 8)))
    return 'enterprise.creditCode.format';
  return code[17] === checkCharOf(code.slice(0, 17)) ? null : 'enterprise.creditCode.check';
}
