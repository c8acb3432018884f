import type { EntityManager } from 'typeorm';

import type { DockingEventEntity } from '@duijie/events';

/** A seeded, accepted meeting request of a past demo event, with the suggested pair it came from. */
export interface HeldRequest {
  id: string;
  supplier: string;
  buyer: string;
  score: number;
  suggestionId: string;
}

/** Pairs from this score up signed a contract at the event; the rest rated the meeting only. */
export const DEMO_SIGNED_SCORE = 0.85;

/**
 * What a 2020 event left behind: its accepted requests placed in the sessions (the first slot
 * both firms have free, the first free table), the schedule published, each meeting rated by
 * both firms (有合作可能 for strong pairs, 有收获 for the others), and for the strongest pairs a
 * signed contract both firms confirmed, worth the demand's quantity at the supply's lowest price
 * (an intent without an amount when either is missing).
 */
export async function seedDemoOutcomes(
  tx: EntityManager,
  event: DockingEventEntity,
  requests: readonly HeldRequest[],
  organiserUserId: string,
): Promise<{ meetings: number; deals: number }> {
  const sessions: { startsAt: Date; endsAt: Date }[] = await tx.query(
    `SELECT starts_at AS "startsAt", ends_at AS "endsAt" FROM meeting_session WHERE event_id = $1 ORDER BY starts_at`,
    [event.id],
  );
  const step = event.slotMinutes * 60_000;
  const slots = sessions.flatMap((s) => {
    const out: Date[] = [];
    for (let t = s.startsAt.getTime(); t + step <= s.endsAt.getTime(); t += step) out.push(new Date(t));
    return out;
  });
  const busy = new Set<string>();
  const counts = { meetings: 0, deals: 0 };
  for (const q of requests) {
    const slot = slots.find((s) => !busy.has(`${q.supplier}@${+s}`) && !busy.has(`${q.buyer}@${+s}`));
    const table = slot && event.tables.find((t) => !busy.has(`${t.label}@${+slot}`));
    if (!slot || !table) continue;
    for (const k of [q.supplier, q.buyer, table.label]) busy.add(`${k}@${+slot}`);
    const [meeting]: { id: string }[] = await tx.query(
      `INSERT INTO meeting (event_id, request_id, party_a, party_b, starts_at, ends_at, table_label, published)
       VALUES ($1, $2, $3, $4, $5, $6, $7, true) RETURNING id`,
      [event.id, q.id, q.buyer, q.supplier, slot, new Date(+slot + step), table.label],
    );
    counts.meetings += 1;
    const rating = q.score >= 0.8 ? 'COOPERATION_POSSIBLE' : 'INFORMATIVE';
    await tx.query(`INSERT INTO meeting_rating (meeting_id, enterprise_id, rating) VALUES ($1, $2, $3), ($1, $4, $3)`, [
      meeting.id,
      q.buyer,
      rating,
      q.supplier,
    ]);
    if (q.score < DEMO_SIGNED_SCORE) continue;
    // The contract's worth from the two listings: the quantity asked for at the lowest price offered.
    const [worth]: { supplyId: string; demandId: string; amount: string | null }[] = await tx.query(
      `SELECT s.supply_id AS "supplyId", s.demand_id AS "demandId",
              CASE WHEN ls.unit IS NOT DISTINCT FROM ld.unit THEN round((ld.quantity * ls.price_min)::numeric, 2)::text END AS amount
         FROM match_suggestion s JOIN listing ls ON ls.id = s.supply_id JOIN listing ld ON ld.id = s.demand_id
        WHERE s.id = $1`,
      [q.suggestionId],
    );
    const stage = worth.amount ? 'SIGNED' : 'INTENT';
    await tx.query(
      `INSERT INTO deal (event_id, meeting_id, supply_listing_id, demand_listing_id, supplier_enterprise_id, buyer_enterprise_id,
                         stage, amount_cny, note, supplier_confirmed_at, buyer_confirmed_at, agreed_stage, agreed_amount_cny, recorded_by_user_id,
                         recorded_by_organiser)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, '现场签约', $9, $9, $7, $8, $10, true)`,
      [
        event.id,
        meeting.id,
        worth.supplyId,
        worth.demandId,
        q.supplier,
        q.buyer,
        stage,
        worth.amount,
        event.endsAt,
        organiserUserId,
      ],
    );
    counts.deals += 1;
  }
  await tx.query(`UPDATE docking_event SET schedule_published_at = $2 WHERE id = $1`, [
    event.id,
    new Date(event.startsAt.getTime() - 86400_000),
  ]);
  return counts;
}
