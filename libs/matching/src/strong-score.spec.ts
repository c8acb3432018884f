import { CONFIDENTIAL_TIE_SCORE } from '@duijie/accounts';

import { STRONG_SCORE } from './match-engine.service';

describe('the strong score', () => {
  it('is the score from which a pair shows its supplier a confidential demand (the access policy’s)', () => {
    expect(CONFIDENTIAL_TIE_SCORE).toBe(STRONG_SCORE);
  });
});
