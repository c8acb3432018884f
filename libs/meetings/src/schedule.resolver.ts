import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Authenticated, CurrentViewer, RequestContext, RequestCtx, Role, Viewer } from '@duijie/accounts';
import { StrictDateTime } from '@duijie/common';
import { DockingEventObject, toEventObject } from '@duijie/events';

import { MeetingObject, ScheduleRunObject } from './meetings.dto';
import { MeetingsMapper } from './meetings.mapper';
import { ScheduleService } from './schedule.service';

/** Solving, publishing and editing an event's meeting schedule; agendas. */
@Resolver()
export class ScheduleResolver {
  constructor(
    private readonly service: ScheduleService,
    private readonly mapper: MeetingsMapper,
  ) {}

  @Mutation(() => ScheduleRunObject, {
    description: 'ORGANISER: solve the schedule on the worker; published and locked (incl. hand-placed) meetings stay',
  })
  @Authenticated(Role.ORGANISER, Role.ADMIN)
  async scheduleMeetings(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('eventId', { type: () => ID }) eventId: string,
  ): Promise<ScheduleRunObject> {
    return this.mapper.run(ctx, await this.service.schedule(viewer, eventId));
  }

  @Query(() => ScheduleRunObject, { description: 'ORGANISER: a scheduler run and its outcome' })
  @Authenticated(Role.ORGANISER, Role.ADMIN)
  async scheduleRun(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ScheduleRunObject> {
    return this.mapper.run(ctx, await this.service.run(viewer, id));
  }

  @Mutation(() => DockingEventObject, { description: 'ORGANISER: make the meetings visible; every party is notified' })
  @Authenticated(Role.ORGANISER, Role.ADMIN)
  async publishSchedule(
    @CurrentViewer() viewer: Viewer,
    @Args('eventId', { type: () => ID }) eventId: string,
  ): Promise<DockingEventObject> {
    return toEventObject(await this.service.publish(viewer, eventId));
  }

  @Mutation(() => MeetingObject, { description: 'ORGANISER: place an accepted request by hand at a slot and table' })
  @Authenticated(Role.ORGANISER, Role.ADMIN)
  async bookMeeting(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('requestId', { type: () => ID }) requestId: string,
    @Args('startsAt', { type: () => StrictDateTime }) startsAt: Date,
    @Args('table', { type: () => String }) table: string,
  ): Promise<MeetingObject> {
    return this.mapper.meeting(ctx, await this.service.book(viewer, requestId, startsAt, table));
  }

  @Mutation(() => MeetingObject, { description: 'ORGANISER: move a meeting; parties of a published one are notified' })
  @Authenticated(Role.ORGANISER, Role.ADMIN)
  async moveMeeting(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('startsAt', { type: () => StrictDateTime }) startsAt: Date,
    @Args('table', { type: () => String }) table: string,
  ): Promise<MeetingObject> {
    return this.mapper.meeting(ctx, await this.service.move(viewer, id, startsAt, table));
  }

  @Mutation(() => MeetingObject, {
    description: 'ORGANISER: lock a meeting (锁定) so that later scheduler runs keep it at its slot and table',
  })
  @Authenticated(Role.ORGANISER, Role.ADMIN)
  async lockMeeting(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<MeetingObject> {
    return this.mapper.meeting(ctx, await this.service.setLocked(viewer, id, true));
  }

  @Mutation(() => MeetingObject, {
    description: 'ORGANISER: unlock a meeting; the next scheduler run may move it (a published one stays anyway)',
  })
  @Authenticated(Role.ORGANISER, Role.ADMIN)
  async unlockMeeting(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<MeetingObject> {
    return this.mapper.meeting(ctx, await this.service.setLocked(viewer, id, false));
  }

  @Mutation(() => Boolean, {
    description: 'ORGANISER: cancel a meeting; its request lapses; parties of a published one are notified',
  })
  @Authenticated(Role.ORGANISER, Role.ADMIN)
  cancelMeeting(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.service.cancel(viewer, id);
  }

  @Query(() => [MeetingObject], { description: "Your enterprise's published meetings at the event, by time" })
  @Authenticated()
  async myAgenda(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('eventId', { type: () => ID }) eventId: string,
  ): Promise<MeetingObject[]> {
    return (await this.service.agenda(viewer, eventId)).map((meeting) => this.mapper.meeting(ctx, meeting));
  }
}
