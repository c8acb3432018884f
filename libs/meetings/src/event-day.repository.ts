import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { runTransaction } from '@duijie/database';
import { EVENT_LIMITS } from '@duijie/events';

import { CheckInMethod, EventCheckInEntity } from './event-check-in.entity';
import { MeetingEntity } from './meeting.entity';
import { AttendanceOutcome } from './meeting-attendance.entity';
import { RegistrationEntity } from './registration.entity';

/** An approved registrant of an event with its check-in, if any (签到名单的一行). */
export interface AttendeeRow {
  registrationId: string;
  enterpriseId: string;
  name: string;
  checkedInAt: Date | null;
}

/** A meeting's attendance as the view `meeting_attendance_outcome` resolves its marks. */
export interface AttendanceRow {
  meetingId: string;
  walkIn: boolean;
  /** Null: no marks yet (pending). */
  status: AttendanceOutcome | 'DISPUTED' | null;
  absentEnterpriseIds: string[];
  partiesDisagree: boolean;
  decidedByOrganiser: boolean;
}

/** Check-ins, attendance marks and the event day's counts (all SQL of the event day). */
@Injectable()
export class EventDayRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return runTransaction(this.db, work);
  }

  /**
   * Checks a registration's firm in; a second check-in keeps the first one's time and method.
   * Answers the check-in row and whether it was already there.
   */
  async checkIn(
    registration: { id: string; eventId: string; enterpriseId: string },
    method: CheckInMethod,
    userId: string,
  ): Promise<{ checkIn: EventCheckInEntity; already: boolean }> {
    const made: { id: string }[] = await this.db.query(
      `INSERT INTO event_check_in (event_id, registration_id, enterprise_id, method, checked_in_by_user_id)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING id`,
      [registration.eventId, registration.id, registration.enterpriseId, method, userId],
    );
    const checkIn = await this.db
      .getRepository(EventCheckInEntity)
      .findOneByOrFail({ eventId: registration.eventId, enterpriseId: registration.enterpriseId });
    return { checkIn, already: made.length === 0 };
  }

  registration(id: string): Promise<RegistrationEntity | null> {
    return this.db.getRepository(RegistrationEntity).findOneBy({ id });
  }

  registrationOf(eventId: string, enterpriseId: string): Promise<RegistrationEntity | null> {
    return this.db.getRepository(RegistrationEntity).findOneBy({ eventId, enterpriseId });
  }

  checkInOf(eventId: string, enterpriseId: string): Promise<EventCheckInEntity | null> {
    return this.db.getRepository(EventCheckInEntity).findOneBy({ eventId, enterpriseId });
  }

  /** Which of these firms are checked in at the event. */
  async checkedIn(eventId: string, enterpriseIds: string[]): Promise<Set<string>> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT enterprise_id AS id FROM event_check_in WHERE event_id = $1 AND enterprise_id = ANY($2::uuid[])`,
      [eventId, enterpriseIds],
    );
    return new Set(rows.map((r) => r.id));
  }

  /**
   * Approved registrants by name (then id), optionally those whose name contains `search` or whose
   * credit code starts with it; `limit + 1` rows after the cursor's (name, id).
   */
  attendees(
    eventId: string,
    search: string | null,
    after: { name: string; id: string } | null,
    limit: number,
  ): Promise<AttendeeRow[]> {
    return this.db.query(
      `SELECT r.id AS "registrationId", e.id AS "enterpriseId", e.name, c.checked_in_at AS "checkedInAt"
         FROM event_registration r JOIN enterprise e ON e.id = r.enterprise_id
         LEFT JOIN event_check_in c ON c.registration_id = r.id
        WHERE r.event_id = $1 AND r.status = 'APPROVED'
          AND ($2::text IS NULL OR strpos(e.name, $2) > 0 OR left(e.credit_code, length($2)) = upper($2))
          AND ($3::text IS NULL OR (e.name, e.id) > ($3::text, $4::uuid))
        ORDER BY e.name, e.id LIMIT $5`,
      [eventId, search, after?.name ?? null, after?.id ?? null, limit + 1],
    );
  }

  async attendeeCount(eventId: string, search: string | null): Promise<number> {
    const rows: { n: number }[] = await this.db.query(
      `SELECT count(*)::int AS n FROM event_registration r JOIN enterprise e ON e.id = r.enterprise_id
        WHERE r.event_id = $1 AND r.status = 'APPROVED'
          AND ($2::text IS NULL OR strpos(e.name, $2) > 0 OR left(e.credit_code, length($2)) = upper($2))`,
      [eventId, search],
    );
    return rows[0].n;
  }

  /** Approved registrants, and how many of them are checked in. */
  async checkInCounts(eventId: string): Promise<{ approved: number; checkedIn: number }> {
    const rows: { approved: number; checkedIn: number }[] = await this.db.query(
      `SELECT count(*)::int AS approved, count(c.id)::int AS "checkedIn"
         FROM event_registration r LEFT JOIN event_check_in c ON c.registration_id = r.id
        WHERE r.event_id = $1 AND r.status = 'APPROVED'`,
      [eventId],
    );
    return rows[0];
  }

  /** Records (or replaces) one marker's attendance mark; `enterpriseId` null is the organisers' mark. */
  async mark(
    meetingId: string,
    enterpriseId: string | null,
    userId: string,
    outcome: AttendanceOutcome,
    absent: string[],
  ): Promise<void> {
    const conflict = enterpriseId
      ? `(meeting_id, marked_by_enterprise_id) WHERE marked_by_enterprise_id IS NOT NULL`
      : `(meeting_id) WHERE marked_by_enterprise_id IS NULL`;
    await this.db.query(
      `INSERT INTO meeting_attendance (meeting_id, marked_by_enterprise_id, marked_by_user_id, outcome, absent_enterprise_ids)
       VALUES ($1, $2, $3, $4, $5::uuid[])
       ON CONFLICT ${conflict} DO UPDATE SET marked_by_user_id = EXCLUDED.marked_by_user_id, outcome = EXCLUDED.outcome,
         absent_enterprise_ids = EXCLUDED.absent_enterprise_ids, marked_at = now()`,
      [meetingId, enterpriseId, userId, outcome, absent],
    );
  }

  /** The meetings starting at a slot's start, by table. At most one per table, so bounded by the event's tables. */
  meetingsAt(eventId: string, startsAt: Date): Promise<MeetingEntity[]> {
    return this.db
      .getRepository(MeetingEntity)
      .createQueryBuilder('m')
      .where('m.event_id = :eventId AND m.starts_at = :startsAt', { eventId, startsAt })
      .orderBy('m.table_label', 'ASC')
      .limit(EVENT_LIMITS.maxTables)
      .getMany();
  }

  async sessionTitle(sessionId: string): Promise<string | null> {
    const rows: { title: string }[] = await this.db.query(`SELECT title FROM meeting_session WHERE id = $1`, [
      sessionId,
    ]);
    return rows[0]?.title ?? null;
  }

  /** Walk-in flags of meetings, with the resolved attendance of those that have marks. */
  async attendanceOf(meetingIds: readonly string[]): Promise<AttendanceRow[]> {
    return meetingIds.length
      ? this.db.query(
          `SELECT m.id AS "meetingId", m.walk_in AS "walkIn", o.status,
                  COALESCE(o.absent_enterprise_ids, '{}')::text[] AS "absentEnterpriseIds",
                  COALESCE(o.parties_disagree, false) AS "partiesDisagree",
                  COALESCE(o.decided_by_organiser, false) AS "decidedByOrganiser"
             FROM meeting m LEFT JOIN meeting_attendance_outcome o ON o.meeting_id = m.id
            WHERE m.id = ANY($1::uuid[])`,
          [meetingIds],
        )
      : [];
  }

  /** Marks the meetings just written as walk-ins, published at once (the parties are at the venue). */
  async markWalkIn(m: EntityManager, meetingId: string): Promise<void> {
    await m.query(`UPDATE meeting SET walk_in = true, published = true, updated_at = now() WHERE id = $1`, [meetingId]);
  }
}
