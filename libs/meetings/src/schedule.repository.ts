import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { PG, pgCode, runTransaction } from '@duijie/database';
import { EventsRepository } from '@duijie/events';

import { MeetingEntity } from './meeting.entity';
import { ScheduleRunEntity, ScheduleRunStatus } from './schedule-run.entity';

export interface NewMeeting {
  requestId: string | null;
  partyA: string;
  partyB: string;
  startsAt: Date;
  endsAt: Date;
  tableLabel: string;
}

/** What the scheduler reads of an event: accepted requests between approved registrants. */
export interface SchedulableRequest {
  id: string;
  requesterEnterpriseId: string;
  inviteeEnterpriseId: string;
  matchScore: number | null;
  mutual: boolean;
  tableTags: string[];
}

/** Meetings, their parties' time claims, and scheduler runs. */
@Injectable()
export class ScheduleRepository {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: EventsRepository,
  ) {}

  meeting(id: string, m: EntityManager = this.db.manager): Promise<MeetingEntity | null> {
    return m.getRepository(MeetingEntity).findOneBy({ id });
  }

  meetingsByIds(ids: readonly string[]): Promise<MeetingEntity[]> {
    return ids.length
      ? this.db.getRepository(MeetingEntity).createQueryBuilder('m').where('m.id = ANY(:ids)', { ids }).getMany()
      : Promise.resolve([]);
  }

  /** Meetings of an event by time and table; optionally only published ones of one firm. */
  meetingsOf(
    eventId: string,
    filter: { enterpriseId?: string; publishedOnly?: boolean; limit?: number } = {},
    m: EntityManager = this.db.manager,
  ): Promise<MeetingEntity[]> {
    const qb = m.getRepository(MeetingEntity).createQueryBuilder('m').where('m.event_id = :eventId', { eventId });
    if (filter.enterpriseId) qb.andWhere('(m.party_a = :e OR m.party_b = :e)', { e: filter.enterpriseId });
    if (filter.publishedOnly) qb.andWhere('m.published');
    qb.orderBy('m.starts_at', 'ASC').addOrderBy('m.table_label', 'ASC');
    return (filter.limit ? qb.limit(filter.limit) : qb).getMany();
  }

  /**
   * Writes meetings and their parties' time claims, set-based. The exclusion constraints refuse a
   * table or a firm booked twice at once (and the unique index a request placed twice): 'TAKEN'.
   * The caller's transaction must then be given up. The event's row is locked first: two writers
   * whose rows overlap would each wait on the other's row in the exclusion check (a deadlock), so
   * they take turns and the second is refused cleanly.
   */
  async insertMeetings(
    m: EntityManager,
    eventId: string,
    meetings: NewMeeting[],
    scheduleRunId: string | null,
  ): Promise<string[] | 'TAKEN'> {
    await this.lockEvent(m, eventId);
    const ids: string[] = [];
    // 6 arrays per statement whatever the row count: far below the 65,535 bind-parameter limit.
    for (let i = 0; i < meetings.length; i += 5000) {
      const batch = meetings.slice(i, i + 5000);
      try {
        const rows: { id: string }[] = await m.query(
          `WITH made AS (
             INSERT INTO meeting (event_id, request_id, party_a, party_b, starts_at, ends_at, table_label, schedule_run_id, locked)
             SELECT $7::uuid, t.* , $8::uuid, $8::uuid IS NULL
               FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::timestamptz[], $5::timestamptz[], $6::text[])
                 AS t(request_id, party_a, party_b, starts_at, ends_at, table_label)
             RETURNING id, party_a, party_b, starts_at, ends_at),
           parties AS (
             INSERT INTO meeting_party (meeting_id, enterprise_id, starts_at, ends_at)
             SELECT id, party_a, starts_at, ends_at FROM made UNION ALL SELECT id, party_b, starts_at, ends_at FROM made)
           SELECT id FROM made`,
          [
            batch.map((x) => x.requestId),
            batch.map((x) => x.partyA),
            batch.map((x) => x.partyB),
            batch.map((x) => x.startsAt.toISOString()),
            batch.map((x) => x.endsAt.toISOString()),
            batch.map((x) => x.tableLabel),
            eventId,
            scheduleRunId,
          ],
        );
        ids.push(...rows.map((r) => r.id));
      } catch (err) {
        if (isTaken(err)) return 'TAKEN';
        throw err;
      }
    }
    return ids;
  }

  /** Moves a meeting (and its parties' claims) to another time and table; 'TAKEN' if either is booked. */
  async move(m: EntityManager, id: string, startsAt: Date, endsAt: Date, tableLabel: string): Promise<'OK' | 'TAKEN'> {
    try {
      // A meeting moved by hand is the organiser's: locked, later scheduler runs keep it where it is.
      await m.query(
        `UPDATE meeting SET starts_at = $2, ends_at = $3, table_label = $4, schedule_run_id = NULL, locked = true, updated_at = now() WHERE id = $1`,
        [id, startsAt, endsAt, tableLabel],
      );
      await m.query(`UPDATE meeting_party SET starts_at = $2, ends_at = $3 WHERE meeting_id = $1`, [
        id,
        startsAt,
        endsAt,
      ]);
      return 'OK';
    } catch (err) {
      if (isTaken(err)) return 'TAKEN';
      throw err;
    }
  }

  /** Locks or unlocks a meeting: a locked one stays where it is when the scheduler runs again. */
  async setLocked(m: EntityManager, id: string, locked: boolean): Promise<void> {
    await m.query(`UPDATE meeting SET locked = $2, updated_at = now() WHERE id = $1`, [id, locked]);
  }

  /**
   * Why a table and slot cannot take a meeting (after the database refused it): the meeting at
   * that table then, and each of the two firms' meetings then (at any event), leaving out the meeting itself.
   */
  async clashes(
    eventId: string,
    startsAt: Date,
    endsAt: Date,
    tableLabel: string,
    parties: string[],
    exceptMeetingId: string | null,
  ): Promise<{ atTable: MeetingEntity | null; busy: { enterpriseId: string; meeting: MeetingEntity }[] }> {
    const repo = this.db.getRepository(MeetingEntity);
    const atTable = await repo
      .createQueryBuilder('x')
      .where('x.event_id = :eventId AND x.table_label = :tableLabel', { eventId, tableLabel })
      .andWhere('tstzrange(x.starts_at, x.ends_at) && tstzrange(:startsAt, :endsAt)', { startsAt, endsAt })
      .andWhere(exceptMeetingId ? 'x.id <> :exceptMeetingId' : 'true', { exceptMeetingId })
      .getOne();
    const rows: { enterpriseId: string; meetingId: string }[] = await this.db.query(
      `SELECT p.enterprise_id AS "enterpriseId", p.meeting_id AS "meetingId" FROM meeting_party p
        WHERE p.enterprise_id = ANY($1::uuid[]) AND tstzrange(p.starts_at, p.ends_at) && tstzrange($2, $3)
          AND ($4::uuid IS NULL OR p.meeting_id <> $4::uuid)
        ORDER BY p.starts_at LIMIT 10`,
      [parties, startsAt, endsAt, exceptMeetingId],
    );
    const meetings = new Map((await this.meetingsByIds(rows.map((r) => r.meetingId))).map((x) => [x.id, x]));
    return {
      atTable,
      busy: rows
        .filter((r) => meetings.has(r.meetingId))
        .map((r) => ({ enterpriseId: r.enterpriseId, meeting: meetings.get(r.meetingId)! })),
    };
  }

  async deleteMeeting(m: EntityManager, id: string): Promise<void> {
    await m.query(`DELETE FROM meeting WHERE id = $1`, [id]);
  }

  /** Whether the firm has a published meeting at the event. */
  async hasPublishedMeetingOf(m: EntityManager, eventId: string, enterpriseId: string): Promise<boolean> {
    const rows: unknown[] = await m.query(
      `SELECT 1 FROM meeting WHERE event_id = $1 AND published AND (party_a = $2 OR party_b = $2) LIMIT 1`,
      [eventId, enterpriseId],
    );
    return rows.length > 0;
  }

  /** Removes the firm's unpublished meetings at the event (its registration was rejected). */
  async deleteUnpublishedOf(m: EntityManager, eventId: string, enterpriseId: string): Promise<void> {
    await m.query(`DELETE FROM meeting WHERE event_id = $1 AND NOT published AND (party_a = $2 OR party_b = $2)`, [
      eventId,
      enterpriseId,
    ]);
  }

  /** Whether the request's meeting is on a published schedule. */
  async hasPublishedMeetingFor(m: EntityManager, requestId: string): Promise<boolean> {
    const rows: unknown[] = await m.query(`SELECT 1 FROM meeting WHERE request_id = $1 AND published`, [requestId]);
    return rows.length > 0;
  }

  /** Removes the request's meeting (the request was withdrawn). */
  async deleteMeetingOf(m: EntityManager, requestId: string): Promise<void> {
    await m.query(`DELETE FROM meeting WHERE request_id = $1`, [requestId]);
  }

  /** Removes the event's unpublished, unlocked meetings (a new run places their requests again). */
  async deleteUnpublished(m: EntityManager, eventId: string): Promise<void> {
    await m.query(`DELETE FROM meeting WHERE event_id = $1 AND NOT published AND NOT locked`, [eventId]);
  }

  /**
   * Meetings a new run must keep where they are: published ones, and locked ones (locked by the
   * organiser, or placed or moved by hand).
   */
  kept(m: EntityManager, eventId: string): Promise<MeetingEntity[]> {
    return m
      .getRepository(MeetingEntity)
      .createQueryBuilder('x')
      .where('x.event_id = :eventId AND (x.published OR x.locked)', { eventId })
      .orderBy('x.id')
      .getMany();
  }

  /** Publishes every unpublished meeting of the event; answers the ones just published. */
  async publish(m: EntityManager, eventId: string): Promise<MeetingEntity[]> {
    // A bare UPDATE … RETURNING comes back from TypeORM as [rows, count]; a CTE gives plain rows.
    const rows: { id: string }[] = await m.query(
      `WITH done AS (UPDATE meeting SET published = true, updated_at = now() WHERE event_id = $1 AND NOT published RETURNING id) SELECT id FROM done`,
      [eventId],
    );
    await this.events.markSchedulePublished(m, eventId);
    const ids = rows.map((r) => r.id);
    return ids.length
      ? m.getRepository(MeetingEntity).createQueryBuilder('x').where('x.id = ANY(:ids)', { ids }).getMany()
      : [];
  }

  /** Serialises schedule writes of one event (scheduler runs, publishing, hand moves). */
  async lockEvent(m: EntityManager, eventId: string): Promise<void> {
    await this.events.lockForUpdate(m, eventId);
  }

  /** Accepted requests between two approved registrants that have no published meeting yet, or have one (fixed). */
  schedulable(m: EntityManager, eventId: string): Promise<SchedulableRequest[]> {
    return m.query(
      `SELECT q.id, q.requester_enterprise_id AS "requesterEnterpriseId", q.invitee_enterprise_id AS "inviteeEnterpriseId",
              q.match_score AS "matchScore", q.mutual, q.table_tags AS "tableTags"
         FROM meeting_request q
         JOIN event_registration a ON a.event_id = q.event_id AND a.enterprise_id = q.requester_enterprise_id AND a.status = 'APPROVED'
         JOIN event_registration b ON b.event_id = q.event_id AND b.enterprise_id = q.invitee_enterprise_id AND b.status = 'APPROVED'
        WHERE q.event_id = $1 AND q.status = 'ACCEPTED'
        ORDER BY q.created_at, q.id`,
      [eventId],
    );
  }

  /** Unavailable slot starts of every approved registrant. */
  unavailability(m: EntityManager, eventId: string): Promise<{ enterpriseId: string; slots: Date[] }[]> {
    return m.query(
      `SELECT enterprise_id AS "enterpriseId", unavailable_slots AS slots FROM event_registration WHERE event_id = $1 AND status = 'APPROVED'`,
      [eventId],
    );
  }

  /** Time the event's approved registrants already spend in meetings of other events. */
  busyElsewhere(
    m: EntityManager,
    eventId: string,
    from: Date,
    to: Date,
  ): Promise<{ enterpriseId: string; startsAt: Date; endsAt: Date }[]> {
    return m.query(
      `SELECT p.enterprise_id AS "enterpriseId", p.starts_at AS "startsAt", p.ends_at AS "endsAt"
         FROM meeting_party p JOIN meeting x ON x.id = p.meeting_id
         JOIN event_registration r ON r.enterprise_id = p.enterprise_id AND r.event_id = $1 AND r.status = 'APPROVED'
        WHERE x.event_id <> $1 AND tstzrange(p.starts_at, p.ends_at) && tstzrange($2, $3)`,
      [eventId, from, to],
    );
  }

  async insertRun(m: EntityManager, eventId: string, userId: string): Promise<ScheduleRunEntity> {
    const repo = m.getRepository(ScheduleRunEntity);
    return repo.save(repo.create({ eventId, requestedByUserId: userId, status: ScheduleRunStatus.QUEUED }));
  }

  run(id: string, m: EntityManager = this.db.manager): Promise<ScheduleRunEntity | null> {
    return m.getRepository(ScheduleRunEntity).findOneBy({ id });
  }

  latestRun(eventId: string): Promise<ScheduleRunEntity | null> {
    return this.db.getRepository(ScheduleRunEntity).findOne({ where: { eventId }, order: { createdAt: 'DESC' } });
  }

  /** Claims a queued (or interrupted) run for solving; false when it is finished already. */
  async startRun(id: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `WITH claimed AS (UPDATE schedule_run SET status = 'RUNNING' WHERE id = $1 AND status IN ('QUEUED', 'RUNNING') RETURNING id) SELECT id FROM claimed`,
      [id],
    );
    return rows.length > 0;
  }

  async finishRun(
    m: EntityManager,
    id: string,
    r: Pick<ScheduleRunEntity, 'placed' | 'unplaced' | 'objective' | 'upperBound' | 'solveMillis' | 'unplacedRequests'>,
  ): Promise<void> {
    await m.query(
      `UPDATE schedule_run SET status = 'DONE', placed = $2, unplaced = $3, objective = $4, upper_bound = $5, solve_millis = $6,
              unplaced_requests = $7::jsonb, finished_at = now() WHERE id = $1`,
      [id, r.placed, r.unplaced, r.objective, r.upperBound, r.solveMillis, JSON.stringify(r.unplacedRequests)],
    );
  }

  async failRun(id: string, error: string): Promise<void> {
    await this.db.query(`UPDATE schedule_run SET status = 'FAILED', error = $2, finished_at = now() WHERE id = $1`, [
      id,
      error,
    ]);
  }

  /** A transaction, run again after a deadlock or serialization failure. */
  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return runTransaction(this.db, work);
  }

  /** A transaction that reads one snapshot throughout (REPEATABLE READ), for the scheduler's input. */
  snapshot<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return runTransaction(this.db, async (m) => {
      await m.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
      return work(m);
    });
  }
}

const isTaken = (err: unknown) => [PG.EXCLUSION_VIOLATION, PG.UNIQUE_VIOLATION].some((code) => code === pgCode(err));
