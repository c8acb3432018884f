// No decorators or imports here: the console's tests read this list too.

/** Every kind of notification, and the data each carries (see NotificationProducer). */
export const NOTIFICATION_KINDS = [
  'MATCH_SUGGESTED',
  'MEETING_REQUESTED',
  'MEETING_ACCEPTED',
  'MEETING_DECLINED',
  'MEETING_SCHEDULED',
  'MEETING_MOVED',
  'MEETING_CANCELLED',
  'EVENT_REGISTRATION_APPROVED',
  'EVENT_REGISTRATION_REJECTED',
  /** A deal (or a change to it) awaits the firm's confirmation. */
  'DEAL_CONFIRMATION_REQUESTED',
  'DEAL_CONFIRMED',
  'DEAL_DECLINED',
  /** An organiser's import proposed listings to the firm (待确认的供需信息); it accepts or rejects each. */
  'LISTING_PROPOSED',
  /** The firm's claim (认领企业) was approved; the claimant is now its member. */
  'ENTERPRISE_CLAIM_APPROVED',
  /** 产学研对接: a technology result and a technology need were matched (both sides, once per pair). */
  'TECHNOLOGY_MATCHED',
  /** A technology contract awaits the firm's confirmation; then its answer to the proposer. */
  'TECHNOLOGY_CONTRACT_PROPOSED',
  'TECHNOLOGY_CONTRACT_CONFIRMED',
  'TECHNOLOGY_CONTRACT_DECLINED',
  /** 政银企: a firm's financing need fits one of the bank's products (to the bank, once per pair). */
  'FINANCING_NEED_MATCHED',
  /** 政银企: a bank's financing product fits the firm's need (to the firm, once per pair). */
  'FINANCING_PRODUCT_MATCHED',
  /** A government body contacted the firm about investing (招商接洽): its pipeline entry reached CONTACTED. */
  'INVESTMENT_CONTACTED',
  /** 圆桌对接: the organiser set up a round table the firm hosts. */
  'ROUND_TABLE_HOSTED',
  /** 圆桌对接: the organiser called off a round table the firm hosts or has a seat at. */
  'ROUND_TABLE_CANCELLED',
  /** In-app only: an endpoint was switched off after repeated failures. */
  'WEBHOOK_DISABLED',
  /** The firm meets every rule of a policy (符合条件), told once per policy. */
  'POLICY_ELIGIBLE',
  /** The issuing body reviewed the firm's application (申报) for a policy. */
  'POLICY_APPLICATION_REVIEWED',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
