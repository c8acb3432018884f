import { checkUscc, USCC_CHARSET, usccCheckChar } from './uscc';

describe('统一社会信用代码 check (GB 32100-2015)', () => {
  it.each(['91520000214434146R', '914403001922038216'])('accepts the real registration %s', (code) => {
    expect(checkUscc(code)).toEqual({ ok: true, code });
  });

  it('normalises case and surrounding spaces before checking', () => {
    expect(checkUscc('  91520000214434146r ')).toEqual({ ok: true, code: '91520000214434146R' });
  });

  it('refuses a wrong check character without naming the expected one (no code generator for strangers)', () => {
    const result = checkUscc('91520000714308124W');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain('校验位');
    // Every character of the set is absent from the message, so nothing tells which one would pass.
    expect(!result.ok && result.message).not.toMatch(/[0-9A-Z]/);
  });

  it('refuses letters outside the character set', () => {
    const result = checkUscc('91350100M000100Y4Z');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain('第 18 位“Z”');
  });

  it('refuses wrong lengths and a non-numeric area code', () => {
    expect(checkUscc('9152000021443414').ok).toBe(false);
    expect(checkUscc('9152000021443414611').ok).toBe(false);
    const letters = '91AB0000214434146';
    expect(checkUscc(letters + usccCheckChar(letters)).ok).toBe(false);
  });

  it('catches every single-character alteration of a valid code', () => {
    const valid = '91520000214434146R';
    for (let i = 0; i < 18; i++) {
      for (const c of USCC_CHARSET) {
        if (c === valid[i]) continue;
        const altered = valid.slice(0, i) + c + valid.slice(i + 1);
        if (i >= 2 && i < 8 && !/\d/.test(c)) continue; // refused for the area code anyway
        expect(checkUscc(altered).ok).toBe(false);
      }
    }
  });

  it('computes the check character of generated codes consistently', () => {
    const first17 = '91520102MA6DK1234';
    const code = first17 + usccCheckChar(first17);
    expect(checkUscc(code).ok).toBe(true);
  });
});
