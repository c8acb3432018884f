import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { PG, pgCode, runTransaction } from '@duijie/database';
import { EVENT_LIMITS } from '@duijie/events';

import { RegistrationEntity, RegistrationStatus } from './registration.entity';
import { MeetingSessionEntity } from './session.entity';

/** Sessions and registrations of docking events. */
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

  /**
   * Registrations of an event, oldest first; `visibleTo` limits non-approved ones to that
   * enterprise, `sector` to firms of that sector.
   */
  registrationsOf(
    eventId: string,
    status: RegistrationStatus | null,
    visibleTo: string | null | 'ALL',
    limit?: number,
    sector: string | null = null,
  ): Promise<RegistrationEntity[]> {
    const qb = this.db
      .getRepository(RegistrationEntity)
      .createQueryBuilder('r')
      .where('r.event_id = :eventId', { eventId });
    if (status) qb.andWhere('r.status = :status', { status });
    if (sector)
      qb.andWhere('EXISTS (SELECT 1 FROM enterprise f WHERE f.id = r.enterprise_id AND f.sector = :sector)', {
        sector,
      });
    if (visibleTo !== 'ALL')
      qb.andWhere(`(r.status = 'APPROVED' OR r.enterprise_id = :me)`, {
        me: visibleTo ?? '00000000-0000-0000-0000-000000000000',
      });
    qb.orderBy('r.created_at', 'ASC').addOrderBy('r.id', 'ASC');
    return (limit ? qb.limit(limit) : qb).getMany();
  }

  async review(
    m: EntityManager,
    id: string,
    status: RegistrationStatus,
    note: string | null,
  ): Promise<RegistrationEntity> {
    await m.query(
      `UPDATE event_registration SET status = $2, review_note = $3, reviewed_at = now(), updated_at = now() WHERE id = $1`,
      [id, status, note],
    );
    return (await this.registration(id, m))!;
  }

  async setUnavailable(id: string, slots: Date[]): Promise<RegistrationEntity> {
    await this.db.query(
      `UPDATE event_registration SET unavailable_slots = $2::timestamptz[], updated_at = now() WHERE id = $1`,
      [id, slots.map((d) => d.toISOString())],
    );
    return (await this.registration(id))!;
  }
}
