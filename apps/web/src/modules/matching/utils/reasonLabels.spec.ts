import { mySide } from './reasonLabels';

describe('mySide', () => {
  const s = { supply: { enterprise: { id: 'box' } }, supplyDecision: 'ACCEPT' as const, demandDecision: null };

  it('finds my side and my decision', () => {
    expect(mySide(s, 'box')).toEqual({ side: 'supply', decision: 'ACCEPT' });
    expect(mySide(s, 'liquor')).toEqual({ side: 'demand', decision: null });
  });
});
