import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { runTransaction } from '@duijie/database';

import { DockingEventEntity } from './docking-event.entity';
import { EventDraft } from './event-rules';

@Injectable()
export class EventsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  findById(id: string): Promise<DockingEventEntity | null> {
    return this.db.getRepository(DockingEventEntity).findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<DockingEventEntity[]> {
    return ids.length
      ? this.db.getRepository(DockingEventEntity).createQueryBuilder('e').where('e.id = ANY(:ids)', { ids }).getMany()
      : Promise.resolve([]);
  }

  insert(draft: EventDraft, organiserUserId: string): Promise<DockingEventEntity> {
    const repo = this.db.getRepository(DockingEventEntity);
    return repo.save(repo.create({ ...draft, organiserUserId }));
  }

  /** A transaction, run again after a deadlock or serialization failure. */
  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return runTransaction(this.db, work);
  }

  /** The event, its row locked: schedule writes (runs, publishing, hand moves) wait for the change. */
  async lockForUpdate(m: EntityManager, id: string): Promise<DockingEventEntity | null> {
    return m
      .getRepository(DockingEventEntity)
      .createQueryBuilder('e')
      .setLock('pessimistic_write')
      .where('e.id = :id', { id })
      .getOne();
  }

  async update(m: EntityManager, id: string, draft: EventDraft): Promise<DockingEventEntity> {
    await m.getRepository(DockingEventEntity).update({ id }, draft);
    return (await m.getRepository(DockingEventEntity).findOneBy({ id }))!;
  }

  /** Events by start time, newest first, keyset-paged on (starts_at, id). */
  page(
    limit: number,
    after?: { startsAt: string; id: string },
    organiserUserId?: string,
  ): Promise<DockingEventEntity[]> {
    const qb = this.db
      .getRepository(DockingEventEntity)
      .createQueryBuilder('e')
      .where('true')
      .orderBy('e.starts_at', 'DESC')
      .addOrderBy('e.id', 'DESC');
    if (organiserUserId) qb.andWhere('e.organiser_user_id = :organiserUserId', { organiserUserId });
    if (after) qb.andWhere('(e.starts_at, e.id) < (:ts::timestamptz, :id::uuid)', { ts: after.startsAt, id: after.id });
    return qb.limit(limit + 1).getMany();
  }

  count(organiserUserId?: string): Promise<number> {
    return this.db.getRepository(DockingEventEntity).countBy(organiserUserId ? { organiserUserId } : {});
  }

  /** In the caller's transaction: the event's schedule was published now. */
  async markSchedulePublished(m: EntityManager, id: string): Promise<void> {
    await m.query(`UPDATE docking_event SET schedule_published_at = now() WHERE id = $1`, [id]);
  }
}
