import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, MaxLength } from 'class-validator';

import { Connection, Page, StrictDateTime } from '@duijie/common';

@InputType()
export class CreateWebhookInput {
  @Field(() => String, {
    description: 'http(s) URL; private and loopback targets only where WEBHOOK_ALLOW_PRIVATE is set',
  })
  @MaxLength(2000, { message: 'url（地址）过长' })
  url: string;

  @Field(() => [String], { description: 'Notification kinds to send, e.g. MATCH_SUGGESTED' })
  @ArrayMaxSize(20, { message: 'kinds（通知类型）过多' })
  @MaxLength(40, { each: true, message: 'kinds（通知类型）无效' })
  kinds: string[];
}

@ObjectType('Webhook')
export class WebhookObject {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  url: string;

  @Field(() => [String])
  kinds: string[];

  @Field(() => Boolean, { description: 'False once switched off after repeated failures' })
  enabled: boolean;

  @Field(() => StrictDateTime)
  createdAt: Date;
}

@ObjectType('WebhookWithSecret')
export class WebhookWithSecretObject {
  @Field(() => WebhookObject)
  webhook: WebhookObject;

  @Field(() => String, { description: 'The signing secret (whsec_…), shown this once' })
  secret: string;
}

@ObjectType('WebhookDelivery')
export class WebhookDeliveryObject {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  notificationId: string;

  @Field(() => String, { description: 'PENDING, SUCCEEDED or FAILED' })
  status: string;

  @Field(() => Int)
  attempts: number;

  @Field(() => Int, { nullable: true })
  lastStatusCode: number | null;

  @Field(() => String, { nullable: true })
  lastError: string | null;

  @Field(() => StrictDateTime)
  createdAt: Date;

  @Field(() => StrictDateTime, { nullable: true })
  deliveredAt: Date | null;
}

export const WebhookDeliveryConnection = Connection(WebhookDeliveryObject, 'WebhookDelivery');
export type WebhookDeliveryConnection = Page<WebhookDeliveryObject>;
