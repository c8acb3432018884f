import { Field, ID, ObjectType } from '@nestjs/graphql';

import { Connection, Page, StrictDateTime } from '@duijie/common';

@ObjectType('Notification', { description: '通知: for every member of the enterprise' })
export class NotificationObject {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'MATCH_SUGGESTED, MEETING_REQUESTED, …' })
  kind: string;

  @Field(() => String)
  title: string;

  @Field(() => String)
  body: string;

  @Field(() => String, { nullable: true, description: 'JSON: the ids the notification is about' })
  data: string | null;

  @Field(() => StrictDateTime, { nullable: true })
  readAt: Date | null;

  @Field(() => StrictDateTime)
  createdAt: Date;
}

export const NotificationConnection = Connection(NotificationObject, 'Notification');
export type NotificationConnection = Page<NotificationObject>;
