import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsOptional, MaxLength } from 'class-validator';

import { Connection, DecimalScalarType, Lazy, Page, resolveLazy, StrictDateTime } from '@duijie/common';
import { EnterpriseObject } from '@duijie/enterprises';
import { DockingEventObject } from '@duijie/events';
import { ListingObject } from '@duijie/listings';
import { MeetingObject, RoundTableFiguresObject } from '@duijie/meetings';
import { ChainCategoryObject, Sector } from '@duijie/reference';
import { TechnologyContractFiguresObject } from '@duijie/research';

import { DealReview, DealStage } from './deal.entity';
import { MeetingRating } from './meeting-rating.entity';

registerEnumType(MeetingRating, { name: 'MeetingRating' });
registerEnumType(DealStage, { name: 'DealStage', description: 'INTENT → SIGNED → FULFILLED, or CANCELLED' });
registerEnumType(DealReview, {
  name: 'DealReview',
  description: 'The organiser’s review of a deal for the event report: COUNTED (计入) or EXCLUDED (不计入)',
});

/** Whether a deal counts in its event's report (eventReport), and why not. */
export enum DealReportStatus {
  /** The two firms met at the event, or the organiser recorded the deal or counted it on review. */
  COUNTED = 'COUNTED',
  /** Only the two firms' word: they did not meet at the event; counted once the organiser reviews it. */
  AWAITING_REVIEW = 'AWAITING_REVIEW',
  /** The organiser left it out. */
  EXCLUDED = 'EXCLUDED',
}
registerEnumType(DealReportStatus, {
  name: 'DealReportStatus',
  description:
    'COUNTED (计入成效报告): the firms met at the event, or the organiser recorded or counted it; AWAITING_REVIEW (待主办方核实): the two firms’ word alone; EXCLUDED (不计入)',
});

@InputType()
export class RecordDealInput {
  @Field(() => ID, { nullable: true, description: 'The meeting the deal came from' })
  meetingId?: string | null;

  @Field(() => ID, { nullable: true })
  supplyListingId?: string | null;

  @Field(() => ID, { nullable: true })
  demandListingId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The selling firm, when no supply listing says it' })
  supplierEnterpriseId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The buying firm, when no demand listing says it' })
  buyerEnterpriseId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The event, when no meeting says it' })
  eventId?: string | null;

  @Field(() => DealStage)
  stage: DealStage;

  @Field(() => DecimalScalarType, { nullable: true, description: 'CNY, exact; required from SIGNED on' })
  amountCny?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000, { message: 'note（备注）过长' })
  note?: string | null;
}

@ObjectType('MeetingRatingEntry', {
  description: 'A party’s rating of a meeting; the comment is shown to organisers (and its author) only',
})
export class MeetingRatingObject {
  @Field(() => EnterpriseObject, { middleware: [resolveLazy] })
  enterprise: Lazy<EnterpriseObject>;

  @Field(() => MeetingRating)
  rating: MeetingRating;

  @Field(() => String, {
    nullable: true,
    description: 'For the rating firm, the organisers of the event and admins only',
  })
  comment: string | null;

  @Field(() => StrictDateTime)
  ratedAt: Date;
}

@ObjectType('Deal', {
  description:
    '意向或签约. Seen by its two firms, the organisers of its event and admins. What one side (or the organiser) records or changes awaits the other side’s confirmation; reports count only what both agreed to (agreedStage, agreedAmountCny).',
})
export class DealObject {
  @Field(() => ID)
  id: string;

  @Field(() => DockingEventObject, { nullable: true, middleware: [resolveLazy] })
  event: Lazy<DockingEventObject | null>;

  @Field(() => MeetingObject, { nullable: true, middleware: [resolveLazy] })
  meeting: Lazy<MeetingObject | null>;

  @Field(() => ListingObject, { nullable: true, middleware: [resolveLazy] })
  supplyListing: Lazy<ListingObject | null>;

  @Field(() => ListingObject, { nullable: true, middleware: [resolveLazy] })
  demandListing: Lazy<ListingObject | null>;

  @Field(() => EnterpriseObject, { middleware: [resolveLazy] })
  supplier: Lazy<EnterpriseObject>;

  @Field(() => EnterpriseObject, { middleware: [resolveLazy] })
  buyer: Lazy<EnterpriseObject>;

  @Field(() => DealStage, { description: 'As last recorded (it may await confirmation)' })
  stage: DealStage;

  @Field(() => DecimalScalarType, { nullable: true, description: 'As last recorded (it may await confirmation)' })
  amountCny: string | null;

  @Field(() => Boolean, { description: 'Both firms confirmed the stage and amount as last recorded' })
  confirmed: boolean;

  @Field(() => [EnterpriseObject], {
    middleware: [resolveLazy],
    description: 'The firms whose confirmation the deal awaits (待对方确认); empty when confirmed',
  })
  awaitingConfirmationFrom: Lazy<EnterpriseObject[]>;

  @Field(() => DealStage, {
    nullable: true,
    description: 'The stage both firms last agreed to: what eventReport counts (null: not yet agreed)',
  })
  agreedStage: DealStage | null;

  @Field(() => DecimalScalarType, { nullable: true, description: 'The amount both firms last agreed to' })
  agreedAmountCny: string | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => DealReportStatus, {
    nullable: true,
    middleware: [resolveLazy],
    description: 'Whether the deal counts in its event’s report (null: the deal is of no event)',
  })
  reportStatus: Lazy<DealReportStatus | null>;

  @Field(() => String, {
    nullable: true,
    middleware: [resolveLazy],
    description: 'The organiser’s note on its review (the event’s organisers only)',
  })
  reportReviewNote: Lazy<string | null>;

  @Field(() => StrictDateTime)
  createdAt: Date;

  @Field(() => StrictDateTime)
  updatedAt: Date;
}

export const DealConnection = Connection(DealObject, 'Deal');
export type DealConnection = Page<DealObject>;

@ObjectType('EventFunnel', { description: 'From registration to fulfilled contracts' })
export class EventFunnelObject {
  @Field(() => Int) registrations: number;
  @Field(() => Int) approved: number;
  @Field(() => Int, { description: 'Match suggestions between approved registrants, made before the event ended' })
  suggestions: number;
  @Field(() => Int, { description: 'Meeting requests not withdrawn' }) meetingRequests: number;
  @Field(() => Int) accepted: number;
  @Field(() => Int, { description: 'Meetings in the schedule' }) placed: number;
  @Field(() => Int, { description: 'Approved registrants checked in at the door (签到)' }) checkedIn: number;
  @Field(() => Int, {
    description:
      'Meetings marked HELD (到场情况); a meeting nobody marked counts when rated by a party and by nobody as NO_SHOW',
  })
  held: number;
  @Field(() => Int, { description: 'Meetings marked NO_SHOW (缺席)' }) noShows: number;
  @Field(() => Int, {
    description:
      'Deals both firms agreed to that the report does not count yet (待主办方核实): the firms did not meet at the event and the organiser neither recorded nor reviewed them (reviewDealForReport)',
  })
  dealsAwaitingReview: number;
  @Field(() => Int, { description: 'Walk-in meetings (现场加入), also counted in placed' }) walkIns: number;
  @Field(() => Int, { description: 'Deals both firms agreed to, not cancelled' }) intents: number;
  @Field(() => Int, { description: 'Deals both firms agreed are signed (or fulfilled)' }) signed: number;
  @Field(() => DecimalScalarType) signedAmountCny: string;
  @Field(() => Int) fulfilled: number;
  @Field(() => DecimalScalarType) fulfilledAmountCny: string;
}

@ObjectType('SectorOutcome')
export class SectorOutcomeObject {
  @Field(() => Sector) sector: Sector;
  @Field(() => Int, { description: 'Approved registrants in the sector' }) firms: number;
  @Field(() => Int, { description: 'Signed contracts whose supplier is in the sector' }) contracts: number;
  @Field(() => DecimalScalarType) amountCny: string;
}

@ObjectType('CategoryOutcome')
export class CategoryOutcomeObject {
  @Field(() => ChainCategoryObject) category: ChainCategoryObject;
  @Field(() => Int) firms: number;
  @Field(() => Int, { description: 'Signed contracts for products of this category' }) contracts: number;
  @Field(() => DecimalScalarType) amountCny: string;
}

@ObjectType('ChainGap', { description: '缺链: demands of the event’s firms that found no good supplier, by category' })
export class ChainGapObject {
  @Field(() => ChainCategoryObject) category: ChainCategoryObject;
  @Field(() => Int) demands: number;
  @Field(() => Int) firms: number;
  @Field(() => [String], { description: 'Up to five demand titles' }) examples: string[];
}

@ObjectType('EventReport')
export class EventReportObject {
  /** The event, for field resolvers of higher libs (not in the schema). */
  eventId: string;
  @Field(() => EventFunnelObject) funnel: EventFunnelObject;
  @Field(() => [SectorOutcomeObject]) bySector: SectorOutcomeObject[];
  @Field(() => [CategoryOutcomeObject]) byCategory: CategoryOutcomeObject[];
  @Field(() => Float, {
    nullable: true,
    description:
      '本地配套率: share of the signed amount whose supplier is in the buyer’s province (null: nothing signed)',
  })
  localSupplyShare: number | null;
  @Field(() => [ChainGapObject]) chainGaps: ChainGapObject[];
  @Field(() => RoundTableFiguresObject, { description: '圆桌对接: round tables, seats offered and taken' })
  roundTables: RoundTableFiguresObject;
  @Field(() => TechnologyContractFiguresObject, {
    description: '产学研对接: confirmed technology contracts (技术合同) on needs posted at the event',
  })
  technologyContracts: TechnologyContractFiguresObject;
}
