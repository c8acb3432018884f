import type { BadInputError } from '@duijie/common';

import { PipelineStage as S } from './investment.entity';
import { checkStageMove } from './pipeline-rules';

const none = { signedAmountCny: null, landedAmountCny: null };
const fields = (f: () => void): string[] => {
  try {
    f();
    return [];
  } catch (e) {
    return (e as BadInputError).fieldErrors.map((x) => x.field);
  }
};

describe('checkStageMove', () => {
  it('moves forward one stage at a time', () => {
    expect(fields(() => checkStageMove(S.IDENTIFIED, { stage: S.CONTACTED }, none))).toEqual([]);
    expect(fields(() => checkStageMove(S.IDENTIFIED, { stage: S.VISITED }, none))).toEqual(['stage']);
    expect(fields(() => checkStageMove(S.CONTACTED, { stage: S.CONTACTED }, none))).toEqual(['stage']);
  });

  it('goes back only with a reason', () => {
    expect(fields(() => checkStageMove(S.NEGOTIATING, { stage: S.CONTACTED }, none))).toEqual(['reason']);
    expect(fields(() => checkStageMove(S.NEGOTIATING, { stage: S.CONTACTED, reason: '对方暂缓' }, none))).toEqual([]);
  });

  it('asks for the signed amount at SIGNED and the landed amount at LANDED', () => {
    expect(fields(() => checkStageMove(S.NEGOTIATING, { stage: S.SIGNED }, none))).toEqual(['signedAmountCny']);
    expect(fields(() => checkStageMove(S.NEGOTIATING, { stage: S.SIGNED, signedAmountCny: '1000.00' }, none))).toEqual(
      [],
    );
    expect(fields(() => checkStageMove(S.SIGNED, { stage: S.LANDED }, { ...none, signedAmountCny: '1' }))).toEqual([
      'landedAmountCny',
    ]);
    expect(fields(() => checkStageMove(S.SIGNED, { stage: S.LANDED, landedAmountCny: '5.00' }, none))).toEqual([]);
  });
});
