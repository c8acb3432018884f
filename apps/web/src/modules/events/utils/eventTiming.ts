/** Upcoming (not yet ended, soonest first) and past (latest first) events. */
export function splitByTime<T extends { startsAt: string; endsAt: string }>(
  events: readonly T[],
  now: Date,
): { upcoming: T[]; past: T[] } {
  const upcoming = events.filter((e) => new Date(e.endsAt) >= now).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const past = events.filter((e) => new Date(e.endsAt) < now).sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  return { upcoming, past };
}

/** Registration is open until `registrationClosesAt` (or the event's start when none is set). */
export function registrationOpen(e: { startsAt: string; registrationClosesAt?: string | null }, now: Date): boolean {
  return now < new Date(e.registrationClosesAt ?? e.startsAt);
}
