import { Injectable } from '@nestjs/common';

import { Role, Viewer } from '@duijie/accounts';
import { DockingEventEntity, EventsService } from '@duijie/events';

import { MeetingsErrorCode, MeetingsException } from './meetings.exception';

/** An event as far as access needs it: an entity, or the GraphQL object of one. */
export type EventRef = Pick<DockingEventEntity, 'id' | 'organiserUserId'>;

/** Who may do what at a docking event. */
@Injectable()
export class EventAccess {
  constructor(private readonly events: EventsService) {}

  async event(id: string): Promise<DockingEventEntity> {
    const event = await this.events.get(id);
    if (!event) throw new MeetingsException(MeetingsErrorCode.EVENT_NOT_FOUND, '对接活动不存在');
    return event;
  }

  /** ADMIN, or the ORGANISER who created the event. */
  isOrganiser(viewer: Viewer | null, event: Pick<DockingEventEntity, 'organiserUserId'>): boolean {
    return (
      !!viewer &&
      (viewer.role === Role.ADMIN || (viewer.role === Role.ORGANISER && event.organiserUserId === viewer.userId))
    );
  }

  async organisedEvent(viewer: Viewer, id: string): Promise<DockingEventEntity> {
    const event = await this.event(id);
    if (!this.isOrganiser(viewer, event))
      throw new MeetingsException(MeetingsErrorCode.NOT_ORGANISER, '只有该活动的组织方（或管理员）可以执行此操作');
    return event;
  }

  enterpriseOf(viewer: Viewer): string {
    if (!viewer.enterpriseId)
      throw new MeetingsException(MeetingsErrorCode.NO_ENTERPRISE, '请先登记企业（registerEnterprise）再参加对接活动');
    return viewer.enterpriseId;
  }
}
