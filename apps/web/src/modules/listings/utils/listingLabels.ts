import type { ListingKind, ListingStatus, MatchingStatus } from '../../../generated/graphql';
import type { MessageId } from '../../../locales/zh-CN';

export const KIND_LABELS: Record<ListingKind, MessageId> = {
  SUPPLY: 'listing.kind.SUPPLY',
  DEMAND: 'listing.kind.DEMAND',
};
export const KIND_COLORS: Record<ListingKind, string> = { SUPPLY: 'green', DEMAND: 'blue' };

export const STATUS_LABELS: Record<ListingStatus, MessageId> = {
  OPEN: 'listing.status.OPEN',
  CLOSED: 'listing.status.CLOSED',
  EXPIRED: 'listing.status.EXPIRED',
};

export const MATCHING_LABELS: Record<MatchingStatus, MessageId> = {
  PENDING: 'listing.matching.PENDING',
  DONE: 'listing.matching.DONE',
};
