import { hasEnded, nextStages } from './outcomeLabels';

describe('deal stages', () => {
  it('moves forward or cancels, never back', () => {
    expect(nextStages('INTENT')).toEqual(['SIGNED', 'CANCELLED']);
    expect(nextStages('SIGNED')).toEqual(['FULFILLED', 'CANCELLED']);
    expect(nextStages('FULFILLED')).toEqual([]);
    expect(nextStages('CANCELLED')).toEqual([]);
  });

  it('rates only meetings that ended', () => {
    expect(hasEnded('2020-05-29T02:00:00Z', new Date('2020-05-29T03:00:00Z'))).toBe(true);
    expect(hasEnded('2020-05-29T04:00:00Z', new Date('2020-05-29T03:00:00Z'))).toBe(false);
  });
});
