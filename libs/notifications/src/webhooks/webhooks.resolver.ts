import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Authenticated, CurrentViewer, Viewer } from '@duijie/accounts';

import { WebhookEndpointEntity } from './webhook-endpoint.entity';
import { CreateWebhookInput, WebhookDeliveryConnection, WebhookObject, WebhookWithSecretObject } from './webhooks.dto';
import { WebhooksService } from './webhooks.service';

function toObject(e: WebhookEndpointEntity): WebhookObject {
  return { id: e.id, url: e.url, kinds: e.kinds, enabled: !e.disabledAt, createdAt: e.createdAt };
}

@Resolver(() => WebhookObject)
export class WebhooksResolver {
  constructor(private readonly service: WebhooksService) {}

  @Mutation(() => WebhookWithSecretObject, {
    description: "Registers an endpoint for the caller's enterprise; the secret is shown once",
  })
  @Authenticated()
  async createWebhook(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateWebhookInput,
  ): Promise<WebhookWithSecretObject> {
    const { endpoint, secret } = await this.service.create(viewer, input);
    return { webhook: toObject(endpoint), secret };
  }

  @Mutation(() => Boolean)
  @Authenticated()
  deleteWebhook(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.service.delete(viewer, id);
  }

  @Query(() => [WebhookObject], { description: "The caller's enterprise's endpoints" })
  @Authenticated()
  async webhooks(@CurrentViewer() viewer: Viewer): Promise<WebhookObject[]> {
    return (await this.service.list(viewer)).map(toObject);
  }

  @Query(() => WebhookDeliveryConnection, { description: 'Delivery log of one endpoint, newest first' })
  @Authenticated()
  webhookDeliveries(
    @CurrentViewer() viewer: Viewer,
    @Args('webhookId', { type: () => ID }) webhookId: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<WebhookDeliveryConnection> {
    return this.service.deliveries(viewer, webhookId, first, after);
  }
}
