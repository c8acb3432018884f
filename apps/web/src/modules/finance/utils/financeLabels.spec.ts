import { nextLoanStages, parseRegionCodes } from './financeLabels';

describe('financeLabels', () => {
  it('offers only forward loan stages', () => {
    expect(nextLoanStages(null)).toEqual(['ACCEPTED', 'APPROVED', 'DISBURSED', 'REJECTED']);
    expect(nextLoanStages('APPROVED')).toEqual(['DISBURSED', 'REJECTED']);
    expect(nextLoanStages('DISBURSED')).toEqual([]);
  });

  it('reads region codes separated by commas, spaces or 、', () => {
    expect(parseRegionCodes('520000，520300、 520100')).toEqual(['520000', '520300', '520100']);
    expect(parseRegionCodes('')).toEqual([]);
  });
});
