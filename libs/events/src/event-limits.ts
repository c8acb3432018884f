import type { ListBound } from '@duijie/common';

/**
 * How much work one docking event may make the platform do. Every read of an event's sessions,
 * slots and lists is bounded by these, so an anonymous query over an event costs a known maximum.
 */
export const EVENT_LIMITS = {
  /** From the first to the last minute of the event. */
  maxDays: 31,
  /** Meeting sessions (e.g. a morning and an afternoon per day) per event. */
  maxSessions: 62,
  /** Slots one session is cut into (e.g. 41 h of 5-minute slots). */
  maxSlotsPerSession: 500,
  /** Slots of all sessions together: a firm has at most one meeting per slot. */
  maxSlotsPerEvent: 1_000,
  /** Meeting tables. */
  maxTables: 200,
} as const;

/**
 * An event's plain list fields (registrations, meeting requests, meetings, deals) return this many
 * items unless `first` asks for up to `max`: every answer, and its estimated cost, is bounded.
 */
export const EVENT_LIST: ListBound = { fallback: 100, max: 500 };

/** The number of whole slots of `slotMinutes` between two instants (0 when the span is shorter). */
export function slotCount(startsAt: Date, endsAt: Date, slotMinutes: number): number {
  const span = endsAt.getTime() - startsAt.getTime();
  return span > 0 && slotMinutes > 0 ? Math.floor(span / (slotMinutes * 60_000)) : 0;
}
