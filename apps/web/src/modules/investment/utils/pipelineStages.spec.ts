import { amountFieldOf, nextStage } from './pipelineStages';

describe('pipeline stages', () => {
  it('moves one stage at a time and ends at LANDED', () => {
    expect(nextStage('IDENTIFIED')).toBe('CONTACTED');
    expect(nextStage('SIGNED')).toBe('LANDED');
    expect(nextStage('LANDED')).toBeNull();
  });

  it('asks for an amount at SIGNED and LANDED', () => {
    expect(amountFieldOf('SIGNED')).toBe('signedAmountCny');
    expect(amountFieldOf('LANDED')).toBe('landedAmountCny');
    expect(amountFieldOf('VISITED')).toBeNull();
  });
});
