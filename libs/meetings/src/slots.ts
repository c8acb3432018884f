import { EVENT_LIMITS, slotCount } from '@duijie/events';

/** A slot of a session: the unit the scheduler places meetings in. */
export interface EventSlot {
  start: Date;
  end: Date;
  session: number;
  sessionId: string;
}

/**
 * Every slot of the event's sessions, in time order: each session cut into `slotMinutes` pieces.
 * Bounded whatever the rows say (events stored before the limits existed may be a century long):
 * at most `EVENT_LIMITS.maxSlotsPerSession` per session and `maxSlotsPerEvent` in all.
 */
export function slotsOf(
  sessions: readonly { id: string; startsAt: Date; endsAt: Date }[],
  slotMinutes: number,
): EventSlot[] {
  const length = slotMinutes * 60_000;
  const ordered = [...sessions].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const out: EventSlot[] = [];
  ordered.forEach((s, session) => {
    const count = Math.min(slotCount(s.startsAt, s.endsAt, slotMinutes), EVENT_LIMITS.maxSlotsPerSession);
    for (let i = 0; i < count && out.length < EVENT_LIMITS.maxSlotsPerEvent; i += 1) {
      const t = s.startsAt.getTime() + i * length;
      out.push({ start: new Date(t), end: new Date(t + length), session, sessionId: s.id });
    }
  });
  return out;
}

/** Times in Asia/Shanghai (UTC+8, no daylight saving), the zone of every docking event. */
export function shanghaiTime(d: Date): string {
  const local = new Date(d.getTime() + 8 * 3600_000);
  return `${String(local.getUTCHours()).padStart(2, '0')}:${String(local.getUTCMinutes()).padStart(2, '0')}`;
}

export function shanghaiDate(d: Date): string {
  return new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
