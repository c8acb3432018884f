import { nextReviews, toPublishPolicyInput } from './policyForm';

describe('the policy form (console)', () => {
  it('sends each rule with the fields of its kind only, and the deadline at the end of the day in Shanghai', () => {
    const input = toPublishPolicyInput({
      title: '产销对接奖补',
      benefit: '按合同金额 2% 奖补',
      benefitAmountCny: ' ',
      deadline: '2027-06-30',
      regionCodes: ['520000'],
      rules: [
        { kind: 'SECTOR', sectors: ['ECO_FOOD'], minDeals: 3 },
        { kind: 'SIGNED_DEALS', minDeals: null, minAmountCny: '100000' },
        { kind: 'VERIFIED', sectors: ['ECO_FOOD'] },
      ],
    });
    expect(input).toEqual({
      title: '产销对接奖补',
      benefit: '按合同金额 2% 奖补',
      benefitAmountCny: null,
      deadline: '2027-06-30T23:59:59+08:00',
      regionCodes: ['520000'],
      rules: [
        { kind: 'SECTOR', sectors: ['ECO_FOOD'] },
        { kind: 'SIGNED_DEALS', minDeals: 1, minAmountCny: '100000' },
        { kind: 'VERIFIED' },
      ],
    });
  });

  it('offers the reviews that may follow a status', () => {
    expect(nextReviews('SUBMITTED')).toEqual(['ACCEPTED', 'REJECTED']);
    expect(nextReviews('ACCEPTED')).toEqual(['GRANTED', 'REJECTED']);
    expect(nextReviews('GRANTED')).toEqual([]);
  });
});
