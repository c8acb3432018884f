import { Field, ID, InputType, Int, ObjectType, PartialType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsOptional, MaxLength, ValidateNested } from 'class-validator';

import { Connection, Page, StrictDateTime } from '@duijie/common';
import { Sector } from '@duijie/reference';

import { EVENT_LIMITS } from './event-limits';

@InputType()
export class TableInput {
  @Field(() => String)
  @MaxLength(200, { message: 'tables.label（桌号）过长' })
  label: string;

  @Field(() => [String], { nullable: true, description: 'e.g. ["interpreter"], ["vip"]' })
  @IsOptional()
  @ArrayMaxSize(10, { message: 'tables.tags（桌位标签）最多 10 个' })
  tags?: string[] | null;
}

@InputType()
export class CreateDockingEventInput {
  @Field(() => String)
  @MaxLength(1000, { message: 'title（活动名称）过长' })
  title: string;

  @Field(() => String)
  @MaxLength(1000, { message: 'theme（活动主题）过长' })
  theme: string;

  @Field(() => [Sector])
  @ArrayMaxSize(11, { message: 'sectors（产业）过多' })
  sectors: Sector[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100, { message: 'categoryCodes（产业链环节）过多' })
  categoryCodes?: string[] | null;

  @Field(() => String)
  @MaxLength(1000, { message: 'venue（地点）过长' })
  venue: string;

  @Field(() => StrictDateTime)
  startsAt: Date;

  @Field(() => StrictDateTime)
  endsAt: Date;

  @Field(() => Int)
  slotMinutes: number;

  @Field(() => [TableInput])
  @ArrayMaxSize(EVENT_LIMITS.maxTables, { message: `tables（洽谈桌）最多 ${EVENT_LIMITS.maxTables} 张` })
  @ValidateNested({ each: true })
  @Type(() => TableInput)
  tables: TableInput[];

  @Field(() => StrictDateTime, { nullable: true })
  registrationClosesAt?: Date | null;

  @Field(() => Int, { nullable: true, description: 'Meeting requests one firm may send at this event (default 30)' })
  maxRequestsPerFirm?: number | null;
}

/** Every field optional: what is left out stays; the same rules as creation, and nothing placed may be orphaned. */
@InputType()
export class UpdateDockingEventInput extends PartialType(CreateDockingEventInput) {}

@ObjectType('EventTable')
export class EventTableObject {
  @Field(() => String)
  label: string;

  @Field(() => [String])
  tags: string[];
}

@ObjectType('DockingEvent', { description: '产销对接活动' })
export class DockingEventObject {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  title: string;

  @Field(() => String)
  theme: string;

  @Field(() => [Sector])
  sectors: Sector[];

  @Field(() => String)
  venue: string;

  @Field(() => StrictDateTime)
  startsAt: Date;

  @Field(() => StrictDateTime)
  endsAt: Date;

  @Field(() => Int)
  slotMinutes: number;

  @Field(() => [EventTableObject])
  tables: EventTableObject[];

  @Field(() => StrictDateTime, { nullable: true })
  registrationClosesAt: Date | null;

  @Field(() => StrictDateTime)
  createdAt: Date;

  @Field(() => Int, { description: 'Meeting requests one firm may send at this event' })
  maxRequestsPerFirm: number;

  @Field(() => StrictDateTime, { nullable: true, description: 'When the meeting schedule was last published' })
  schedulePublishedAt: Date | null;

  categoryCodes: string[];

  /** Not in the schema: lets field resolvers decide who organises the event without reloading it. */
  organiserUserId: string | null;
}

export const DockingEventConnection = Connection(DockingEventObject, 'DockingEvent');
export type DockingEventConnection = Page<DockingEventObject>;
