import type { EntityManager } from 'typeorm';

import { DockingEventEntity } from '@duijie/events';
import { JOB_IDS, QUEUES, recordJobs } from '@duijie/queue';
import { CHAIN_DATA } from '@duijie/reference';

/**
 * For each demo event without sessions: a morning and an afternoon session on its first day, the
 * demo firms of its sectors registered and approved, an accepted meeting request between every two
 * of them whose categories are neighbours on the industry chain, and a scheduler run for the
 * worker. Publishing is left to the organiser. Idempotent: an event with sessions is left alone.
 */
export async function seedDemoMeetings(
  tx: EntityManager,
  organiserUserId: string,
): Promise<{ sessions: number; registrations: number; requests: number }> {
  const counts = { sessions: 0, registrations: 0, requests: 0 };
  const linked = new Set(CHAIN_DATA.edges.flatMap((e) => [`${e.from}>${e.to}`, `${e.to}>${e.from}`]));
  const events = await tx
    .getRepository(DockingEventEntity)
    .find({ where: { organiserUserId }, order: { startsAt: 'ASC' } });
  for (const event of events) {
    const has: unknown[] = await tx.query(`SELECT 1 FROM meeting_session WHERE event_id = $1 LIMIT 1`, [event.id]);
    if (has.length) continue;
    const day = event.startsAt.toISOString().slice(0, 10);
    const sessions = [
      { title: '上午场 一对一洽谈', startsAt: `${day}T01:30:00Z`, endsAt: `${day}T04:00:00Z` },
      { title: '下午场 一对一洽谈', startsAt: `${day}T06:00:00Z`, endsAt: `${day}T08:30:00Z` },
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
    const firms: { id: string; categoryCodes: string[] }[] = await tx.query(
      `SELECT e.id, e.category_codes AS "categoryCodes" FROM enterprise e
        WHERE e.sector = ANY($1::text[]) AND EXISTS (SELECT 1 FROM app_user u WHERE u.enterprise_id = e.id AND u.email LIKE '%@demo.duijie.cn')
        ORDER BY e.name`,
      [event.sectors],
    );
    for (const f of firms) {
      await tx.query(
        `INSERT INTO event_registration (event_id, enterprise_id, status, listing_ids, reviewed_at)
         SELECT $1, $2, 'APPROVED', COALESCE(array_agg(l.id), '{}'), now() FROM listing l WHERE l.enterprise_id = $2 AND l.status = 'OPEN'
         ON CONFLICT (event_id, enterprise_id) DO NOTHING`,
        [event.id, f.id],
      );
      counts.registrations += 1;
    }
    for (let i = 0; i < firms.length; i++) {
      for (let j = i + 1; j < firms.length; j++) {
        const [a, b] = [firms[i], firms[j]];
        if (!a.categoryCodes.some((x) => b.categoryCodes.some((y) => linked.has(`${x}>${y}`)))) continue;
        const [low, high] = a.id < b.id ? [a.id, b.id] : [b.id, a.id];
        await tx.query(
          `INSERT INTO meeting_request (event_id, requester_enterprise_id, invitee_enterprise_id, enterprise_low, enterprise_high, status, message, responded_at)
           VALUES ($1, $2, $3, $4, $5, 'ACCEPTED', '产业链上下游配套洽谈', now())
           ON CONFLICT (event_id, enterprise_low, enterprise_high) WHERE status <> 'CANCELLED' DO NOTHING`,
          [event.id, a.id, b.id, low, high],
        );
        counts.requests += 1;
      }
    }
    if (sessions.length) {
      const run: { id: string }[] = await tx.query(
        `INSERT INTO schedule_run (event_id, requested_by_user_id) VALUES ($1, $2) RETURNING id`,
        [event.id, organiserUserId],
      );
      await recordJobs(tx, [
        {
          queue: QUEUES.scheduling,
          name: 'schedule.solve',
          data: { runId: run[0].id },
          jobId: JOB_IDS.scheduleSolve(run[0].id),
        },
      ]);
    }
  }
  return counts;
}
