import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional, MaxLength } from 'class-validator';

import { Lazy, resolveLazy, StrictDateTime } from '@duijie/common';
import { EnterpriseObject } from '@duijie/enterprises';
import { DockingEventObject } from '@duijie/events';

import { ROUND_TABLE_LIMITS } from './round-table.entity';

@InputType({ description: '圆桌对接: what an organiser sets up' })
export class RoundTableInput {
  @Field(() => ID, {
    description: 'The host: an approved registrant of the event (a bank, a university, a government body …)',
  })
  hostEnterpriseId: string;

  @Field(() => String, { description: `主题, at most ${ROUND_TABLE_LIMITS.maxTopic} characters` })
  @MaxLength(1000, { message: 'topic（圆桌主题）过长' })
  topic: string;

  @Field(() => String, { nullable: true, description: `说明, at most ${ROUND_TABLE_LIMITS.maxDescription} characters` })
  @IsOptional()
  @MaxLength(5000, { message: 'description（圆桌说明）过长' })
  description?: string | null;

  @Field(() => String, { description: 'One of the event’s tables (its label)' })
  @MaxLength(200, { message: 'table（桌号）过长' })
  table: string;

  @Field(() => StrictDateTime, { description: 'The start of one of the event’s slots' })
  startsAt: Date;

  @Field(() => Int, { nullable: true, description: 'Consecutive slots of the same session it lasts (default 1)' })
  slots?: number | null;

  @Field(() => Int, {
    description: `Seats for firms, ${ROUND_TABLE_LIMITS.minCapacity}–${ROUND_TABLE_LIMITS.maxCapacity} (the host is not counted)`,
  })
  capacity: number;
}

@ObjectType('RoundTable', { description: '圆桌对接: a host’s table for one or more slots, with seats for firms' })
export class RoundTableObject {
  @Field(() => ID)
  id: string;

  @Field(() => DockingEventObject, { middleware: [resolveLazy] })
  event: Lazy<DockingEventObject>;

  @Field(() => EnterpriseObject, { middleware: [resolveLazy], description: '主办方 (the host)' })
  host: Lazy<EnterpriseObject>;

  @Field(() => String)
  topic: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => String, { description: 'Table label' })
  table: string;

  @Field(() => StrictDateTime)
  startsAt: Date;

  @Field(() => StrictDateTime)
  endsAt: Date;

  @Field(() => Int, { description: 'Seats for firms' })
  capacity: number;

  @Field(() => Int, { middleware: [resolveLazy] })
  seatsTaken: Lazy<number>;

  @Field(() => Boolean, { middleware: [resolveLazy], description: 'Your enterprise has a seat' })
  mySeat: Lazy<boolean>;

  @Field(() => Boolean, { description: 'Your enterprise hosts it' })
  hosting: boolean;

  @Field(() => [EnterpriseObject], {
    middleware: [resolveLazy],
    description: 'Seated firms, for the event’s organisers and the host’s members (empty for others)',
  })
  seats: Lazy<EnterpriseObject[]>;

  @Field(() => StrictDateTime)
  createdAt: Date;

  eventId: string;
}

@ObjectType('RoundTableReport', { description: '圆桌对接 figures of an event' })
export class RoundTableFiguresObject {
  @Field(() => Int, { description: 'Round tables held' }) roundTables: number;
  @Field(() => Int, { description: 'Seats offered (sum of capacities)' }) seats: number;
  @Field(() => Int, { description: 'Seats taken' }) seatsTaken: number;
  @Field(() => Int, { description: 'Distinct hosts' }) hosts: number;
  @Field(() => Int, { description: 'Distinct seated firms' }) seatedFirms: number;
}
