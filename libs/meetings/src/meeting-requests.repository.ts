import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { runTransaction } from '@duijie/database';

import { MeetingRequestEntity, MeetingRequestStatus } from './meeting-request.entity';

/** Meeting requests between the registrants of docking events. */
@Injectable()
export class MeetingRequestsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** A transaction, run again after a deadlock or serialization failure. */
  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return runTransaction(this.db, work);
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

  /** Requests `from` sent `to` in the event, withdrawn ones included. */
  async sentTo(m: EntityManager, eventId: string, from: string, to: string): Promise<number> {
    const rows: { n: number }[] = await m.query(
      `SELECT count(*)::int AS n FROM meeting_request WHERE event_id = $1 AND requester_enterprise_id = $2 AND invitee_enterprise_id = $3`,
      [eventId, from, to],
    );
    return rows[0].n;
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
