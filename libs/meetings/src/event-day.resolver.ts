import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';

import { Authenticated, CurrentViewer, loaderOf, RequestContext, RequestCtx, Role, Viewer } from '@duijie/accounts';
import { EnterpriseLoader, toEnterpriseObject } from '@duijie/enterprises';

import { AttendanceService } from './attendance.service';
import { CheckInService } from './check-in.service';
import {
  AttendanceStatus,
  CheckInResultObject,
  CheckInSummaryObject,
  EventAttendeeConnection,
  EventAttendeeObject,
  EventAttendeesArgs,
  EventFloorObject,
  MeetingAttendanceObject,
  MyCheckInObject,
  WalkInMeetingInput,
} from './event-day.dto';
import { AttendanceRow, AttendeeRow, EventDayRepository } from './event-day.repository';
import { FloorService } from './floor.service';
import { AttendanceOutcome } from './meeting-attendance.entity';
import { MeetingObject } from './meetings.dto';
import { MeetingsMapper } from './meetings.mapper';

/** The event day (现场): check-in at the door, attendance marks, walk-ins, the floor screen. */
@Resolver()
export class EventDayResolver {
  constructor(
    private readonly checkIns: CheckInService,
    private readonly attendance: AttendanceService,
    private readonly floors: FloorService,
    private readonly mapper: MeetingsMapper,
    private readonly enterprises: EnterpriseLoader,
  ) {}

  @Query(() => MyCheckInObject, {
    nullable: true,
    description: "Your firm's check-in code (签到码) for the event; null unless its registration is approved",
  })
  @Authenticated()
  async myCheckIn(
    @CurrentViewer() viewer: Viewer,
    @Args('eventId', { type: () => ID }) eventId: string,
  ): Promise<MyCheckInObject | null> {
    return this.checkIns.mine(viewer, eventId);
  }

  @Mutation(() => CheckInResultObject, {
    description: 'ORGANISER: check an approved firm in (签到) by its code or its id; a second time says when',
  })
  @Authenticated(Role.ORGANISER, Role.ADMIN)
  async checkInFirm(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('eventId', { type: () => ID }) eventId: string,
    @Args('code', { type: () => String, nullable: true, description: 'The scanned check-in code' })
    code?: string | null,
    @Args('enterpriseId', { type: () => ID, nullable: true, description: 'A firm found by search' })
    enterpriseId?: string | null,
  ): Promise<CheckInResultObject> {
    const done = await this.checkIns.checkIn(viewer, eventId, code, enterpriseId);
    return { ...done, attendee: this.attendee(ctx, done.attendee) };
  }

  @Query(() => EventAttendeeConnection, {
    description: 'ORGANISER: approved registrants with their check-in, by name; search by name or credit code',
  })
  @Authenticated(Role.ORGANISER, Role.ADMIN)
  async eventAttendees(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args() args: EventAttendeesArgs,
  ): Promise<EventAttendeeConnection> {
    const page = await this.checkIns.attendees(viewer, args.eventId, args.search, args.first, args.after);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: this.attendee(ctx, e.node) })) };
  }

  @Query(() => CheckInSummaryObject, { description: 'ORGANISER: approved registrants and how many checked in' })
  @Authenticated(Role.ORGANISER, Role.ADMIN)
  checkInSummary(
    @CurrentViewer() viewer: Viewer,
    @Args('eventId', { type: () => ID }) eventId: string,
  ): Promise<CheckInSummaryObject> {
    return this.checkIns.counts(viewer, eventId);
  }

  @Mutation(() => MeetingObject, {
    description:
      "Mark a started meeting HELD or NO_SHOW: the event's organiser (naming the absent parties), or a party (the other firm missed it). The organiser's mark decides",
  })
  @Authenticated()
  async markMeetingAttendance(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('outcome', { type: () => AttendanceOutcome }) outcome: AttendanceOutcome,
    @Args('absentEnterpriseIds', { type: () => [ID], nullable: true }) absentEnterpriseIds?: string[] | null,
  ): Promise<MeetingObject> {
    return this.mapper.meeting(ctx, await this.attendance.mark(viewer, meetingId, outcome, absentEnterpriseIds));
  }

  @Mutation(() => MeetingObject, {
    description: 'ORGANISER: add a walk-in meeting (现场加入) between two checked-in firms at a free table and slot',
  })
  @Authenticated(Role.ORGANISER, Role.ADMIN)
  async addWalkInMeeting(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('eventId', { type: () => ID }) eventId: string,
    @Args('input') input: WalkInMeetingInput,
  ): Promise<MeetingObject> {
    return this.mapper.meeting(ctx, await this.attendance.walkIn(viewer, eventId, input));
  }

  @Query(() => EventFloorObject, {
    description: 'ORGANISER: the venue screen (现场大屏): the current (or next) slot by table, countdown; poll it',
  })
  @Authenticated(Role.ORGANISER, Role.ADMIN)
  async eventFloor(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('eventId', { type: () => ID }) eventId: string,
  ): Promise<EventFloorObject> {
    const floor = await this.floors.floor(viewer, eventId);
    return {
      ...floor,
      tables: floor.tables.map((t) => ({ table: t.table, meeting: t.meeting && this.mapper.meeting(ctx, t.meeting) })),
    };
  }

  private attendee(ctx: RequestContext, r: AttendeeRow): EventAttendeeObject {
    return {
      registrationId: r.registrationId,
      checkedInAt: r.checkedInAt,
      enterprise: async () => toEnterpriseObject((await this.enterprises.of(ctx).load(r.enterpriseId))!),
    };
  }
}

/** A meeting's attendance and walk-in flag, batched: one query for a whole list of meetings. */
@Resolver(() => MeetingObject)
export class MeetingAttendanceFieldsResolver {
  constructor(
    private readonly repository: EventDayRepository,
    private readonly enterprises: EnterpriseLoader,
  ) {}

  @ResolveField(() => MeetingAttendanceObject, { description: '到场情况' })
  async attendance(
    @Parent() meeting: MeetingObject,
    @RequestCtx() ctx: RequestContext,
  ): Promise<MeetingAttendanceObject> {
    const row = await this.rows(ctx).load(meeting.id);
    return {
      status: (row?.status ?? AttendanceStatus.PENDING) as AttendanceStatus,
      partiesDisagree: row?.partiesDisagree ?? false,
      decidedByOrganiser: row?.decidedByOrganiser ?? false,
      absent: async () =>
        (await Promise.all((row?.absentEnterpriseIds ?? []).map((id) => this.enterprises.of(ctx).load(id))))
          .filter((e) => e !== null)
          .map(toEnterpriseObject),
    };
  }

  @ResolveField(() => Boolean, { description: '现场加入: added on the event day, not from a request' })
  async walkIn(@Parent() meeting: MeetingObject, @RequestCtx() ctx: RequestContext): Promise<boolean> {
    return (await this.rows(ctx).load(meeting.id))?.walkIn ?? false;
  }

  private rows(ctx: RequestContext) {
    return loaderOf(
      ctx,
      'meetingAttendance',
      () =>
        new DataLoader<string, AttendanceRow | null>(async (ids) => {
          const rows = await this.repository.attendanceOf(ids);
          const byId = new Map(rows.map((r) => [r.meetingId, r]));
          return ids.map((id) => byId.get(id) ?? null);
        }),
    );
  }
}
