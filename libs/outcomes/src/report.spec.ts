import { DecimalScalar } from '@duijie/common';

import { decimalShare } from './report.service';

describe('decimal amounts', () => {
  it('divides exact decimals without floats', () => {
    expect(decimalShare('1000000.50', '1250000.75')).toBe(0.8);
    expect(decimalShare('0.10', '0.30')).toBe(0.3333);
    expect(decimalShare('99999999999999.99', '99999999999999.99')).toBe(1);
    expect(decimalShare('5', '0.00')).toBeNull();
  });

  it('accepts amounts as strings or numbers with at most two decimals, and refuses the rest', () => {
    const scalar = new DecimalScalar();
    expect(scalar.parseValue('1250000.50')).toBe('1250000.50');
    expect(scalar.parseValue(250000.25)).toBe('250000.25');
    for (const bad of ['1.234', '-5', '1e6', '', 'abc', 0.1 + 0.2, '123456789012345']) {
      expect(() => scalar.parseValue(bad)).toThrow(/Decimal/);
    }
  });
});
