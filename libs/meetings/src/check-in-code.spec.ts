import { signCheckInCode, verifyCheckInCode } from './check-in-code';

const SECRET = 'a-test-secret-of-enough-length-000';
const REG = '3f1c2b8e-4a5d-4e6f-8a7b-9c0d1e2f3a4b';

describe('check-in codes', () => {
  it('verifies its own codes, as typed by a scanner (surrounding whitespace, upper-case id)', () => {
    const code = signCheckInCode(SECRET, REG);
    expect(code).toMatch(/^[0-9a-f-]{36}\.[A-Za-z0-9_-]{22}$/);
    expect(verifyCheckInCode(SECRET, code)).toBe(REG);
    expect(verifyCheckInCode(SECRET, ` ${code}\n`)).toBe(REG);
    const [id, sig] = code.split('.');
    expect(verifyCheckInCode(SECRET, `${id.toUpperCase()}.${sig}`)).toBe(REG);
  });

  it('refuses forged, altered or foreign codes', () => {
    const code = signCheckInCode(SECRET, REG);
    const other = '3f1c2b8e-4a5d-4e6f-8a7b-9c0d1e2f3a4c';
    expect(verifyCheckInCode(SECRET, `${other}.${code.split('.')[1]}`)).toBeNull();
    expect(verifyCheckInCode('another-secret-of-enough-length-0', code)).toBeNull();
    expect(verifyCheckInCode(SECRET, code.slice(0, -1))).toBeNull();
    expect(verifyCheckInCode(SECRET, REG)).toBeNull();
    expect(verifyCheckInCode(SECRET, '')).toBeNull();
    expect(verifyCheckInCode(SECRET, 'not-a-uuid.abc')).toBeNull();
  });
});
