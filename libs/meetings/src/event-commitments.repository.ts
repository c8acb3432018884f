import { Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { EventCommitments, EventCommitmentSource, EventCommitmentsPort } from '@duijie/events';

/**
 * What an event's change could orphan, read from the tables meetings owns: its sessions and, per
 * table, its placed meetings (with the tags their requests asked for) and round tables. Registered
 * with the events lib's port, whose updateDockingEvent reads it under the event's lock.
 */
@Injectable()
export class EventCommitmentsRepository implements EventCommitmentSource, OnModuleInit {
  constructor(private readonly port: EventCommitmentsPort) {}

  onModuleInit(): void {
    this.port.register(this);
  }

  async commitments(m: EntityManager, eventId: string): Promise<EventCommitments> {
    const sessions: EventCommitments['sessions'] = await m.query(
      `SELECT title, starts_at AS "startsAt", ends_at AS "endsAt" FROM meeting_session WHERE event_id = $1 ORDER BY starts_at`,
      [eventId],
    );
    const meetings: EventCommitments['meetingTables'] = await m.query(
      `SELECT x.table_label AS label, count(DISTINCT x.id)::int AS count, min(x.starts_at) AS first, max(x.ends_at) AS last,
              coalesce(array_agg(DISTINCT t.tag) FILTER (WHERE t.tag IS NOT NULL), '{}') AS tags
         FROM meeting x
         LEFT JOIN meeting_request q ON q.id = x.request_id
         LEFT JOIN LATERAL unnest(q.table_tags) AS t(tag) ON true
        WHERE x.event_id = $1
        GROUP BY x.table_label`,
      [eventId],
    );
    const roundTables: EventCommitments['meetingTables'] = await m.query(
      `SELECT table_label AS label, count(*)::int AS count, min(starts_at) AS first, max(ends_at) AS last, '{}'::text[] AS tags
         FROM round_table WHERE event_id = $1 GROUP BY table_label`,
      [eventId],
    );
    return { sessions, meetingTables: mergeByTable([...meetings, ...roundTables]) };
  }
}

/** One entry per table: a round table counts as a meeting held at its table. */
function mergeByTable(rows: EventCommitments['meetingTables']): EventCommitments['meetingTables'] {
  const byLabel = new Map<string, EventCommitments['meetingTables'][number]>();
  for (const r of rows) {
    const seen = byLabel.get(r.label);
    if (!seen) byLabel.set(r.label, { ...r, tags: [...r.tags] });
    else {
      seen.count += r.count;
      if (r.first < seen.first) seen.first = r.first;
      if (r.last > seen.last) seen.last = r.last;
      seen.tags = [...new Set([...seen.tags, ...r.tags])];
    }
  }
  return [...byLabel.values()];
}
