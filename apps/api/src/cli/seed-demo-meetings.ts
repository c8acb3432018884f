import type { EntityManager } from 'typeorm';

import { DockingEventEntity } from '@duijie/events';
import { CHAIN_DATA } from '@duijie/reference';

import { DEMO_UPCOMING_EVENT } from './demo-data';
import { type HeldRequest, seedDemoOutcomes } from './seed-demo-outcomes';

/** A demo firm as the meetings seed needs it. */
export interface DemoFirm {
  key: string;
  id: string;
  sector: string;
  categoryCodes: readonly string[];
  /** Categories the firm's demands are posted under. */
  demandCategoryCodes: readonly string[];
  /** A government body's, bank's or research body's events, by title: they come for the event, not a category. */
  events?: readonly string[];
}

/** The lowest match score that makes a demo firm ask for a meeting. */
export const DEMO_REQUEST_SCORE = 0.5;

const neighbours = new Map<string, Set<string>>();
for (const e of CHAIN_DATA.edges) {
  for (const [a, b] of [
    [e.from, e.to],
    [e.to, e.from],
  ]) {
    if (!neighbours.has(a)) neighbours.set(a, new Set());
    neighbours.get(a)!.add(b);
  }
}

/**
 * Whether a firm's industry belongs at an event: its sector is one of the event's, and it makes
 * one of the event's categories, or asks for one (a factory at the 5G event), or — a firm of the
 * event's own industries — makes a chain neighbour of one (the anode maker at the aluminium
 * event). 配套 (SUPPORTING) firms come only for the event's own categories: a glass bottle maker
 * belongs at the liquor event, not at the 刺梨 one. A government body, a bank or a research body
 * takes part in the events it names.
 */
export function firmBelongsToEvent(
  firm: Pick<DemoFirm, 'sector' | 'categoryCodes' | 'demandCategoryCodes' | 'events'>,
  event: { title?: string; sectors: readonly string[]; categoryCodes: readonly string[] },
): boolean {
  if (firm.events) return event.title != null && firm.events.includes(event.title);
  if (!event.sectors.includes(firm.sector)) return false;
  const inEvent = (c: string) => event.categoryCodes.includes(c);
  if (firm.categoryCodes.some(inEvent) || firm.demandCategoryCodes.some(inEvent)) return true;
  if (firm.sector === 'SUPPORTING') return false;
  return firm.categoryCodes.some((c) => event.categoryCodes.some((e) => neighbours.get(e)?.has(c)));
}

/** The Asia/Shanghai calendar date of an instant. */
const shanghaiDay = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

/**
 * For each demo event without sessions: a morning and an afternoon session on its first day, the
 * demo firms whose industry belongs there registered (approved, or awaiting review at the
 * upcoming event), and between every two approved registrants whose listings were matched, a
 * meeting request from the buyer carrying that suggestion and its score (the best pair of the
 * two firms). Past events get their requests accepted, held and followed up (seedDemoOutcomes); at
 * the upcoming event the requests to some firms still await their answer and scheduling is left
 * to the organiser. Idempotent: an event with sessions is left alone.
 */
export async function seedDemoMeetings(
  tx: EntityManager,
  organiserUserId: string,
  firms: readonly DemoFirm[],
): Promise<{ sessions: number; registrations: number; requests: number }> {
  const counts = { sessions: 0, registrations: 0, requests: 0 };
  const byKey = new Map(firms.map((f) => [f.key, f]));
  const keysOf = (keys: readonly string[]) => new Set(keys.map((k) => byKey.get(k)?.id).filter(Boolean));
  const events = await tx
    .getRepository(DockingEventEntity)
    .find({ where: { organiserUserId }, order: { startsAt: 'ASC' } });
  for (const event of events) {
    const has: unknown[] = await tx.query(`SELECT 1 FROM meeting_session WHERE event_id = $1 LIMIT 1`, [event.id]);
    if (has.length) continue;
    const upcoming = event.title === DEMO_UPCOMING_EVENT.title;
    const pending = upcoming ? keysOf(DEMO_UPCOMING_EVENT.pendingRegistrations) : new Set();
    const absent = upcoming ? keysOf(DEMO_UPCOMING_EVENT.unregistered) : new Set();
    const awaiting = upcoming ? keysOf(DEMO_UPCOMING_EVENT.pendingRequestsTo) : new Set();

    const day = shanghaiDay(event.startsAt);
    const sessions = [
      { title: '上午场 一对一洽谈', startsAt: `${day}T09:30:00+08:00`, endsAt: `${day}T12:00:00+08:00` },
      { title: '下午场 一对一洽谈', startsAt: `${day}T14:00:00+08:00`, endsAt: `${day}T16:30:00+08:00` },
    ].filter(
      (s) => Date.parse(s.startsAt) >= event.startsAt.getTime() && Date.parse(s.endsAt) <= event.endsAt.getTime(),
    );
    for (const s of sessions) {
      await tx.query(`INSERT INTO meeting_session (event_id, title, starts_at, ends_at) VALUES ($1, $2, $3, $4)`, [
        event.id,
        s.title,
        s.startsAt,
        s.endsAt,
      ]);
      counts.sessions += 1;
    }

    const approved: string[] = [];
    for (const f of firms) {
      if (!firmBelongsToEvent(f, event) || absent.has(f.id)) continue;
      const status = pending.has(f.id) ? 'PENDING' : 'APPROVED';
      const added: unknown[] = await tx.query(
        `INSERT INTO event_registration (event_id, enterprise_id, status, listing_ids, reviewed_at)
         SELECT $1, $2, $3, COALESCE(array_agg(l.id ORDER BY l.created_at), '{}'), CASE WHEN $3 = 'APPROVED' THEN now() END
           FROM listing l WHERE l.enterprise_id = $2 AND l.status = 'OPEN'
         ON CONFLICT (event_id, enterprise_id) DO NOTHING RETURNING 1`,
        [event.id, f.id, status],
      );
      counts.registrations += added.length;
      if (status === 'APPROVED') approved.push(f.id);
    }

    // The best suggestion of each pair of approved registrants, whichever of the two supplies.
    const pairs: { id: string; score: number; supplier: string; buyer: string }[] = await tx.query(
      `SELECT DISTINCT ON (least(s.supply_enterprise_id, s.demand_enterprise_id), greatest(s.supply_enterprise_id, s.demand_enterprise_id))
              s.id, s.score::float8 AS score, s.supply_enterprise_id AS supplier, s.demand_enterprise_id AS buyer
         FROM match_suggestion s
         JOIN listing ls ON ls.id = s.supply_id AND ls.status = 'OPEN'
         JOIN listing ld ON ld.id = s.demand_id AND ld.status = 'OPEN'
        WHERE s.supply_enterprise_id = ANY($1::uuid[]) AND s.demand_enterprise_id = ANY($1::uuid[])
          AND s.supply_enterprise_id <> s.demand_enterprise_id AND s.score >= $2
          AND s.supply_decision IS DISTINCT FROM 'DISMISS' AND s.demand_decision IS DISTINCT FROM 'DISMISS'
        ORDER BY least(s.supply_enterprise_id, s.demand_enterprise_id), greatest(s.supply_enterprise_id, s.demand_enterprise_id),
                 s.score DESC, s.id`,
      [approved, DEMO_REQUEST_SCORE],
    );
    const held: HeldRequest[] = [];
    for (const p of pairs) {
      const accepted = !awaiting.has(p.supplier);
      const [low, high] = p.buyer < p.supplier ? [p.buyer, p.supplier] : [p.supplier, p.buyer];
      const added: { id: string }[] = await tx.query(
        `INSERT INTO meeting_request (event_id, requester_enterprise_id, invitee_enterprise_id, enterprise_low, enterprise_high,
                                      match_suggestion_id, match_score, status, message, responded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, '看到平台的匹配建议，希望当面洽谈供货', CASE WHEN $8 = 'ACCEPTED' THEN now() END)
         ON CONFLICT (event_id, enterprise_low, enterprise_high) WHERE status <> 'CANCELLED' DO NOTHING RETURNING id`,
        [event.id, p.buyer, p.supplier, low, high, p.id, p.score, accepted ? 'ACCEPTED' : 'PENDING'],
      );
      counts.requests += added.length;
      if (added.length && accepted) held.push({ ...p, id: added[0].id, suggestionId: p.id });
      // The buyer marked the suggestion 感兴趣 before asking; a supplier who accepted did too.
      await tx.query(
        `UPDATE match_suggestion SET demand_decision = COALESCE(demand_decision, 'ACCEPT'),
                supply_decision = CASE WHEN $2 THEN COALESCE(supply_decision, 'ACCEPT') ELSE supply_decision END
          WHERE id = $1`,
        [p.id, accepted],
      );
    }
    if (event.endsAt.getTime() < Date.now()) await seedDemoOutcomes(tx, event, held, organiserUserId);
  }
  return counts;
}
