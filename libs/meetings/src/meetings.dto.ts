import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';

import { Lazy, resolveLazy, StrictDateTime } from '@duijie/common';
import { EnterpriseObject } from '@duijie/enterprises';
import { DockingEventObject, EVENT_LIST } from '@duijie/events';
import { ListingObject } from '@duijie/listings';
import { MatchSuggestionObject } from '@duijie/matching';
import { UnplacedReason } from '@duijie/scheduling';

import { MeetingRequestStatus } from './meeting-request.entity';
import { RegistrationStatus } from './registration.entity';
import { ScheduleRunStatus } from './schedule-run.entity';

registerEnumType(RegistrationStatus, { name: 'RegistrationStatus' });
registerEnumType(MeetingRequestStatus, { name: 'MeetingRequestStatus' });
registerEnumType(ScheduleRunStatus, { name: 'ScheduleRunStatus' });
registerEnumType(UnplacedReason, {
  name: 'UnplacedReason',
  description:
    'NO_COMMON_FREE_SLOT: the two firms share no free slot; NO_SUITABLE_TABLE: no free table with the tags it needs; CAPACITY: other meetings filled the common slots',
});

@InputType()
export class MeetingSessionInput {
  @Field(() => String)
  @MaxLength(1000, { message: 'title（场次名称）过长' })
  title: string;

  @Field(() => StrictDateTime)
  startsAt: Date;

  @Field(() => StrictDateTime)
  endsAt: Date;
}

@InputType()
export class MeetingRequestInput {
  @Field(() => ID, { description: 'The approved registrant to meet' })
  withEnterpriseId: string;

  @Field(() => ID, { nullable: true, description: 'The match suggestion that led to this request' })
  matchSuggestionId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000, { message: 'message（留言）过长' })
  message?: string | null;

  @Field(() => [String], { nullable: true, description: 'Tags the table must carry, e.g. ["interpreter"]' })
  @IsOptional()
  @ArrayMaxSize(10, { message: 'tableTags（桌位要求）最多 10 个' })
  tableTags?: string[] | null;
}

@ObjectType('MeetingSession', { description: '洽谈场次, cut into slots of the event’s slot length' })
export class MeetingSessionObject {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  title: string;

  @Field(() => StrictDateTime)
  startsAt: Date;

  @Field(() => StrictDateTime)
  endsAt: Date;

  @Field(() => [StrictDateTime], { description: 'Start of every slot' })
  slots: Date[];
}

@ObjectType('EventRegistration', { description: '活动报名' })
export class EventRegistrationObject {
  @Field(() => ID)
  id: string;

  @Field(() => DockingEventObject, { middleware: [resolveLazy] })
  event: Lazy<DockingEventObject>;

  @Field(() => EnterpriseObject, { middleware: [resolveLazy] })
  enterprise: Lazy<EnterpriseObject>;

  @Field(() => RegistrationStatus)
  status: RegistrationStatus;

  @Field(() => [ListingObject], {
    middleware: [resolveLazy],
    description:
      'The listings the firm brings; a confidential demand only for the firm, the suppliers of a strong pair with it (0.55+, or one it accepted), the organisers of events it was brought to, and admins',
  })
  listings: Lazy<ListingObject[]>;

  @Field(() => [StrictDateTime], { description: 'Slot starts the firm cannot attend' })
  unavailableSlots: Date[];

  @Field(() => StrictDateTime)
  createdAt: Date;

  @Field(() => StrictDateTime, { nullable: true })
  reviewedAt: Date | null;

  @Field(() => String, { nullable: true, description: '驳回原因: the reason given when the registration was rejected' })
  reviewNote: string | null;
}

@ObjectType('MeetingRequest', { description: '洽谈请求' })
export class MeetingRequestObject {
  @Field(() => ID)
  id: string;

  @Field(() => DockingEventObject, { middleware: [resolveLazy] })
  event: Lazy<DockingEventObject>;

  @Field(() => EnterpriseObject, { middleware: [resolveLazy] })
  requester: Lazy<EnterpriseObject>;

  @Field(() => EnterpriseObject, { middleware: [resolveLazy] })
  invitee: Lazy<EnterpriseObject>;

  @Field(() => MatchSuggestionObject, {
    nullable: true,
    middleware: [resolveLazy],
    description: 'The match suggestion that led to the request, when you may see both of its listings',
  })
  matchSuggestion: Lazy<MatchSuggestionObject | null>;

  @Field(() => Float, { nullable: true, description: 'Best match score between the two firms when requested' })
  matchScore: number | null;

  @Field(() => Boolean, { description: 'Both sides asked for this meeting' })
  mutual: boolean;

  @Field(() => String, { nullable: true })
  message: string | null;

  @Field(() => [String])
  tableTags: string[];

  @Field(() => MeetingRequestStatus)
  status: MeetingRequestStatus;

  @Field(() => StrictDateTime)
  createdAt: Date;

  @Field(() => StrictDateTime, { nullable: true })
  respondedAt: Date | null;
}

@ObjectType('Meeting', { description: '一对一洽谈' })
export class MeetingObject {
  @Field(() => ID)
  id: string;

  @Field(() => DockingEventObject, { middleware: [resolveLazy] })
  event: Lazy<DockingEventObject>;

  @Field(() => StrictDateTime)
  startsAt: Date;

  @Field(() => StrictDateTime)
  endsAt: Date;

  @Field(() => String, { description: 'Table label' })
  table: string;

  @Field(() => [EnterpriseObject], { middleware: [resolveLazy] })
  parties: Lazy<EnterpriseObject[]>;

  @Field(() => MeetingRequestObject, { nullable: true, middleware: [resolveLazy] })
  request: Lazy<MeetingRequestObject | null>;

  @Field(() => Boolean)
  published: boolean;

  @Field(() => Boolean, {
    description: '锁定: scheduler runs keep it where it is (set by lockMeeting, and by placing or moving it by hand)',
  })
  locked: boolean;

  eventId: string;
}

@ObjectType('UnplacedRequest', { description: 'A request the scheduler could not place, and why' })
export class UnplacedRequestObject {
  @Field(() => MeetingRequestObject, { middleware: [resolveLazy] })
  request: Lazy<MeetingRequestObject>;

  @Field(() => UnplacedReason)
  reason: UnplacedReason;

  @Field(() => String, { description: 'The reason in words' })
  detail: string;
}

@ObjectType('ScheduleRun', { description: 'One run of the meeting scheduler' })
export class ScheduleRunObject {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'QUEUED, RUNNING, DONE or FAILED' })
  status: ScheduleRunStatus;

  @Field(() => Int, { nullable: true })
  placed: number | null;

  @Field(() => Int, { nullable: true })
  unplaced: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Weight of the meetings placed minus a small penalty per idle gap',
  })
  objective: number | null;

  @Field(() => Float, { nullable: true, description: 'No schedule can reach a higher objective' })
  upperBound: number | null;

  @Field(() => Int, { nullable: true })
  solveMillis: number | null;

  @Field(() => [UnplacedRequestObject], {
    middleware: [resolveLazy],
    description: `The first ${EVENT_LIST.max} requests left out (\`unplaced\` counts them all)`,
  })
  unplacedRequests: Lazy<UnplacedRequestObject[]>;

  @Field(() => String, { nullable: true })
  error: string | null;

  @Field(() => StrictDateTime)
  createdAt: Date;

  @Field(() => StrictDateTime, { nullable: true })
  finishedAt: Date | null;
}
