import { gapNeed, nearness, rankLead } from './lead-ranking';

const supplier = (over: Partial<Parameters<typeof rankLead>[0]['supplier']> = {}) => ({
  enterpriseId: 'a',
  categoryCode: '0141',
  regionCode: '520102',
  verified: true,
  openSupplies: 2,
  quantities: [{ unit: '吨', quantity: 50 }],
  certifications: ['ORGANIC'],
  ...over,
});

describe('rankLead', () => {
  const facts = {
    categoryName: '辣椒种植',
    regionCode: '520300',
    regionName: '遵义市',
    supplierPlace: '贵州省贵阳市',
    need: gapNeed('遵义市', '辣椒种植', 3),
    trade: null,
    certificationNames: (c: string) => (c === 'ORGANIC' ? '有机产品认证' : c),
  };

  it('explains the gap, the capacity, the certifications, the distance and the verification in Chinese', () => {
    const r = rankLead({ ...facts, supplier: supplier() });
    expect(r.reasons[0]).toBe('遵义市缺辣椒种植：本地有 3 条在架需求，没有本地供应（缺链）');
    expect(r.reasons).toContain('在架供应辣椒种植 2 条，合计 50吨');
    expect(r.reasons).toContain('持有认证：有机产品认证');
    expect(r.reasons.some((x) => x.includes('同省其他地区') && x.includes('平台无坐标'))).toBe(true);
    expect(r.reasons).toContain('已认证企业（营业执照已核验）');
  });

  it('ranks trade already done with local firms and nearness higher', () => {
    const far = rankLead({ ...facts, supplier: supplier({ regionCode: '530102' }) });
    const near = rankLead({ ...facts, supplier: supplier() });
    const traded = rankLead({ ...facts, supplier: supplier(), trade: { deals: 2, amountCny: '80000.00' } });
    expect(near.score).toBeGreaterThan(far.score);
    expect(traded.score).toBeGreaterThan(near.score);
    expect(traded.reasons).toContain('已与遵义市企业确认签约 2 笔，金额 ¥80000.00，合作基础好');
  });

  it('measures distance by division codes', () => {
    expect(nearness('520382', '520381').value).toBe(1);
    expect(nearness('520300', '520102').value).toBe(0.6);
    expect(nearness('520300', '530102').value).toBe(0.2);
  });
});
