import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { PG, pgCode, runTransaction } from '@duijie/database';
import { EventsRepository } from '@duijie/events';

import { RoundTableEntity } from './round-table.entity';

export interface NewRoundTable {
  eventId: string;
  hostEnterpriseId: string;
  topic: string;
  description: string | null;
  tableLabel: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  createdByUserId: string;
}

/** A seated firm of a round table. */
export interface RoundTableSeat {
  roundTableId: string;
  enterpriseId: string;
}

/** Round-table figures of an event, for its report. */
export interface RoundTableFigures {
  roundTables: number;
  seats: number;
  seatsTaken: number;
  hosts: number;
  seatedFirms: number;
}

/** What refused a write: the table is in use then, or a firm already has a meeting or a seat then. */
export type ClaimRefusal = 'TABLE_TAKEN' | 'BUSY' | 'DUPLICATE';

/**
 * Round tables and their claims: the table (`meeting_table_claim`) and the host's and seated firms'
 * time (`meeting_party`), the rows whose exclusion constraints also hold one-to-one meetings.
 */
@Injectable()
export class RoundTablesRepository {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: EventsRepository,
  ) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return runTransaction(this.db, work);
  }

  roundTable(id: string, m: EntityManager = this.db.manager, lock = false): Promise<RoundTableEntity | null> {
    const qb = m.getRepository(RoundTableEntity).createQueryBuilder('r').where('r.id = :id', { id });
    return (lock ? qb.setLock('pessimistic_write') : qb).getOne();
  }

  /** The event's round tables by time and table. */
  roundTablesOf(eventId: string, limit: number, m: EntityManager = this.db.manager): Promise<RoundTableEntity[]> {
    return m
      .getRepository(RoundTableEntity)
      .createQueryBuilder('r')
      .where('r.event_id = :eventId', { eventId })
      .orderBy('r.starts_at', 'ASC')
      .addOrderBy('r.table_label', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .limit(limit)
      .getMany();
  }

  /** The event's round tables the firm hosts or has a seat at, by time. */
  roundTablesOfFirm(eventId: string, enterpriseId: string, limit: number): Promise<RoundTableEntity[]> {
    return this.db
      .getRepository(RoundTableEntity)
      .createQueryBuilder('r')
      .where('r.event_id = :eventId', { eventId })
      .andWhere(
        '(r.host_enterprise_id = :e OR EXISTS (SELECT 1 FROM meeting_party p WHERE p.round_table_id = r.id AND p.enterprise_id = :e))',
        { e: enterpriseId },
      )
      .orderBy('r.starts_at', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .limit(limit)
      .getMany();
  }

  /**
   * Writes a round table with its table claim and its host's time claim; a refusal when the table is
   * in use then (by a meeting or another round table) or the host has a meeting or a seat then.
   */
  async insert(m: EntityManager, r: NewRoundTable): Promise<string | ClaimRefusal> {
    // Takes turns with meeting writes on the event's row: overlapping claims would deadlock otherwise.
    await this.events.lockForUpdate(m, r.eventId);
    try {
      const rows: { id: string }[] = await m.query(
        `WITH made AS (
           INSERT INTO round_table (event_id, host_enterprise_id, topic, description, table_label, starts_at, ends_at, capacity, created_by_user_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id, event_id, host_enterprise_id, table_label, starts_at, ends_at),
         tables AS (
           INSERT INTO meeting_table_claim (event_id, table_label, starts_at, ends_at, round_table_id)
           SELECT event_id, table_label, starts_at, ends_at, id FROM made),
         host AS (
           INSERT INTO meeting_party (round_table_id, enterprise_id, starts_at, ends_at)
           SELECT id, host_enterprise_id, starts_at, ends_at FROM made)
         SELECT id FROM made`,
        [
          r.eventId,
          r.hostEnterpriseId,
          r.topic,
          r.description,
          r.tableLabel,
          r.startsAt,
          r.endsAt,
          r.capacity,
          r.createdByUserId,
        ],
      );
      return rows[0].id;
    } catch (err) {
      const refusal = refusalOf(err);
      if (refusal) return refusal;
      throw err;
    }
  }

  /** Removes the round table and its seats; the firms that held them (its host and the seated). */
  async delete(m: EntityManager, id: string): Promise<string[]> {
    const parties: { enterpriseId: string }[] = await m.query(
      `SELECT DISTINCT enterprise_id AS "enterpriseId" FROM meeting_party WHERE round_table_id = $1`,
      [id],
    );
    await m.query(`DELETE FROM round_table WHERE id = $1`, [id]);
    return parties.map((p) => p.enterpriseId);
  }

  /** Seats taken at the round table (its host is not a seat). */
  async seatCount(m: EntityManager, r: RoundTableEntity): Promise<number> {
    const rows: { n: number }[] = await m.query(
      `SELECT count(*)::int AS n FROM meeting_party WHERE round_table_id = $1 AND enterprise_id <> $2`,
      [r.id, r.hostEnterpriseId],
    );
    return rows[0].n;
  }

  /** Seats the firm at the round table; a refusal when it has a meeting or a seat then, or sits there already. */
  async insertSeat(m: EntityManager, r: RoundTableEntity, enterpriseId: string): Promise<'OK' | ClaimRefusal> {
    try {
      await m.query(
        `INSERT INTO meeting_party (round_table_id, enterprise_id, starts_at, ends_at) VALUES ($1, $2, $3, $4)`,
        [r.id, enterpriseId, r.startsAt, r.endsAt],
      );
      return 'OK';
    } catch (err) {
      const refusal = refusalOf(err);
      if (refusal) return refusal;
      throw err;
    }
  }

  /** Frees the firm's seat; false when it had none. */
  async deleteSeat(m: EntityManager, r: RoundTableEntity, enterpriseId: string): Promise<boolean> {
    const rows: unknown[] = await m.query(
      `WITH gone AS (DELETE FROM meeting_party WHERE round_table_id = $1 AND enterprise_id = $2 AND enterprise_id <> $3 RETURNING id) SELECT id FROM gone`,
      [r.id, enterpriseId, r.hostEnterpriseId],
    );
    return rows.length > 0;
  }

  /** Frees every seat the firm holds at the event's round tables (its registration was rejected). */
  async deleteSeatsOf(m: EntityManager, eventId: string, enterpriseId: string): Promise<void> {
    await m.query(
      `DELETE FROM meeting_party p USING round_table r
        WHERE p.round_table_id = r.id AND r.event_id = $1 AND p.enterprise_id = $2 AND r.host_enterprise_id <> $2`,
      [eventId, enterpriseId],
    );
  }

  /** Seated firms (not hosts) of the round tables, at most `perTable` each. */
  seatsOf(ids: readonly string[], perTable: number): Promise<RoundTableSeat[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.db.query(
      `SELECT s."roundTableId", s."enterpriseId" FROM (
         SELECT p.round_table_id AS "roundTableId", p.enterprise_id AS "enterpriseId",
                row_number() OVER (PARTITION BY p.round_table_id ORDER BY p.id) AS n
           FROM meeting_party p JOIN round_table r ON r.id = p.round_table_id
          WHERE p.round_table_id = ANY($1::uuid[]) AND p.enterprise_id <> r.host_enterprise_id) s
        WHERE s.n <= $2`,
      [ids, perTable],
    );
  }

  /** Seats taken per round table. */
  async seatCounts(ids: readonly string[]): Promise<Map<string, number>> {
    if (!ids.length) return new Map();
    const rows: { id: string; n: number }[] = await this.db.query(
      `SELECT r.id, count(p.id)::int AS n FROM round_table r
         LEFT JOIN meeting_party p ON p.round_table_id = r.id AND p.enterprise_id <> r.host_enterprise_id
        WHERE r.id = ANY($1::uuid[]) GROUP BY r.id`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.n]));
  }

  /** Every time claim of the event's round tables (host and seats), for the scheduler. */
  claimsOf(
    m: EntityManager,
    eventId: string,
  ): Promise<{ roundTableId: string; tableLabel: string; startsAt: Date; endsAt: Date; parties: string[] }[]> {
    return m.query(
      `SELECT r.id AS "roundTableId", r.table_label AS "tableLabel", r.starts_at AS "startsAt", r.ends_at AS "endsAt",
              array_agg(p.enterprise_id ORDER BY p.enterprise_id) AS parties
         FROM round_table r JOIN meeting_party p ON p.round_table_id = r.id
        WHERE r.event_id = $1 GROUP BY r.id ORDER BY r.id`,
      [eventId],
    );
  }

  /** Time the event's firms spend at round tables of other events (busy there, so busy here). */
  busyElsewhere(
    m: EntityManager,
    eventId: string,
    from: Date,
    to: Date,
  ): Promise<{ enterpriseId: string; startsAt: Date; endsAt: Date }[]> {
    return m.query(
      `SELECT p.enterprise_id AS "enterpriseId", p.starts_at AS "startsAt", p.ends_at AS "endsAt"
         FROM meeting_party p JOIN round_table r ON r.id = p.round_table_id
        WHERE r.event_id <> $1 AND tstzrange(p.starts_at, p.ends_at) && tstzrange($2, $3)`,
      [eventId, from, to],
    );
  }

  /** The round table using the table at that time, if any. */
  atTable(eventId: string, tableLabel: string, startsAt: Date, endsAt: Date): Promise<RoundTableEntity | null> {
    return this.db
      .getRepository(RoundTableEntity)
      .createQueryBuilder('r')
      .where('r.event_id = :eventId AND r.table_label = :tableLabel', { eventId, tableLabel })
      .andWhere('tstzrange(r.starts_at, r.ends_at) && tstzrange(:startsAt, :endsAt)', { startsAt, endsAt })
      .getOne();
  }

  /** A round table one of the firms hosts or sits at during that time, if any. */
  async ofFirmsAt(
    enterpriseIds: string[],
    startsAt: Date,
    endsAt: Date,
  ): Promise<{ enterpriseId: string; roundTable: RoundTableEntity } | null> {
    const rows: { enterpriseId: string; id: string }[] = await this.db.query(
      `SELECT p.enterprise_id AS "enterpriseId", p.round_table_id AS id FROM meeting_party p
        WHERE p.round_table_id IS NOT NULL AND p.enterprise_id = ANY($1::uuid[])
          AND tstzrange(p.starts_at, p.ends_at) && tstzrange($2, $3)
        ORDER BY p.starts_at LIMIT 1`,
      [enterpriseIds, startsAt, endsAt],
    );
    const roundTable = rows[0] ? await this.roundTable(rows[0].id) : null;
    return roundTable ? { enterpriseId: rows[0].enterpriseId, roundTable } : null;
  }

  /** A one-to-one meeting one of the firms has during that time, if any (to say why a seat was refused). */
  async meetingOfFirmsAt(
    enterpriseIds: string[],
    startsAt: Date,
    endsAt: Date,
  ): Promise<{ enterpriseId: string; meetingId: string; startsAt: Date } | null> {
    const rows: { enterpriseId: string; meetingId: string; startsAt: Date }[] = await this.db.query(
      `SELECT p.enterprise_id AS "enterpriseId", p.meeting_id AS "meetingId", p.starts_at AS "startsAt" FROM meeting_party p
        WHERE p.meeting_id IS NOT NULL AND p.enterprise_id = ANY($1::uuid[])
          AND tstzrange(p.starts_at, p.ends_at) && tstzrange($2, $3)
        ORDER BY p.starts_at LIMIT 1`,
      [enterpriseIds, startsAt, endsAt],
    );
    return rows[0] ?? null;
  }

  /** The meeting using the table at that time, if any. */
  async meetingAtTable(
    eventId: string,
    tableLabel: string,
    startsAt: Date,
    endsAt: Date,
  ): Promise<{ meetingId: string; startsAt: Date } | null> {
    const rows: { meetingId: string; startsAt: Date }[] = await this.db.query(
      `SELECT c.meeting_id AS "meetingId", c.starts_at AS "startsAt" FROM meeting_table_claim c
        WHERE c.event_id = $1 AND c.table_label = $2 AND c.meeting_id IS NOT NULL
          AND tstzrange(c.starts_at, c.ends_at) && tstzrange($3, $4)
        ORDER BY c.starts_at LIMIT 1`,
      [eventId, tableLabel, startsAt, endsAt],
    );
    return rows[0] ?? null;
  }

  /** Round tables, seats offered and taken, hosts and seated firms of the event. */
  async figures(eventId: string): Promise<RoundTableFigures> {
    const rows: RoundTableFigures[] = await this.db.query(
      `SELECT count(DISTINCT r.id)::int AS "roundTables",
              COALESCE((SELECT sum(capacity) FROM round_table WHERE event_id = $1), 0)::int AS seats,
              count(p.id)::int AS "seatsTaken",
              count(DISTINCT r.host_enterprise_id)::int AS hosts,
              count(DISTINCT p.enterprise_id)::int AS "seatedFirms"
         FROM round_table r
         LEFT JOIN meeting_party p ON p.round_table_id = r.id AND p.enterprise_id <> r.host_enterprise_id
        WHERE r.event_id = $1`,
      [eventId],
    );
    return rows[0];
  }
}

function refusalOf(err: unknown): ClaimRefusal | null {
  const code = pgCode(err);
  const constraint =
    (err as { driverError?: { constraint?: string } }).driverError?.constraint ??
    (err as { constraint?: string }).constraint;
  if (code === PG.EXCLUSION_VIOLATION) return constraint === 'ex_meeting_table_claim' ? 'TABLE_TAKEN' : 'BUSY';
  if (code === PG.UNIQUE_VIOLATION) return 'DUPLICATE';
  return null;
}
