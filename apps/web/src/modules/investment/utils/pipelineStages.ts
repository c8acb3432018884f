import type { InvestmentPipelineStage, InvestmentProjectStage } from '../../../generated/graphql';
import type { MessageId } from '../../../locales/zh-CN';

/** 招商进度, in order (forward one stage at a time; back only with a reason). */
export const PIPELINE_STAGES: InvestmentPipelineStage[] = [
  'IDENTIFIED',
  'CONTACTED',
  'VISITED',
  'NEGOTIATING',
  'SIGNED',
  'LANDED',
];

export const STAGE_LABELS: Record<InvestmentPipelineStage, MessageId> = {
  IDENTIFIED: 'investment.stage.IDENTIFIED',
  CONTACTED: 'investment.stage.CONTACTED',
  VISITED: 'investment.stage.VISITED',
  NEGOTIATING: 'investment.stage.NEGOTIATING',
  SIGNED: 'investment.stage.SIGNED',
  LANDED: 'investment.stage.LANDED',
};

export const PROJECT_STAGES: InvestmentProjectStage[] = ['UNDER_CONSTRUCTION', 'PLANNED', 'SEEKING_INVESTORS'];

export const PROJECT_STAGE_LABELS: Record<InvestmentProjectStage, MessageId> = {
  UNDER_CONSTRUCTION: 'investment.projectStage.UNDER_CONSTRUCTION',
  PLANNED: 'investment.projectStage.PLANNED',
  SEEKING_INVESTORS: 'investment.projectStage.SEEKING_INVESTORS',
};

/** The stage after `stage`, or null at LANDED. */
export function nextStage(stage: InvestmentPipelineStage): InvestmentPipelineStage | null {
  return PIPELINE_STAGES[PIPELINE_STAGES.indexOf(stage) + 1] ?? null;
}

/** SIGNED asks for the signed amount, LANDED for the landed one. */
export function amountFieldOf(stage: InvestmentPipelineStage): 'signedAmountCny' | 'landedAmountCny' | null {
  return stage === 'SIGNED' ? 'signedAmountCny' : stage === 'LANDED' ? 'landedAmountCny' : null;
}
