import { Injectable } from '@nestjs/common';

import { Access, Viewer } from '@duijie/accounts';

import { DockingEventEntity } from './docking-event.entity';
import { EventsErrorCode, EventsException } from './events.exception';
import { EventsService } from './events.service';

/** An event as far as access needs it: an entity, or the GraphQL object of one. */
export type EventRef = Pick<DockingEventEntity, 'id' | 'organiserUserId'>;

/**
 * The event-scoped part of the access policy: loads the event and asks `Access` who may act for
 * it. It lives with the events so that every lib that needs it (meetings, outcomes, imports)
 * reaches it without importing another feature.
 */
@Injectable()
export class EventAccess {
  constructor(private readonly events: EventsService) {}

  async event(id: string): Promise<DockingEventEntity> {
    const event = await this.events.get(id);
    if (!event) throw new EventsException(EventsErrorCode.EVENT_NOT_FOUND, '对接活动不存在');
    return event;
  }

  /** ADMIN, or the ORGANISER who created the event. */
  isOrganiser(viewer: Viewer | null, event: Pick<DockingEventEntity, 'organiserUserId'>): boolean {
    return Access.mayActForEvent(viewer, event);
  }

  async organisedEvent(viewer: Viewer, id: string): Promise<DockingEventEntity> {
    const event = await this.event(id);
    if (!this.isOrganiser(viewer, event))
      throw new EventsException(EventsErrorCode.NOT_ORGANISER, '只有该活动的主办方（或管理员）可以执行此操作');
    return event;
  }

  /**
   * The event of a thing whose id is not public (a meeting, a run, a registration, an import):
   * throws `notFound` to anyone but the event's organiser, so that another organiser learns
   * nothing from an id, not even that it exists.
   */
  async organisedEventOf(viewer: Viewer, eventId: string, notFound: () => Error): Promise<DockingEventEntity> {
    const event = await this.events.get(eventId);
    if (!event || !this.isOrganiser(viewer, event)) throw notFound();
    return event;
  }

  enterpriseOf(viewer: Viewer): string {
    if (!viewer.enterpriseId)
      throw new EventsException(EventsErrorCode.NO_ENTERPRISE, '请先登记企业（registerEnterprise）再参加对接活动');
    return viewer.enterpriseId;
  }
}
