import { progressPercent, restErrors, rowKey, toCorrections } from './importCorrections';

describe('import corrections', () => {
  it('keys rows by sheet and number, and sends corrections in file order', () => {
    const chosen = new Map(
      [
        { row: 7, sheet: '需求', categoryCode: '3055' },
        { row: 3, sheet: '供应', categoryCode: '1512' },
        { row: 2, sheet: '需求', categoryCode: '2231' },
      ].map((c) => [rowKey(c), c]),
    );
    expect(rowKey({ row: 3, sheet: null })).toBe('#3');
    expect(toCorrections(chosen)).toEqual([
      { row: 3, sheet: '供应', categoryCode: '1512' },
      { row: 2, sheet: '需求', categoryCode: '2231' },
      { row: 7, sheet: '需求', categoryCode: '3055' },
    ]);
  });

  it('reads a REST error answer as field errors', () => {
    expect(restErrors({ error: { code: 'BAD_USER_INPUT', message: '文件过大', fields: ['file'] } }, 413)).toEqual([
      { message: '文件过大', extensions: { code: 'BAD_USER_INPUT', fields: ['file'] } },
    ]);
    expect(restErrors(null, 502)[0].message).toBe('HTTP 502');
  });

  it('turns progress into a percentage', () => {
    expect(progressPercent(50, 200)).toBe(25);
    expect(progressPercent(0, 0)).toBe(0);
  });
});
