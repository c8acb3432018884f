import { EnterpriseScale } from '@duijie/enterprises';

import { GuaranteeType } from './finance.enums';
import { financingFit, regionPrefix, worthKeeping, yuan } from './financing-fit';

const names = { sector: (s: string) => (s === 'ECO_FOOD' ? '生态特色食品' : s), region: (r: string) => r };
const product = {
  minAmountCny: '100000',
  maxAmountCny: '3000000',
  minTermMonths: 6,
  maxTermMonths: 36,
  guaranteeTypes: [GuaranteeType.ORDER_FINANCING, GuaranteeType.CREDIT],
  sectors: ['ECO_FOOD'],
  regionCodes: ['520000'],
  scales: [EnterpriseScale.MICRO, EnterpriseScale.SMALL],
};
const need = {
  amountCny: '2000000',
  termMonths: 12,
  guaranteeTypes: [GuaranteeType.ORDER_FINANCING],
  sector: 'ECO_FOOD',
  regionCode: '520102',
  scale: EnterpriseScale.SMALL,
};

describe('financingFit', () => {
  it('scores a full fit 1 and says each condition in Chinese', () => {
    const fit = financingFit(product, need, names);
    expect(fit.eligible).toBe(true);
    expect(fit.score).toBe(1);
    expect(fit.conditions.map((c) => c.detail)).toContain('产品接受订单融资，企业可提供订单融资');
    expect(fit.conditions.find((c) => c.code === 'AMOUNT')!.detail).toBe(
      '额度覆盖需求：产品额度10万元至300万元，需求200万元',
    );
  });

  it('explains an eligibility miss and scores it 0', () => {
    const fit = financingFit(product, { ...need, scale: EnterpriseScale.LARGE }, names);
    expect(fit.eligible).toBe(false);
    expect(fit.score).toBe(0);
    expect(fit.conditions.find((c) => c.code === 'SCALE')).toMatchObject({
      met: false,
      detail: '产品面向微型、小型企业，本企业为大型企业',
    });
    expect(worthKeeping(fit)).toBe(true);
  });

  it('gives part of the amount when the product covers only part of the need', () => {
    const fit = financingFit(product, { ...need, amountCny: '6000000' }, names);
    const amount = fit.conditions.find((c) => c.code === 'AMOUNT')!;
    expect(amount.met).toBe(false);
    expect(amount.detail).toBe('额度不足：产品最高300万元，可覆盖需求600万元的50%');
    expect(fit.score).toBeLessThan(1);
  });

  it('matches regions by GB/T 2260 prefix', () => {
    expect(regionPrefix('520000')).toBe('52');
    expect(regionPrefix('520100')).toBe('5201');
    expect(regionPrefix('520102')).toBe('520102');
    expect(financingFit({ ...product, regionCodes: ['520300'] }, need, names).eligible).toBe(false);
  });

  it('writes yuan exactly', () => {
    expect(yuan('1250000.50')).toBe('1,250,000.50元');
    expect(yuan('3000000')).toBe('300万元');
  });
});
