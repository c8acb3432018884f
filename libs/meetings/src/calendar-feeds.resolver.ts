import { Field, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';

import { Authenticated, CurrentViewer, Viewer } from '@duijie/accounts';
import { StrictDateTime } from '@duijie/common';

import { CalendarFeed, CalendarFeedsService } from './calendar-feeds.service';

@ObjectType('CalendarFeed', {
  description: '日历订阅: poll GET /events/{id}/agenda.ics?key={key} from a calendar app, no bearer header needed',
})
export class CalendarFeedObject {
  @Field(() => String, { description: 'Signed key for the agenda URLs; revocable' })
  key: string;

  @Field(() => StrictDateTime)
  createdAt: Date;
}

@Resolver(() => CalendarFeedObject)
export class CalendarFeedsResolver {
  constructor(private readonly feeds: CalendarFeedsService) {}

  @Query(() => CalendarFeedObject, { nullable: true, description: "The caller's calendar subscription key, if any" })
  @Authenticated()
  calendarFeed(@CurrentViewer() viewer: Viewer): Promise<CalendarFeed | null> {
    return this.feeds.current(viewer);
  }

  @Mutation(() => CalendarFeedObject, {
    description: 'A new calendar subscription key; the previous one stops working',
  })
  @Authenticated()
  createCalendarFeed(@CurrentViewer() viewer: Viewer): Promise<CalendarFeed> {
    return this.feeds.create(viewer);
  }

  @Mutation(() => Boolean, { description: 'Revokes the calendar subscription key; true when there was one' })
  @Authenticated()
  revokeCalendarFeed(@CurrentViewer() viewer: Viewer): Promise<boolean> {
    return this.feeds.revoke(viewer);
  }
}
