import { checkCharOf, creditCodeProblem } from './creditCode';

describe('creditCodeProblem', () => {
  it.each(['91520000214434146R', '914403001922038216', ' 91520000214434146r '])('accepts %s', (code) => {
    expect(creditCodeProblem(code)).toBeNull();
  });

  it('says the check character is wrong for a code with a typo', () => {
    expect(creditCodeProblem('91520000214434146X')).toBe('enterprise.creditCode.check');
    expect(creditCodeProblem('91520000714308124W')).toBe('enterprise.creditCode.check');
  });

  it('says the format is wrong for wrong length, letters outside the alphabet or a bad division code', () => {
    expect(creditCodeProblem('9152000021443414')).toBe('enterprise.creditCode.format');
    expect(creditCodeProblem('91350100M000100Y4Z')).toBe('enterprise.creditCode.format');
    const letters = '91AB0000214434146';
    expect(creditCodeProblem(letters + checkCharOf(letters))).toBe('enterprise.creditCode.format');
  });
});
