import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

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

  /** Events by start time, newest first, keyset-paged on (starts_at, id). */
  page(limit: number, after?: { startsAt: string; id: string }): Promise<DockingEventEntity[]> {
    const qb = this.db
      .getRepository(DockingEventEntity)
      .createQueryBuilder('e')
      .orderBy('e.starts_at', 'DESC')
      .addOrderBy('e.id', 'DESC');
    if (after) qb.where('(e.starts_at, e.id) < (:ts::timestamptz, :id::uuid)', { ts: after.startsAt, id: after.id });
    return qb.limit(limit + 1).getMany();
  }

  count(): Promise<number> {
    return this.db.getRepository(DockingEventEntity).count();
  }

  /** In the caller's transaction: locks the event row, which serialises the writes of its schedule. */
  async lockForUpdate(m: EntityManager, id: string): Promise<void> {
    await m.query(`SELECT id FROM docking_event WHERE id = $1 FOR UPDATE`, [id]);
  }

  /** In the caller's transaction: the event's schedule was published now. */
  async markSchedulePublished(m: EntityManager, id: string): Promise<void> {
    await m.query(`UPDATE docking_event SET schedule_published_at = now() WHERE id = $1`, [id]);
  }
}
