import { nameVariants } from './name-variants';

describe('nameVariants', () => {
  it('writes a name in both scripts, a mixed one included', () => {
    expect(nameVariants('黔銀農村商業銀行')).toContain('黔银农村商业银行');
    expect(nameVariants('黔银农村商业银行')).toContain('黔銀農村商業銀行');
    expect(nameVariants('貴州茅台酒股份有限公司')).toContain('贵州茅台酒股份有限公司');
    expect(nameVariants('贵州銀行')).toContain('贵州银行');
  });

  it('gives a name without Chinese characters once', () => {
    expect(nameVariants('ABC Ltd')).toEqual(['ABC Ltd']);
  });
});
