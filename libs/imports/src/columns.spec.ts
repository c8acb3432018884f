import { fieldOfHeader } from './columns';

describe('fieldOfHeader', () => {
  it('reads the template and the variants bureaus write', () => {
    expect(fieldOfHeader('统一社会信用代码')).toBe('creditCode');
    expect(fieldOfHeader('产品名称（必填）')).toBe('title');
    expect(fieldOfHeader('数量（吨）')).toBe('quantity');
    expect(fieldOfHeader('序号')).toBe('ignore');
  });

  it('reads a name with a qualifier in front by the word that says its field', () => {
    expect(fieldOfHeader('需求数量')).toBe('quantity');
    expect(fieldOfHeader('拟采购数量')).toBe('quantity');
    expect(fieldOfHeader('预算单价（元）')).toBe('price');
    expect(fieldOfHeader('意向价格')).toBe('price');
    expect(fieldOfHeader('交货截止日期')).toBe('validUntil');
    expect(fieldOfHeader('计量单位')).toBe('unit');
    expect(fieldOfHeader('负责人电话')).toBe('contactPhone');
  });

  it('reads the first part of a combined header that names a field', () => {
    expect(fieldOfHeader('规格/要求')).toBe('specification');
    expect(fieldOfHeader('联系人、电话')).toBe('contactName');
  });

  it('does not guess from words that belong to other names', () => {
    expect(fieldOfHeader('产品类别')).toBeNull();
    expect(fieldOfHeader('企业性质')).toBeNull();
    expect(fieldOfHeader('填报单位')).toBeNull();
  });
});
