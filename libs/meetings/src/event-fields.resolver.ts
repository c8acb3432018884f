import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { Authenticated, CurrentViewer, RequestContext, RequestCtx, Viewer } from '@duijie/accounts';
import { listSize } from '@duijie/common';
import { DockingEventObject, EVENT_LIST, EventAccess } from '@duijie/events';
import { Sector } from '@duijie/reference';

import { MeetingRequestStatus } from './meeting-request.entity';
import { MeetingRequestsService } from './meeting-requests.service';
import {
  EventRegistrationObject,
  MeetingObject,
  MeetingRequestObject,
  MeetingSessionObject,
  ScheduleRunObject,
} from './meetings.dto';
import { MeetingsMapper } from './meetings.mapper';
import { RegistrationStatus } from './registration.entity';
import { RegistrationsService } from './registrations.service';
import { ScheduleService } from './schedule.service';

const FIRST = {
  type: () => Int,
  nullable: true,
  description: `How many (default ${EVENT_LIST.fallback}, at most ${EVENT_LIST.max})`,
} as const;

/** What a docking event holds: sessions, registrations, requests, meetings, the latest scheduler run. */
@Resolver(() => DockingEventObject)
export class EventFieldsResolver {
  constructor(
    private readonly participants: RegistrationsService,
    private readonly requestsService: MeetingRequestsService,
    private readonly schedule: ScheduleService,
    private readonly access: EventAccess,
    private readonly mapper: MeetingsMapper,
  ) {}

  @ResolveField(() => [MeetingSessionObject])
  async sessions(@Parent() e: DockingEventObject): Promise<MeetingSessionObject[]> {
    return (await this.participants.sessions(e.id)).map((s) => this.mapper.session(s, e.slotMinutes));
  }

  @ResolveField(() => [EventRegistrationObject], {
    description: 'Approved registrations for everyone; all of them for the organiser; your own in any state',
  })
  async registrations(
    @Parent() e: DockingEventObject,
    @RequestCtx() ctx: RequestContext,
    @Args('status', { type: () => RegistrationStatus, nullable: true }) status?: RegistrationStatus | null,
    @Args('first', FIRST) first?: number | null,
    @Args('sector', { type: () => Sector, nullable: true, description: 'Only firms of this sector' })
    sector?: Sector | null,
  ): Promise<EventRegistrationObject[]> {
    const limit = listSize(first, EVENT_LIST);
    const filter = { status: status ?? null, sector: sector ?? null };
    return (await this.participants.registrations(ctx.viewer, e, filter, limit)).map((r) =>
      this.mapper.registration(ctx, r),
    );
  }

  @ResolveField(() => [MeetingRequestObject], {
    description: 'Requests your enterprise sent or received; all of them for the organiser',
  })
  @Authenticated()
  async meetingRequests(
    @Parent() e: DockingEventObject,
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('status', { type: () => MeetingRequestStatus, nullable: true }) status?: MeetingRequestStatus | null,
    @Args('first', FIRST) first?: number | null,
  ): Promise<MeetingRequestObject[]> {
    const limit = listSize(first, EVENT_LIST);
    return (await this.requestsService.requests(viewer, e, status ?? null, limit)).map((q) =>
      this.mapper.request(ctx, q),
    );
  }

  @ResolveField(() => [MeetingObject], {
    description: 'Every meeting (published or not) for the organiser; your published ones otherwise',
  })
  @Authenticated()
  async meetings(
    @Parent() e: DockingEventObject,
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('first', FIRST) first?: number | null,
  ): Promise<MeetingObject[]> {
    return (await this.schedule.meetings(viewer, e, listSize(first, EVENT_LIST))).map((meeting) =>
      this.mapper.meeting(ctx, meeting),
    );
  }

  @ResolveField(() => ScheduleRunObject, { nullable: true, description: 'Organiser: the latest scheduler run' })
  @Authenticated()
  async latestScheduleRun(
    @Parent() e: DockingEventObject,
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
  ): Promise<ScheduleRunObject | null> {
    if (!this.access.isOrganiser(viewer, e)) return null;
    const run = await this.schedule.latestRun(e);
    return run ? this.mapper.run(ctx, run) : null;
  }
}
