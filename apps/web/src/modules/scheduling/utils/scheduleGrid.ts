import { formatTime } from '../../../shared/format';

/** What the grid needs of a meeting (ScheduleMeeting fragment). */
export interface GridMeeting {
  id: string;
  startsAt: string;
  table: string;
  published: boolean;
  locked: boolean;
  parties: readonly { id: string; name: string }[];
  request?: { id: string } | null;
}

export interface GridSession {
  id: string;
  title: string;
  slots: readonly string[];
}

/** One row of a session's grid: a table and, for each slot of the session, its meeting or null. */
export interface GridRow<M extends GridMeeting> {
  table: string;
  tags: readonly string[];
  cells: { slot: string; meeting: M | null }[];
}

/** `3号桌` for a numbered table, the label itself otherwise (`贵宾桌A`, `T1`). */
export function tableName(label: string): string {
  return /^\d+$/.test(label) ? `${label}号桌` : label;
}

/** The accessible name of a grid cell, `3号桌 10:00` (what browser tests drag between). */
export function cellName(table: string, slot: string): string {
  return `${tableName(table)} ${formatTime(slot)}`;
}

const instant = (iso: string) => new Date(iso).getTime();

/** Tables × slots of one session; a meeting sits in the cell of its table and starting slot. */
export function sessionGrid<M extends GridMeeting>(
  session: GridSession,
  tables: readonly { label: string; tags: readonly string[] }[],
  meetings: readonly M[],
): GridRow<M>[] {
  const at = new Map(meetings.map((meeting) => [`${meeting.table}@${instant(meeting.startsAt)}`, meeting]));
  return tables.map((t) => ({
    table: t.label,
    tags: t.tags,
    cells: session.slots.map((slot) => ({ slot, meeting: at.get(`${t.label}@${instant(slot)}`) ?? null })),
  }));
}

/** Meetings outside every session's slots or at a table the event no longer has (shown apart, never lost). */
export function strayMeetings<M extends GridMeeting>(
  sessions: readonly GridSession[],
  tables: readonly { label: string }[],
  meetings: readonly M[],
): M[] {
  const slots = new Set(sessions.flatMap((s) => s.slots.map(instant)));
  const labels = new Set(tables.map((t) => t.label));
  return meetings.filter((meeting) => !slots.has(instant(meeting.startsAt)) || !labels.has(meeting.table));
}

/** Accepted requests that have no meeting yet: the ones an organiser can place by hand. */
export function unscheduledRequests<R extends { id: string }>(
  accepted: readonly R[],
  meetings: readonly GridMeeting[],
): R[] {
  const placed = new Set(meetings.map((meeting) => meeting.request?.id).filter(Boolean));
  return accepted.filter((r) => !placed.has(r.id));
}

/** How close a run came to the bound: objective ÷ bound as a percentage (null when it cannot be said). */
export function boundShare(objective: number | null, upperBound: number | null): number | null {
  if (objective === null || upperBound === null) return null;
  if (upperBound <= 0) return objective >= upperBound ? 100 : null;
  return Math.round((objective / upperBound) * 1000) / 10;
}

/** Each table's meetings in time order, for the printed sheet per table. */
export function tableSheets<M extends GridMeeting>(
  tables: readonly { label: string }[],
  meetings: readonly M[],
): { table: string; meetings: M[] }[] {
  return tables.map((t) => ({
    table: t.label,
    meetings: meetings
      .filter((meeting) => meeting.table === t.label)
      .sort((a, b) => instant(a.startsAt) - instant(b.startsAt)),
  }));
}
