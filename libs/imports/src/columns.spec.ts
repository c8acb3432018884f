import { fieldOfHeader, headerUnit } from './columns';

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
    // the period a product is offered or bought in (供应期 至2027年3月底): its end is the listing's
    expect(fieldOfHeader('供应期')).toBe('validUntil');
    expect(fieldOfHeader('采购期')).toBe('validUntil');
    expect(fieldOfHeader('计量单位')).toBe('unit');
    expect(fieldOfHeader('负责人电话')).toBe('contactPhone');
    // …量 of what is supplied or needed, its kind in brackets; not a quality or a content
    expect(fieldOfHeader('年供（需）量')).toBe('quantity');
    expect(fieldOfHeader('月需量')).toBe('quantity');
    expect(fieldOfHeader('质量')).not.toBe('quantity');
    expect(fieldOfHeader('含量')).not.toBe('quantity');
  });

  it('reads a bilingual header by its Chinese words, the English after a line break or a space', () => {
    expect(fieldOfHeader('单位名称\nFirm')).toBe('enterpriseName');
    expect(fieldOfHeader('求购产品\nItem')).toBe('title');
    expect(fieldOfHeader('需求量 Volume')).toBe('quantity');
    expect(fieldOfHeader('意向价格 / Target Price')).toBe('price');
    expect(fieldOfHeader('备注 Notes')).toBe('remark');
  });

  it('reads the first part of a combined header that names a field', () => {
    expect(fieldOfHeader('规格/要求')).toBe('specification');
    expect(fieldOfHeader('联系人、电话')).toBe('contactName');
  });

  it('reads an export’s English keys by their words, and leaves a key no word names', () => {
    for (const [key, field] of [
      ['ent_name', 'enterpriseName'],
      ['companyName', 'enterpriseName'],
      ['unified_code', 'creditCode'],
      ['goods_title', 'title'],
      ['sku_name', 'title'],
      ['qty_unit', 'unit'],
      ['priceFrom', 'priceMin'],
      ['price_upper', 'priceMax'],
      ['valid_end_time', 'validUntil'],
      ['contact_tel', 'contactPhone'],
      ['contact_name', 'contactName'],
      ['supply_type', 'kind'],
      ['memo', 'remark'],
      ['addr', 'regionCode'],
    ] as const)
      expect([key, fieldOfHeader(key)]).toEqual([key, field]);
    for (const key of ['id', 'created_at', 'audit_status', 'foo_bar']) expect(fieldOfHeader(key)).toBeNull();
  });

  it('reads a header by the words that name its field, whatever else it says', () => {
    expect(fieldOfHeader('采购内容')).toBe('title');
    expect(fieldOfHeader('品名/规格')).toBe('title');
    expect(fieldOfHeader('产品及规格')).toBe('title');
    // a variety beside its specification is one (规格/品种 under 供应产品, beside 产品名称); 品种 alone names the product
    expect(fieldOfHeader('规格/品种')).toBe('specification');
    expect(fieldOfHeader('品种/规格')).toBe('specification');
    expect(fieldOfHeader('品种')).toBe('title');
    expect(fieldOfHeader('服务内容')).toBe('title');
    expect(fieldOfHeader('砂石场名称')).toBe('enterpriseName');
    expect(fieldOfHeader('1、民宿（企业）名称（与营业执照一致）')).toBe('enterpriseName');
    expect(fieldOfHeader('酒店名称')).toBe('enterpriseName');
    expect(fieldOfHeader('供货价')).toBe('price');
    expect(fieldOfHeader('可供时间')).toBe('validUntil');
    expect(fieldOfHeader('需求事项')).toBe('title');
    // a system's 行政区划名称 beside its 行政区划代码 is the place, not a product's name
    expect(fieldOfHeader('行政区划名称')).toBe('regionCode');
    expect(fieldOfHeader('报价有效期')).toBe('validUntil');
    expect(fieldOfHeader('价格截止日期')).toBe('validUntil');
    expect(fieldOfHeader('供货单位')).toBe('enterpriseName');
    expect(fieldOfHeader('企业（个体户）名称')).toBe('enterpriseName');
    expect(fieldOfHeader('采购方全称')).toBe('enterpriseName');
    expect(fieldOfHeader('纳税人识别号')).toBe('creditCode');
    expect(fieldOfHeader('注册地址')).toBe('regionCode');
    expect(fieldOfHeader('所属县（市、区）')).toBe('regionCode');
    expect(fieldOfHeader('供应品种')).toBe('title');
    expect(fieldOfHeader('拟采购物资名称')).toBe('title');
    expect(fieldOfHeader('可供应量')).toBe('quantity');
    expect(fieldOfHeader('月用量')).toBe('quantity');
    expect(fieldOfHeader('收购价')).toBe('price');
    expect(fieldOfHeader('供货期限')).toBe('validUntil');
    expect(fieldOfHeader('质量标准')).toBe('specification');
    expect(fieldOfHeader('对接人')).toBe('contactName');
    expect(fieldOfHeader('联系人及手机')).toBe('contactName');
    expect(fieldOfHeader('供或需')).toBe('kind');
    expect(fieldOfHeader('区别')).toBe('regionCode');
    expect(fieldOfHeader('年生产能力')).toBe('quantity');
    expect(fieldOfHeader('单价上限')).toBe('priceMax');
    expect(fieldOfHeader('最低报价')).toBe('priceMin');
    expect(fieldOfHeader('采购时间（截止）')).toBe('validUntil');
    expect(fieldOfHeader('需/供')).toBe('kind');
    // the date a demand is needed by or a supply offered until
    expect(fieldOfHeader('需求时间')).toBe('validUntil');
    expect(fieldOfHeader('供货时间')).toBe('validUntil');
    expect(fieldOfHeader('到货日期')).toBe('validUntil');
    expect(fieldOfHeader('交货地点')).toBe(null);
  });

  it('reads the unit a header gives its numbers', () => {
    expect(headerUnit('数量（吨）')).toBe('吨');
    expect(headerUnit('单价(万元/吨)')).toBe('万元/吨');
    expect(headerUnit('产品名称（必填）')).toBeNull();
    expect(headerUnit('数量')).toBeNull();
    expect(headerUnit('参考单价（元/计量单位）')).toBe('元');
    // how the column is filled in, not its unit
    expect(headerUnit('供应量/需求量（只填数字）')).toBeNull();
    expect(headerUnit('数量（请填写整数）')).toBeNull();
    expect(fieldOfHeader('种植面积（亩）')).toBe('quantity');
    expect(headerUnit('种植面积（亩）')).toBe('亩');
  });

  it('does not guess from words that belong to other names', () => {
    expect(fieldOfHeader('交货地点')).toBeNull();
    expect(fieldOfHeader('合同金额（万元）')).toBeNull();
    expect(fieldOfHeader('企业规模')).toBeNull();
    expect(fieldOfHeader('所属行业')).toBeNull();
    expect(fieldOfHeader('所属产业链')).toBeNull();
    expect(fieldOfHeader('采购/销售')).toBe('kind');
    expect(fieldOfHeader('购/销')).toBe('kind');
    expect(fieldOfHeader('所在地')).toBe('regionCode');
    expect(fieldOfHeader('产品类别')).toBeNull();
    expect(fieldOfHeader('企业性质')).toBeNull();
    expect(fieldOfHeader('填报单位')).toBeNull();
  });
});
