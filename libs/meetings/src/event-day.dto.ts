import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';

import { Connection, Lazy, Page, PageArgs, resolveLazy, StrictDateTime } from '@duijie/common';
import { EnterpriseObject } from '@duijie/enterprises';

import { AttendanceOutcome } from './meeting-attendance.entity';
import { MeetingObject } from './meetings.dto';

/** A meeting's attendance as its marks resolve (到场情况). */
export enum AttendanceStatus {
  /** 待确认: nobody has marked it yet. */
  PENDING = 'PENDING',
  /** 已举行 */
  HELD = 'HELD',
  /** 缺席: `absent` names who missed it. */
  NO_SHOW = 'NO_SHOW',
  /** 双方登记不一致: the parties' marks contradict each other and no organiser has decided. */
  DISPUTED = 'DISPUTED',
}

registerEnumType(AttendanceOutcome, {
  name: 'AttendanceOutcome',
  description: 'HELD 已举行; NO_SHOW 缺席 (who missed it is named)',
});
registerEnumType(AttendanceStatus, {
  name: 'AttendanceStatus',
  description: 'PENDING 待确认; HELD 已举行; NO_SHOW 缺席; DISPUTED 双方登记不一致 (until an organiser marks it)',
});

@ObjectType('MyCheckIn', { description: "签到码: your firm's check-in code for an event where it is approved" })
export class MyCheckInObject {
  @Field(() => String, { description: 'Shown as a QR code; the door scanner types it into checkInFirm' })
  code: string;

  @Field(() => StrictDateTime, { nullable: true, description: 'When the firm was checked in (null: not yet)' })
  checkedInAt: Date | null;
}

@ObjectType('EventAttendee', { description: 'An approved registrant of an event and its check-in (签到)' })
export class EventAttendeeObject {
  @Field(() => ID)
  registrationId: string;

  @Field(() => EnterpriseObject, { middleware: [resolveLazy] })
  enterprise: Lazy<EnterpriseObject>;

  @Field(() => StrictDateTime, { nullable: true, description: '签到时间 (null: 未签到)' })
  checkedInAt: Date | null;
}

export const EventAttendeeConnection = Connection(EventAttendeeObject, 'EventAttendee');
export type EventAttendeeConnection = Page<EventAttendeeObject>;

@ArgsType()
export class EventAttendeesArgs extends PageArgs {
  @Field(() => ID)
  eventId: string;

  @Field(() => String, { nullable: true, description: 'Part of the firm name, or the start of its credit code' })
  @IsOptional()
  @MaxLength(100, { message: 'search（搜索）最多 100 个字符' })
  search?: string | null;
}

@ObjectType('CheckInResult')
export class CheckInResultObject {
  @Field(() => EventAttendeeObject)
  attendee: EventAttendeeObject;

  @Field(() => Boolean, { description: 'The firm was already checked in: checkedInAt is the first check-in' })
  alreadyCheckedIn: boolean;

  @Field(() => String, { description: '签到成功 / 已签到（时间）, with the firm name' })
  message: string;
}

@ObjectType('CheckInSummary')
export class CheckInSummaryObject {
  @Field(() => Int, { description: 'Approved registrants' })
  approved: number;

  @Field(() => Int, { description: 'Of them, checked in' })
  checkedIn: number;
}

@ObjectType('MeetingAttendance', { description: '到场情况: the organiser’s mark wins; else the parties’ marks' })
export class MeetingAttendanceObject {
  @Field(() => AttendanceStatus)
  status: AttendanceStatus;

  @Field(() => [EnterpriseObject], { middleware: [resolveLazy], description: 'Parties who missed it (NO_SHOW)' })
  absent: Lazy<EnterpriseObject[]>;

  @Field(() => Boolean, { description: 'The parties’ marks contradict each other (flagged even once decided)' })
  partiesDisagree: boolean;

  @Field(() => Boolean)
  decidedByOrganiser: boolean;
}

@InputType()
export class WalkInMeetingInput {
  @Field(() => [ID], { description: 'The two checked-in firms' })
  @ArrayMaxSize(2, { message: 'enterpriseIds（洽谈双方）须为两家企业' })
  enterpriseIds: string[];

  @Field(() => StrictDateTime, { description: 'The start of a slot that has not ended' })
  startsAt: Date;

  @Field(() => String)
  @MaxLength(40, { message: 'table（桌号）最多 40 个字符' })
  table: string;
}

@ObjectType('FloorSlot')
export class FloorSlotObject {
  @Field(() => StrictDateTime) startsAt: Date;
  @Field(() => StrictDateTime) endsAt: Date;
  @Field(() => String, { description: 'The session’s title (洽谈场次)' }) session: string;
  @Field(() => Boolean, { description: 'True while it runs; false: the next slot, not started yet' }) current: boolean;
}

@ObjectType('FloorTable')
export class FloorTableObject {
  @Field(() => String) table: string;
  @Field(() => MeetingObject, { nullable: true }) meeting: MeetingObject | null;
}

@ObjectType('EventFloor', { description: '现场大屏: the slot on now (or next), its tables, the countdown' })
export class EventFloorObject {
  @Field(() => StrictDateTime, { description: 'The server’s clock when answered' })
  now: Date;

  @Field(() => FloorSlotObject, { nullable: true, description: 'The current slot, else the next one; null: all over' })
  slot: FloorSlotObject | null;

  @Field(() => StrictDateTime, { nullable: true, description: 'The next slot’s start, for the countdown' })
  nextSlotStartsAt: Date | null;

  @Field(() => [FloorTableObject], { description: 'Every table of the event (and any other with a meeting)' })
  tables: FloorTableObject[];

  @Field(() => Int, { description: 'Meetings of the slot marked NO_SHOW' })
  noShows: number;

  @Field(() => CheckInSummaryObject)
  checkIns: CheckInSummaryObject;
}
