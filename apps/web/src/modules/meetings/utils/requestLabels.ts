import type { MeetingRequestStatus } from '../../../generated/graphql';
import type { MessageId } from '../../../locales/zh-CN';

export const REQUEST_LABELS: Record<MeetingRequestStatus, MessageId> = {
  PENDING: 'request.status.PENDING',
  ACCEPTED: 'request.status.ACCEPTED',
  DECLINED: 'request.status.DECLINED',
  CANCELLED: 'request.status.CANCELLED',
};

export const REQUEST_COLORS: Record<MeetingRequestStatus, string> = {
  PENDING: 'warning',
  ACCEPTED: 'success',
  DECLINED: 'error',
  CANCELLED: 'default',
};

/** Table needs a request may name (the event's table tags). */
export const TABLE_TAG_LABELS: Record<string, MessageId> = { interpreter: 'tableTag.interpreter', vip: 'tableTag.vip' };

/** The calendar subscription URL of an event's agenda for a feed key. */
export function agendaFeedUrl(origin: string, eventId: string, key: string): string {
  return `${origin}/events/${encodeURIComponent(eventId)}/agenda.ics?key=${encodeURIComponent(key)}`;
}
