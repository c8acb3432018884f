import type { RequestSpec, SchedulingProblem, SlotSpec } from '@duijie/scheduling';
import { meetingWeight } from '@duijie/scheduling';

import { rng } from '../matching/corpus';

export interface EventShape {
  firms: number;
  requests: number;
  sessions: number;
  slotsPerSession: number;
  tables: number;
  interpreterTables: number;
  unavailableShare: number;
  interpreterShare: number;
  /** Popularity skew of the invited firm (0 = uniform): big buyers are asked more often. */
  skew: number;
  seed: number;
}

/** B8 as the issue states it. */
export const B8: EventShape = {
  firms: 300,
  requests: 2000,
  sessions: 2,
  slotsPerSession: 9,
  tables: 60,
  interpreterTables: 8,
  unavailableShare: 0.1,
  interpreterShare: 0.05,
  skew: 0.3,
  seed: 20201,
};

/**
 * A docking event of the given shape: requesters uniform, invitees with a mild popularity skew,
 * distinct pairs, match scores uniform in [0.3, 1], a third of requests wanted by both sides.
 * Interpreter tables are the last ones (as organisers number them), each firm misses a random
 * share of slots.
 */
export function generateEvent(shape: EventShape): SchedulingProblem {
  const rnd = rng(shape.seed); // deterministic (mulberry32)
  const firm = (i: number) => `firm-${i}`;
  const slots: SlotSpec[] = [];
  const day = Date.UTC(2020, 8, 15, 1, 0);
  for (let s = 0; s < shape.sessions; s++) {
    for (let k = 0; k < shape.slotsPerSession; k++) {
      const start = day + s * 5 * 3600_000 + k * 20 * 60_000;
      slots.push({ start, end: start + 20 * 60_000, session: s });
    }
  }
  const tables = Array.from({ length: shape.tables }, (_, i) => ({
    label: `T${String(i + 1).padStart(2, '0')}`,
    tags: i >= shape.tables - shape.interpreterTables ? ['interpreter'] : [],
  }));
  const popularity = Array.from({ length: shape.firms }, (_, i) => 1 / Math.pow(i + 1, shape.skew));
  const total = popularity.reduce((a, b) => a + b, 0);
  const pickPopular = () => {
    let x = rnd() * total;
    for (let i = 0; i < popularity.length; i++) if ((x -= popularity[i]) <= 0) return i;
    return popularity.length - 1;
  };
  const seen = new Set<string>();
  const requests: RequestSpec[] = [];
  while (requests.length < shape.requests) {
    const a = Math.floor(rnd() * shape.firms);
    const b = pickPopular();
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    requests.push({
      id: `req-${requests.length}`,
      parties: [firm(a), firm(b)],
      weight: meetingWeight(0.3 + 0.7 * rnd(), rnd() < 1 / 3),
      needs: rnd() < shape.interpreterShare ? ['interpreter'] : [],
    });
  }
  const unavailable = new Map<string, Set<number>>();
  for (let i = 0; i < shape.firms; i++) {
    const off = new Set<number>();
    slots.forEach((_, s) => rnd() < shape.unavailableShare && off.add(s));
    unavailable.set(firm(i), off);
  }
  return { slots, tables, requests, unavailable, fixed: [] };
}
