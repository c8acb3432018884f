import type { CreateDockingEventInput, OrganiserEventFragment, Sector } from '../../../generated/graphql';

/** What the event form holds; times as Shanghai wall-clock text (`2030-09-15 09:00`), whatever the browser's zone. */
export interface EventFormValues {
  title: string;
  theme: string;
  venue: string;
  sectors: Sector[];
  categoryCodes: string[];
  startsAt: string | null;
  endsAt: string | null;
  slotMinutes: number | null;
  maxRequestsPerFirm: number | null;
  registrationClosesAt: string | null;
  tables: { label: string; tags?: string[] }[];
}

export const WALL_FORMAT = 'YYYY-MM-DD HH:mm';
const WALL = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/;

/** `2030-09-15 09:00` in Asia/Shanghai (UTC+8 all year) → an ISO instant; null when the text is no such time. */
export function shanghaiToIso(wall: string | null | undefined): string | null {
  const m = wall ? WALL.exec(wall.trim()) : null;
  if (!m) return null;
  const [, y, mo, d, h, mi] = m;
  return new Date(`${y}-${mo}-${d}T${h}:${mi}:00+08:00`).toISOString();
}

/** An ISO instant as Shanghai wall-clock text, `2030-09-15 09:00`. */
export function isoToShanghai(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return null;
  return new Date(t + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/** The form's values as the API's input (creation and update take the same fields). */
export function toEventInput(v: EventFormValues): CreateDockingEventInput {
  return {
    title: v.title ?? '',
    theme: v.theme ?? '',
    venue: v.venue ?? '',
    sectors: v.sectors ?? [],
    categoryCodes: v.categoryCodes ?? [],
    // A missing time is sent as the empty string, so the API names the field (startsAt（日期时间）…).
    startsAt: shanghaiToIso(v.startsAt) ?? '',
    endsAt: shanghaiToIso(v.endsAt) ?? '',
    slotMinutes: v.slotMinutes ?? 0,
    maxRequestsPerFirm: v.maxRequestsPerFirm ?? null,
    registrationClosesAt: shanghaiToIso(v.registrationClosesAt),
    tables: (v.tables ?? []).map((t) => ({ label: t.label ?? '', tags: t.tags ?? [] })),
  };
}

/** An event as the form's starting values. */
export function toEventFormValues(e: OrganiserEventFragment): EventFormValues {
  return {
    title: e.title,
    theme: e.theme,
    venue: e.venue,
    sectors: e.sectors,
    categoryCodes: e.categories.map((c) => c.code),
    startsAt: isoToShanghai(e.startsAt),
    endsAt: isoToShanghai(e.endsAt),
    slotMinutes: e.slotMinutes,
    maxRequestsPerFirm: e.maxRequestsPerFirm,
    registrationClosesAt: isoToShanghai(e.registrationClosesAt),
    tables: e.tables.map((t) => ({ label: t.label, tags: t.tags })),
  };
}

/** A new event's starting values: ten tables, 20-minute slots, 30 requests per firm. */
export function blankEventFormValues(): EventFormValues {
  return {
    title: '',
    theme: '',
    venue: '',
    sectors: [],
    categoryCodes: [],
    startsAt: null,
    endsAt: null,
    slotMinutes: 20,
    maxRequestsPerFirm: 30,
    registrationClosesAt: null,
    tables: Array.from({ length: 10 }, (_, i) => ({ label: `${i + 1}号桌`, tags: [] })),
  };
}

/** Tags an organiser picks for a table (GLOSSARY: 翻译桌、贵宾桌); others may be typed. */
export const TABLE_TAGS = ['interpreter', 'vip'] as const;
