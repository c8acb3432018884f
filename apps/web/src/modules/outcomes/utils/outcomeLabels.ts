import type { DealReportStatus, DealStage, MeetingRating } from '../../../generated/graphql';
import type { MessageId } from '../../../locales/zh-CN';

export const RATING_LABELS: Record<MeetingRating, MessageId> = {
  COOPERATION_POSSIBLE: 'rating.COOPERATION_POSSIBLE',
  INFORMATIVE: 'rating.INFORMATIVE',
  INSUFFICIENT_INTEREST: 'rating.INSUFFICIENT_INTEREST',
  NO_SHOW: 'rating.NO_SHOW',
};

export const STAGE_LABELS: Record<DealStage, MessageId> = {
  INTENT: 'deal.stage.INTENT',
  SIGNED: 'deal.stage.SIGNED',
  FULFILLED: 'deal.stage.FULFILLED',
  CANCELLED: 'deal.stage.CANCELLED',
};

/** Whether the event report counts a deal (合作核实), and the tag it shows in. */
export const REPORT_STATUS: Record<DealReportStatus, { label: MessageId; color: string }> = {
  COUNTED: { label: 'dealReview.status.COUNTED', color: 'success' },
  AWAITING_REVIEW: { label: 'dealReview.status.AWAITING_REVIEW', color: 'warning' },
  EXCLUDED: { label: 'dealReview.status.EXCLUDED', color: 'default' },
};

/** Where a deal may go next: forward only, or cancelled. */
export function nextStages(stage: DealStage): DealStage[] {
  switch (stage) {
    case 'INTENT':
      return ['SIGNED', 'CANCELLED'];
    case 'SIGNED':
      return ['FULFILLED', 'CANCELLED'];
    default:
      return [];
  }
}

/** A meeting has ended and can be rated. */
export function hasEnded(endsAt: string, now: Date): boolean {
  return new Date(endsAt) <= now;
}
