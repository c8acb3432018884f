import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { PG, pgCode, runTransaction } from '@duijie/database';
import { EVENT_LIMITS } from '@duijie/events';

import { MeetingRequestEntity, MeetingRequestStatus } from './meeting-request.entity';
import { RegistrationEntity, RegistrationStatus } from './registration.entity';
import { MeetingSessionEntity } from './session.entity';

/** Sessions, registrations and meeting requests of docking events. */
@Injectable()
export class RegistrationsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** A transaction, run again after a deadlock or serialization failure. */
  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return runTransaction(this.db, work);
  }

  sessionsOf(eventId: string, m: EntityManager = this.db.manager): Promise<MeetingSessionEntity[]> {
    // Bounded even for events stored before the limit existed.
    return m
      .getRepository(MeetingSessionEntity)
      .find({ where: { eventId }, order: { startsAt: 'ASC' }, take: EVENT_LIMITS.maxSessions });
  }

  /** Inserts a session; null when it overlaps another session of the event (exclusion constraint). */
  async insertSession(
    eventId: string,
    title: string,
    startsAt: Date,
    endsAt: Date,
  ): Promise<MeetingSessionEntity | null> {
    const repo = this.db.getRepository(MeetingSessionEntity);
    try {
      return await repo.save(repo.create({ eventId, title, startsAt, endsAt }));
    } catch (err) {
      if (pgCode(err) === PG.EXCLUSION_VIOLATION) return null;
      throw err;
    }
  }

  /** Registers the enterprise, or updates the listings it brings if it is registered already. */
  async upsertRegistration(
    eventId: string,
    enterpriseId: string,
    listingIds: string[] | null,
  ): Promise<RegistrationEntity> {
    const rows: { id: string }[] = await this.db.query(
      `INSERT INTO event_registration (event_id, enterprise_id, listing_ids) VALUES ($1, $2, COALESCE($3::uuid[], '{}'))
       ON CONFLICT (event_id, enterprise_id) DO UPDATE
         SET listing_ids = COALESCE($3::uuid[], event_registration.listing_ids), updated_at = now()
       RETURNING id`,
      [eventId, enterpriseId, listingIds],
    );
    return (await this.registration(rows[0].id))!;
  }

  registration(id: string, m: EntityManager = this.db.manager): Promise<RegistrationEntity | null> {
    return m.getRepository(RegistrationEntity).findOneBy({ id });
  }

  registrationOf(
    eventId: string,
    enterpriseId: string,
    m: EntityManager = this.db.manager,
    lock = false,
  ): Promise<RegistrationEntity | null> {
    return m
      .getRepository(RegistrationEntity)
      .findOne({ where: { eventId, enterpriseId }, lock: lock ? { mode: 'pessimistic_write' } : undefined });
  }

  /** Registrations of an event, oldest first; `visibleTo` limits non-approved ones to that enterprise. */
  registrationsOf(
    eventId: string,
    status: RegistrationStatus | null,
    visibleTo: string | null | 'ALL',
    limit?: number,
  ): Promise<RegistrationEntity[]> {
    const qb = this.db
      .getRepository(RegistrationEntity)
      .createQueryBuilder('r')
      .where('r.event_id = :eventId', { eventId });
    if (status) qb.andWhere('r.status = :status', { status });
    if (visibleTo !== 'ALL')
      qb.andWhere(`(r.status = 'APPROVED' OR r.enterprise_id = :me)`, {
        me: visibleTo ?? '00000000-0000-0000-0000-000000000000',
      });
    qb.orderBy('r.created_at', 'ASC').addOrderBy('r.id', 'ASC');
    return (limit ? qb.limit(limit) : qb).getMany();
  }

  async review(m: EntityManager, id: string, status: RegistrationStatus): Promise<RegistrationEntity> {
    await m.query(`UPDATE event_registration SET status = $2, reviewed_at = now(), updated_at = now() WHERE id = $1`, [
      id,
      status,
    ]);
    return (await this.registration(id, m))!;
  }

  async setUnavailable(id: string, slots: Date[]): Promise<RegistrationEntity> {
    await this.db.query(
      `UPDATE event_registration SET unavailable_slots = $2::timestamptz[], updated_at = now() WHERE id = $1`,
      [id, slots.map((d) => d.toISOString())],
    );
    return (await this.registration(id))!;
  }

  /** Listings of the enterprise among the ids that are open. */
  async openListingsOf(enterpriseId: string, ids: string[]): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT id FROM listing WHERE enterprise_id = $1 AND id = ANY($2::uuid[]) AND status = 'OPEN'`,
      [enterpriseId, ids],
    );
    return rows.map((r) => r.id);
  }

  request(id: string, m: EntityManager = this.db.manager): Promise<MeetingRequestEntity | null> {
    return m.getRepository(MeetingRequestEntity).findOneBy({ id });
  }

  /** The live (not cancelled) request between two firms at an event, either direction. */
  livePair(m: EntityManager, eventId: string, a: string, b: string): Promise<MeetingRequestEntity | null> {
    const [low, high] = a < b ? [a, b] : [b, a];
    return m
      .getRepository(MeetingRequestEntity)
      .createQueryBuilder('q')
      .where('q.event_id = :eventId AND q.enterprise_low = :low AND q.enterprise_high = :high', { eventId, low, high })
      .andWhere(`q.status <> 'CANCELLED'`)
      .setLock('pessimistic_write')
      .getOne();
  }

  /** Requests a firm has sent at an event and not cancelled (for the per-event cap). */
  async sentCount(m: EntityManager, eventId: string, enterpriseId: string): Promise<number> {
    const rows: { n: number }[] = await m.query(
      `SELECT count(*)::int AS n FROM meeting_request WHERE event_id = $1 AND requester_enterprise_id = $2 AND status <> 'CANCELLED'`,
      [eventId, enterpriseId],
    );
    return rows[0].n;
  }

  /** The best match score between the two firms' open listings, either way round. */
  async bestScore(m: EntityManager, a: string, b: string): Promise<number | null> {
    const rows: { score: number | null }[] = await m.query(
      `SELECT max(score)::float8 AS score FROM match_suggestion
        WHERE (supply_enterprise_id = $1 AND demand_enterprise_id = $2) OR (supply_enterprise_id = $2 AND demand_enterprise_id = $1)`,
      [a, b],
    );
    return rows[0]?.score ?? null;
  }

  async insertRequest(
    m: EntityManager,
    r: Omit<
      MeetingRequestEntity,
      'id' | 'createdAt' | 'updatedAt' | 'respondedAt' | 'status' | 'enterpriseLow' | 'enterpriseHigh'
    >,
  ): Promise<MeetingRequestEntity> {
    const [low, high] =
      r.requesterEnterpriseId < r.inviteeEnterpriseId
        ? [r.requesterEnterpriseId, r.inviteeEnterpriseId]
        : [r.inviteeEnterpriseId, r.requesterEnterpriseId];
    const repo = m.getRepository(MeetingRequestEntity);
    return repo.save(
      repo.create({ ...r, enterpriseLow: low, enterpriseHigh: high, status: MeetingRequestStatus.PENDING }),
    );
  }

  async setRequestStatus(
    m: EntityManager,
    id: string,
    status: MeetingRequestStatus,
    mutual?: boolean,
  ): Promise<MeetingRequestEntity> {
    await m.query(
      `UPDATE meeting_request SET status = $2, mutual = COALESCE($3, mutual), responded_at = CASE WHEN $2 IN ('ACCEPTED', 'DECLINED') THEN now() ELSE responded_at END, updated_at = now() WHERE id = $1`,
      [id, status, mutual ?? null],
    );
    return (await this.request(id, m))!;
  }

  /** Cancels a firm's live requests at an event (its registration was rejected). */
  async cancelRequestsOf(m: EntityManager, eventId: string, enterpriseId: string): Promise<string[]> {
    const rows: { id: string }[] = await m.query(
      `WITH cancelled AS (
         UPDATE meeting_request SET status = 'CANCELLED', updated_at = now()
          WHERE event_id = $1 AND (requester_enterprise_id = $2 OR invitee_enterprise_id = $2) AND status IN ('PENDING', 'ACCEPTED') RETURNING id)
       SELECT id FROM cancelled`,
      [eventId, enterpriseId],
    );
    return rows.map((r) => r.id);
  }

  /** Requests of an event, newest first: all of them, or those a firm sent or received. */
  requestsOf(
    eventId: string,
    enterpriseId: string | 'ALL',
    status: MeetingRequestStatus | null,
    limit: number,
  ): Promise<MeetingRequestEntity[]> {
    const qb = this.db
      .getRepository(MeetingRequestEntity)
      .createQueryBuilder('q')
      .where('q.event_id = :eventId', { eventId });
    if (enterpriseId !== 'ALL')
      qb.andWhere('(q.requester_enterprise_id = :e OR q.invitee_enterprise_id = :e)', { e: enterpriseId });
    if (status) qb.andWhere('q.status = :status', { status });
    return qb.orderBy('q.created_at', 'DESC').addOrderBy('q.id', 'DESC').limit(limit).getMany();
  }

  requestsByIds(ids: readonly string[]): Promise<MeetingRequestEntity[]> {
    return ids.length
      ? this.db.getRepository(MeetingRequestEntity).createQueryBuilder('q').where('q.id = ANY(:ids)', { ids }).getMany()
      : Promise.resolve([]);
  }
}
