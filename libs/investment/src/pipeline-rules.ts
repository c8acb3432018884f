import { FieldErrors } from '@duijie/common';

import { PIPELINE_STAGE_NAMES, PipelineStage } from './investment.entity';

export const PIPELINE_ORDER: readonly PipelineStage[] = [
  PipelineStage.IDENTIFIED,
  PipelineStage.CONTACTED,
  PipelineStage.VISITED,
  PipelineStage.NEGOTIATING,
  PipelineStage.SIGNED,
  PipelineStage.LANDED,
];

export interface StageMove {
  stage: PipelineStage;
  reason?: string | null;
  signedAmountCny?: string | null;
  landedAmountCny?: string | null;
}

/**
 * The rules of a stage change (招商进度): forward one stage at a time (so the firm is contacted before
 * anything else happens with it), back to any earlier stage only with a reason; SIGNED needs the
 * signed amount (given now or before), LANDED the landed amount. BAD_USER_INPUT naming the field.
 */
export function checkStageMove(
  from: PipelineStage,
  move: StageMove,
  current: { signedAmountCny: string | null; landedAmountCny: string | null },
): void {
  const errors = new FieldErrors();
  const a = PIPELINE_ORDER.indexOf(from);
  const b = PIPELINE_ORDER.indexOf(move.stage);
  const name = (s: PipelineStage) => `${PIPELINE_STAGE_NAMES[s]}（${s}）`;
  if (a === b) errors.add('stage', `stage（阶段）已是${name(from)}`);
  else if (b > a + 1)
    errors.add(
      'stage',
      `stage（阶段）不能从${name(from)}跳到${name(move.stage)}：请逐级推进，下一步是${name(PIPELINE_ORDER[a + 1])}`,
    );
  else if (b < a && !move.reason?.trim())
    errors.add('reason', `reason（原因）：从${name(from)}退回${name(move.stage)}须说明原因`);
  if (move.stage === PipelineStage.SIGNED && !(move.signedAmountCny ?? current.signedAmountCny))
    errors.add('signedAmountCny', 'signedAmountCny（签约投资额，元）：进入已签约（SIGNED）须填写签约金额');
  if (move.stage === PipelineStage.LANDED && !(move.landedAmountCny ?? current.landedAmountCny))
    errors.add('landedAmountCny', 'landedAmountCny（落地投资额，元）：进入已落地（LANDED）须填写落地金额');
  if (move.landedAmountCny && PIPELINE_ORDER.indexOf(move.stage) < PIPELINE_ORDER.indexOf(PipelineStage.LANDED))
    errors.add('landedAmountCny', 'landedAmountCny（落地投资额，元）只能在进入已落地（LANDED）时填写');
  if (move.signedAmountCny && PIPELINE_ORDER.indexOf(move.stage) < PIPELINE_ORDER.indexOf(PipelineStage.SIGNED))
    errors.add('signedAmountCny', 'signedAmountCny（签约投资额，元）只能在进入已签约（SIGNED）或之后填写');
  errors.throwIfAny();
}
