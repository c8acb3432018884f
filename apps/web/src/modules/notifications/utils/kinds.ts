import { AppPath, pathTo } from '../../../app/paths';
import type { MessageId } from '../../../locales/zh-CN';

/** Every notification kind the API sends (libs/notifications NOTIFICATION_KINDS), with its label. */
export const NOTIFICATION_KIND_LABELS = {
  MATCH_SUGGESTED: 'notification.kind.MATCH_SUGGESTED',
  MEETING_REQUESTED: 'notification.kind.MEETING_REQUESTED',
  MEETING_ACCEPTED: 'notification.kind.MEETING_ACCEPTED',
  MEETING_DECLINED: 'notification.kind.MEETING_DECLINED',
  MEETING_SCHEDULED: 'notification.kind.MEETING_SCHEDULED',
  MEETING_MOVED: 'notification.kind.MEETING_MOVED',
  MEETING_CANCELLED: 'notification.kind.MEETING_CANCELLED',
  EVENT_REGISTRATION_APPROVED: 'notification.kind.EVENT_REGISTRATION_APPROVED',
  EVENT_REGISTRATION_REJECTED: 'notification.kind.EVENT_REGISTRATION_REJECTED',
  DEAL_CONFIRMATION_REQUESTED: 'notification.kind.DEAL_CONFIRMATION_REQUESTED',
  DEAL_CONFIRMED: 'notification.kind.DEAL_CONFIRMED',
  DEAL_DECLINED: 'notification.kind.DEAL_DECLINED',
  LISTING_PROPOSED: 'notification.kind.LISTING_PROPOSED',
  ENTERPRISE_CLAIM_APPROVED: 'notification.kind.ENTERPRISE_CLAIM_APPROVED',
  TECHNOLOGY_MATCHED: 'notification.kind.TECHNOLOGY_MATCHED',
  TECHNOLOGY_CONTRACT_PROPOSED: 'notification.kind.TECHNOLOGY_CONTRACT_PROPOSED',
  TECHNOLOGY_CONTRACT_CONFIRMED: 'notification.kind.TECHNOLOGY_CONTRACT_CONFIRMED',
  TECHNOLOGY_CONTRACT_DECLINED: 'notification.kind.TECHNOLOGY_CONTRACT_DECLINED',
  FINANCING_NEED_MATCHED: 'notification.kind.FINANCING_NEED_MATCHED',
  FINANCING_PRODUCT_MATCHED: 'notification.kind.FINANCING_PRODUCT_MATCHED',
  INVESTMENT_CONTACTED: 'notification.kind.INVESTMENT_CONTACTED',
  ROUND_TABLE_HOSTED: 'notification.kind.ROUND_TABLE_HOSTED',
  ROUND_TABLE_CANCELLED: 'notification.kind.ROUND_TABLE_CANCELLED',
  WEBHOOK_DISABLED: 'notification.kind.WEBHOOK_DISABLED',
  POLICY_ELIGIBLE: 'notification.kind.POLICY_ELIGIBLE',
  POLICY_APPLICATION_REVIEWED: 'notification.kind.POLICY_APPLICATION_REVIEWED',
} as const satisfies Record<string, MessageId>;

export type NotificationKind = keyof typeof NOTIFICATION_KIND_LABELS;
export const NOTIFICATION_KINDS = Object.keys(NOTIFICATION_KIND_LABELS) as NotificationKind[];

export function kindLabel(kind: string): MessageId | null {
  return (NOTIFICATION_KIND_LABELS as Record<string, MessageId>)[kind] ?? null;
}

/** The ids a notification is about (its `data` JSON), read defensively. */
export interface NotificationRefs {
  eventId?: string;
  listingId?: string;
  meetingRequestId?: string;
}

/**
 * Where a notification leads: the page on which the firm acts on it. Kinds about an event go to
 * the event's tab that holds them; the 政产学金 and 招商 kinds to their own pages (their data may
 * name an event too, which is not where they are answered).
 */
export function targetOf(
  kind: string,
  data: string | null | undefined,
  participantType?: string | null,
): string | null {
  const refs = refsOf(data);
  const eventTab = (tab: string) => (refs.eventId ? pathTo(AppPath.EventTab, { eventId: refs.eventId, tab }) : null);
  switch (kind) {
    case 'MATCH_SUGGESTED':
      return refs.listingId ? pathTo(AppPath.ListingDetail, { listingId: refs.listingId }) : AppPath.Suggestions;
    case 'MEETING_REQUESTED':
    case 'MEETING_ACCEPTED':
    case 'MEETING_DECLINED':
      return eventTab('requests');
    case 'MEETING_SCHEDULED':
    case 'MEETING_MOVED':
    case 'MEETING_CANCELLED':
    case 'ROUND_TABLE_HOSTED':
    case 'ROUND_TABLE_CANCELLED':
      return eventTab('agenda');
    case 'EVENT_REGISTRATION_APPROVED':
    case 'EVENT_REGISTRATION_REJECTED':
      return refs.eventId ? pathTo(AppPath.EventDetail, { eventId: refs.eventId }) : AppPath.Events;
    case 'DEAL_CONFIRMATION_REQUESTED':
    case 'DEAL_CONFIRMED':
    case 'DEAL_DECLINED':
      return eventTab('deals');
    case 'LISTING_PROPOSED':
      return AppPath.Listings;
    case 'ENTERPRISE_CLAIM_APPROVED':
      return AppPath.Enterprise;
    case 'TECHNOLOGY_MATCHED':
    case 'TECHNOLOGY_CONTRACT_PROPOSED':
    case 'TECHNOLOGY_CONTRACT_CONFIRMED':
    case 'TECHNOLOGY_CONTRACT_DECLINED':
      // Both sides are told: a research body answers on its results' page, a firm on its needs'.
      return participantType === 'RESEARCH_INSTITUTE' ? AppPath.ResearchResults : AppPath.TechnologyNeeds;
    case 'FINANCING_NEED_MATCHED':
      return AppPath.FinancingProducts;
    case 'FINANCING_PRODUCT_MATCHED':
      return AppPath.FinancingNeeds;
    case 'INVESTMENT_CONTACTED':
      return AppPath.Investment;
    case 'POLICY_ELIGIBLE':
    case 'POLICY_APPLICATION_REVIEWED':
      return AppPath.Policies;
    case 'WEBHOOK_DISABLED':
      return AppPath.NotificationSettings;
    default:
      return refs.listingId ? pathTo(AppPath.ListingDetail, { listingId: refs.listingId }) : null;
  }
}

export function refsOf(data: string | null | undefined): NotificationRefs {
  if (!data) return {};
  try {
    const parsed = JSON.parse(data) as Record<string, unknown>;
    const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
    const listingIds = Array.isArray(parsed.listingIds) ? parsed.listingIds : [];
    return {
      eventId: str(parsed.eventId),
      listingId: str(parsed.listingId) ?? str(listingIds[0]),
      meetingRequestId: str(parsed.meetingRequestId),
    };
  } catch {
    return {};
  }
}

/** Cached lists held at the query root (the others hang off the event the notification names). */
export const ROOT_LISTS = [
  'matchSuggestions',
  'partnerSuggestions',
  'myAgenda',
  'listingProposals',
  'myEnterpriseClaims',
  'me',
] as const;
export type StaleField = (typeof ROOT_LISTS)[number] | 'meetingRequests' | 'registrations';

/** What cached lists a new notification of this kind makes stale. */
export function staleFieldsOf(kind: string): StaleField[] {
  switch (kind) {
    case 'MATCH_SUGGESTED':
      return ['matchSuggestions', 'partnerSuggestions'];
    case 'MEETING_REQUESTED':
    case 'MEETING_ACCEPTED':
    case 'MEETING_DECLINED':
      return ['meetingRequests'];
    case 'MEETING_SCHEDULED':
    case 'MEETING_MOVED':
    case 'MEETING_CANCELLED':
      return ['myAgenda', 'meetingRequests'];
    case 'ROUND_TABLE_HOSTED':
    case 'ROUND_TABLE_CANCELLED':
      return ['myAgenda'];
    case 'EVENT_REGISTRATION_APPROVED':
    case 'EVENT_REGISTRATION_REJECTED':
      return ['registrations'];
    case 'LISTING_PROPOSED':
      return ['listingProposals'];
    case 'ENTERPRISE_CLAIM_APPROVED':
      // The claimant is now a member: the signed-in user's enterprise changed.
      return ['me', 'myEnterpriseClaims'];
    default:
      return [];
  }
}
