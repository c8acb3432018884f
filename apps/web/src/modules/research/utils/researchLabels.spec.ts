import { decimalOrNull, toNeedInput, toResultInput } from './researchLabels';

describe('research form values', () => {
  it('sends an empty price as 面议 (null) and keeps amounts exact', () => {
    expect(decimalOrNull('')).toBeNull();
    expect(decimalOrNull(undefined)).toBeNull();
    expect(decimalOrNull(' 800000.50 ')).toBe('800000.50');
    expect(decimalOrNull(1000000)).toBe('1000000');
  });

  it('drops IP rows without a number and trims the texts', () => {
    const input = toResultInput({
      title: ' 刺梨汁低温浓缩技术 ',
      description: '低温浓缩',
      categoryCodes: ['1523'],
      maturity: 'PILOT',
      ipRights: [
        { kind: 'INVENTION_PATENT', number: ' ZL202010123456.7 ' },
        { kind: 'UTILITY_MODEL', number: '' },
      ],
      cooperationModes: ['TRANSFER'],
      priceCny: '',
      open: true,
    });
    expect(input).toMatchObject({
      title: '刺梨汁低温浓缩技术',
      ipRights: [{ kind: 'INVENTION_PATENT', number: 'ZL202010123456.7' }],
      priceCny: null,
    });
  });

  it('builds a need without a budget', () => {
    expect(
      toNeedInput({
        title: '辣椒酱灌装',
        problem: '无菌灌装',
        categoryCode: '1469',
        deadline: '2030-12-31',
        minMaturity: 'PILOT',
      }),
    ).toEqual({
      title: '辣椒酱灌装',
      problem: '无菌灌装',
      categoryCode: '1469',
      budgetCny: null,
      deadline: '2030-12-31',
      minMaturity: 'PILOT',
    });
  });
});
