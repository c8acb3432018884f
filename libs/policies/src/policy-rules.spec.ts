import { FieldErrors } from '@duijie/common';
import { EnterpriseScale } from '@duijie/enterprises';
import { Sector } from '@duijie/reference';

import type { FirmFacts, PolicyRule, RuleNames } from './policy-rules';
import { checkRules, evaluatePolicy, PolicyRuleKind, regionPrefix } from './policy-rules';

const names: RuleNames = {
  region: (c) => ({ '520000': '贵州省', '520102': '贵州省贵阳市南明区', '510104': '四川省成都市锦江区' })[c] ?? c,
  certification: (c) => ({ SC: '食品生产许可' })[c] ?? c,
  event: () => '生态特色食品产销对接活动',
};

const firm = (over: Partial<FirmFacts> = {}): FirmFacts => ({
  enterpriseId: 'f1',
  sector: Sector.ECO_FOOD,
  regionCode: '520102',
  scale: EnterpriseScale.SMALL,
  verified: true,
  certifications: ['SC'],
  events: [{ eventId: 'e1', attended: true }],
  signedDeals: 1,
  signedAmountCny: 120000,
  ...over,
});

const rules: PolicyRule[] = [
  { kind: PolicyRuleKind.SECTOR, sectors: [Sector.ECO_FOOD] },
  { kind: PolicyRuleKind.SIGNED_DEALS, minDeals: 1 },
];

describe('policy rules (libs/policies)', () => {
  it('reads region prefixes from GB/T 2260 codes', () => {
    expect(regionPrefix('520000')).toBe('52');
    expect(regionPrefix('520300')).toBe('5203');
    expect(regionPrefix('520102')).toBe('520102');
  });

  it('finds a firm meeting every rule eligible, each condition met in Chinese', () => {
    const r = evaluatePolicy({ regionCodes: ['520000'], rules }, firm(), names);
    expect(r.eligible).toBe(true);
    expect(r.conditions.map((c) => c.detail)).toEqual([
      '已满足：政策适用地区 贵州省',
      '已满足：所属行业 生态特色食品',
      '已满足：已签约合同 1 笔',
    ]);
  });

  it('says what a firm misses, with its current figure', () => {
    const r = evaluatePolicy({ regionCodes: ['520000'], rules }, firm({ signedDeals: 0, signedAmountCny: 0 }), names);
    expect(r.eligible).toBe(false);
    expect(r.conditions.filter((c) => !c.met).map((c) => c.detail)).toEqual([
      '未满足：需至少 1 笔已签约合同，当前 0 笔',
    ]);
    const out = evaluatePolicy({ regionCodes: ['520000'], rules }, firm({ regionCode: '510104' }), names);
    expect(out.conditions[0].detail).toBe('未满足：政策适用于 贵州省，企业注册地为 四川省成都市锦江区');
  });

  it('checks size, certification, events, amount and verification', () => {
    const all: PolicyRule[] = [
      { kind: PolicyRuleKind.SCALE, scales: [EnterpriseScale.MEDIUM] },
      { kind: PolicyRuleKind.CERTIFICATION, certifications: ['SC'] },
      { kind: PolicyRuleKind.EVENT_PARTICIPATION, eventIds: ['e2'] },
      { kind: PolicyRuleKind.SIGNED_DEALS, minDeals: 1, minAmountCny: '500000' },
      { kind: PolicyRuleKind.VERIFIED },
    ];
    const r = evaluatePolicy({ regionCodes: ['520000'], rules: all }, firm({ verified: false }), names);
    expect(r.conditions.map((c) => c.met)).toEqual([true, false, true, false, false, false]);
    expect(r.conditions[1].detail).toBe('未满足：企业规模须为 中型企业，当前为 小型企业');
    expect(r.conditions[4].detail).toBe('未满足：需至少 1 笔已签约合同，合计不少于 ¥500,000，当前 1 笔，合计 ¥120,000');
  });

  it('names each bad field of the rules in Chinese', () => {
    const errors = new FieldErrors();
    checkRules(
      errors,
      [
        { kind: PolicyRuleKind.SECTOR, sectors: [] },
        { kind: PolicyRuleKind.SIGNED_DEALS, minDeals: 0, minAmountCny: '-1' },
        { kind: PolicyRuleKind.REGION, regionCodes: ['999999'] },
        { kind: PolicyRuleKind.SECTOR, sectors: [Sector.ECO_FOOD] },
      ],
      { isRegion: (c) => c === '520000', isCertification: () => true, existingEvents: new Set() },
    );
    expect(errors.list().map((e) => e.field)).toEqual([
      'rules[0].sectors',
      'rules[1].minDeals',
      'rules[1].minAmountCny',
      'rules[2].regionCodes',
      'rules[3].kind',
    ]);
    expect(errors.list()[1].message).toContain('已签约合同笔数');
  });
});
