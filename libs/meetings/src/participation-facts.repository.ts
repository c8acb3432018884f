import type { EntityManager } from 'typeorm';

/** An event a firm's registration was approved for, and whether it checked in there. */
export interface EventParticipation {
  eventId: string;
  attended: boolean;
}

/** Each firm's approved registrations with their check-ins (libs/policies reads them for its rules). */
export async function participationOfFirms(
  m: EntityManager,
  enterpriseIds: readonly string[],
): Promise<Map<string, EventParticipation[]>> {
  const out = new Map<string, EventParticipation[]>();
  if (!enterpriseIds.length) return out;
  const rows: (EventParticipation & { enterpriseId: string })[] = await m.query(
    `SELECT r.enterprise_id AS "enterpriseId", r.event_id AS "eventId",
            EXISTS (SELECT 1 FROM event_check_in c WHERE c.registration_id = r.id) AS attended
       FROM event_registration r
      WHERE r.enterprise_id = ANY($1::uuid[]) AND r.status = 'APPROVED'`,
    [enterpriseIds],
  );
  for (const r of rows) {
    const list = out.get(r.enterpriseId) ?? [];
    list.push({ eventId: r.eventId, attended: r.attended });
    out.set(r.enterpriseId, list);
  }
  return out;
}

/**
 * Whether any of the firms has an approved registration at the event: what a firm's own record (a
 * financing need, a technology need, a 招商 entry) must show before it names an event and counts
 * in that event's report.
 */
export async function approvedAtEvent(
  m: EntityManager,
  enterpriseIds: readonly string[],
  eventId: string,
): Promise<boolean> {
  if (!enterpriseIds.length) return false;
  const rows: unknown[] = await m.query(
    `SELECT 1 FROM event_registration
      WHERE enterprise_id = ANY($1::uuid[]) AND event_id = $2 AND status = 'APPROVED' LIMIT 1`,
    [enterpriseIds, eventId],
  );
  return rows.length > 0;
}

/**
 * A SQL condition, for the owners of other tables: the firm whose id is the SQL expression `firmSql` has
 * an approved registration at the event whose id is `eventSql`.
 */
export function approvedAtEventSql(firmSql: string, eventSql: string): string {
  return `EXISTS (SELECT 1 FROM event_registration r
                   WHERE r.event_id = ${eventSql} AND r.enterprise_id = ${firmSql} AND r.status = 'APPROVED')`;
}
