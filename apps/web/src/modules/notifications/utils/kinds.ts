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
  WEBHOOK_DISABLED: 'notification.kind.WEBHOOK_DISABLED',
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

/** What cached lists a new notification of this kind makes stale. */
export function staleFieldsOf(
  kind: string,
): ('matchSuggestions' | 'partnerSuggestions' | 'meetingRequests' | 'myAgenda' | 'registrations')[] {
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
    case 'EVENT_REGISTRATION_APPROVED':
    case 'EVENT_REGISTRATION_REJECTED':
      return ['registrations'];
    default:
      return [];
  }
}
