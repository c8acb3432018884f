import type { EntityManager } from 'typeorm';

import { ZHENG_CHAN_XUE_JIN_EVENT } from './demo-data';

/** The demo's round tables (圆桌对接): a host's key, the topic, seats offered and seats taken. */
export const DEMO_ROUND_TABLES = [
  {
    host: 'qianyin-bank',
    topic: '食品企业融资圆桌',
    description: '订单融资、知识产权质押贷、供应链金融：银行与食品企业面对面',
    capacity: 8,
    taken: 3,
  },
  {
    host: 'gz-agri-univ',
    topic: '刺梨深加工技术圆桌',
    description: '刺梨汁、刺梨果脯与维C提取技术成果转化',
    capacity: 6,
    taken: 2,
  },
] as const;

/**
 * Round tables at the 政产学金 event: each host's table for two consecutive slots late in the
 * afternoon, where the host, the table and the seated firms have no meeting, with a few seats
 * taken by approved food firms. The claims go to the same rows as the meetings' (table and firms'
 * time), so the database's no-overlap rule holds for the demo too. Idempotent: an event with round
 * tables is left alone.
 */
export async function seedDemoRoundTables(
  tx: EntityManager,
  organiserUserId: string,
  firms: readonly { key: string; id: string; sector: string; events?: readonly string[] }[],
): Promise<number> {
  const [event]: { id: string; slotMinutes: number; tables: { label: string }[] }[] = await tx.query(
    `SELECT id, slot_minutes AS "slotMinutes", tables FROM docking_event WHERE organiser_user_id = $1 AND title = $2`,
    [organiserUserId, ZHENG_CHAN_XUE_JIN_EVENT],
  );
  if (!event) return 0;
  const has: unknown[] = await tx.query(`SELECT 1 FROM round_table WHERE event_id = $1 LIMIT 1`, [event.id]);
  if (has.length) return 0;
  const sessions: { startsAt: Date; endsAt: Date }[] = await tx.query(
    `SELECT starts_at AS "startsAt", ends_at AS "endsAt" FROM meeting_session WHERE event_id = $1 ORDER BY starts_at`,
    [event.id],
  );
  const step = event.slotMinutes * 60_000;
  // Pairs of consecutive slots of one session, latest first.
  const pairs = sessions
    .flatMap((s) => {
      const out: [Date, Date][] = [];
      for (let t = s.startsAt.getTime(); t + 2 * step <= s.endsAt.getTime(); t += step)
        out.push([new Date(t), new Date(t + 2 * step)]);
      return out;
    })
    .reverse();
  const meetings: { a: string; b: string; table: string; startsAt: Date; endsAt: Date }[] = await tx.query(
    `SELECT party_a AS a, party_b AS b, table_label AS table, starts_at AS "startsAt", ends_at AS "endsAt" FROM meeting WHERE event_id = $1`,
    [event.id],
  );
  const approved: { id: string }[] = await tx.query(
    `SELECT enterprise_id AS id FROM event_registration WHERE event_id = $1 AND status = 'APPROVED' ORDER BY created_at, enterprise_id`,
    [event.id],
  );
  const byKey = new Map(firms.map((f) => [f.key, f]));
  const parties = new Set(firms.filter((f) => f.events).map((f) => f.id));
  const candidates = approved.map((r) => r.id).filter((id) => !parties.has(id));
  const claims: { who: string; from: number; to: number }[] = meetings.flatMap((m) => [
    { who: m.a, from: +m.startsAt, to: +m.endsAt },
    { who: m.b, from: +m.startsAt, to: +m.endsAt },
    { who: `table:${m.table}`, from: +m.startsAt, to: +m.endsAt },
  ]);
  const free = (who: string, from: number, to: number) =>
    !claims.some((c) => c.who === who && c.from < to && from < c.to);
  let made = 0;
  for (const spec of DEMO_ROUND_TABLES) {
    const host = byKey.get(spec.host);
    if (!host) continue;
    for (const [start, end] of pairs) {
      const [from, to] = [+start, +end];
      const table = [...event.tables].reverse().find((t) => free(`table:${t.label}`, from, to));
      const seats = candidates.filter((id) => free(id, from, to)).slice(0, spec.taken);
      if (!free(host.id, from, to) || !table || seats.length < spec.taken) continue;
      const [row]: { id: string }[] = await tx.query(
        `INSERT INTO round_table (event_id, host_enterprise_id, topic, description, table_label, starts_at, ends_at, capacity)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [event.id, host.id, spec.topic, spec.description, table.label, start, end, spec.capacity],
      );
      await tx.query(
        `INSERT INTO meeting_table_claim (event_id, table_label, starts_at, ends_at, round_table_id) VALUES ($1, $2, $3, $4, $5)`,
        [event.id, table.label, start, end, row.id],
      );
      await tx.query(
        `INSERT INTO meeting_party (round_table_id, enterprise_id, starts_at, ends_at)
         SELECT $1, unnest($2::uuid[]), $3, $4`,
        [row.id, [host.id, ...seats], start, end],
      );
      for (const who of [host.id, `table:${table.label}`, ...seats]) claims.push({ who, from, to });
      made += 1;
      break;
    }
  }
  return made;
}
