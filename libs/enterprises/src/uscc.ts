/**
 * 统一社会信用代码 (unified social credit code), GB 32100-2015: 18 characters, the last a check
 * character over the first 17 with weights 3^(i-1) mod 31.
 */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type UsccResult = { ok: true; code: string } | { ok: false; code: string; message: string };

/** The check character for the first 17 characters of a code. */
export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_CHARSET.indexOf(first17[i]) * WEIGHTS[i];
  return USCC_CHARSET[(31 - (sum % 31)) % 31];
}

/** Normalises (trim, upper-case) and verifies a code; the message says what is wrong, in Chinese. */
export function checkUscc(raw: string): UsccResult {
  const code = raw.trim().toUpperCase();
  if (code.length !== 18) {
    return { ok: false, code, message: `统一社会信用代码应为 18 位，当前为 ${code.length} 位` };
  }
  for (let i = 0; i < 18; i++) {
    if (!USCC_CHARSET.includes(code[i])) {
      return {
        ok: false,
        code,
        message: `统一社会信用代码第 ${i + 1} 位“${code[i]}”不是有效字符（不使用 I、O、S、V、Z）`,
      };
    }
  }
  if (!/^\d{6}$/.test(code.slice(2, 8))) {
    return { ok: false, code, message: '统一社会信用代码第 3–8 位应为登记管理机关的行政区划码（6 位数字）' };
  }
  const expected = usccCheckChar(code.slice(0, 17));
  if (code[17] !== expected) {
    // The expected character is not named: the message must not turn into a code generator.
    return { ok: false, code, message: '统一社会信用代码校验位不符，请对照营业执照核对后重新输入' };
  }
  return { ok: true, code };
}
