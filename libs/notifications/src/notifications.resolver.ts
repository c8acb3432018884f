import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';

import { Access, Authenticated, CurrentViewer, RequestContext, UserObject, Viewer } from '@duijie/accounts';

import { NotificationEntity } from './notification.entity';
import { NotificationFeed } from './notification-feed';
import { NotificationConnection, NotificationObject } from './notifications.dto';
import { NotificationsService } from './notifications.service';

function toObject(n: NotificationEntity): NotificationObject {
  return {
    id: n.id,
    kind: n.kind,
    title: n.title,
    body: n.body,
    data: n.data ? JSON.stringify(n.data) : null,
    readAt: n.readAt,
    createdAt: n.createdAt,
  };
}

@Resolver(() => NotificationObject)
export class NotificationsResolver {
  constructor(
    private readonly service: NotificationsService,
    private readonly feed: NotificationFeed,
  ) {}

  @Subscription(() => NotificationObject, {
    description:
      "The caller's enterprise's new notifications, live (graphql-ws; token in connectionParams.authorization)",
    resolve: (n: NotificationEntity) => toObject(n),
    // The access policy, per delivered notification, for the viewer of the operation.
    filter: (n: NotificationEntity, _args: unknown, ctx: RequestContext) => Access.maySeeNotification(ctx.viewer, n),
  })
  @Authenticated()
  notificationReceived(@CurrentViewer() viewer: Viewer): AsyncIterableIterator<NotificationEntity> {
    // A user without an enterprise has nothing to hear; the empty key never receives.
    return this.feed.subscribe(viewer.enterpriseId ?? '');
  }

  @Query(() => NotificationConnection, { description: "The caller's enterprise's notifications, newest first" })
  @Authenticated()
  async notifications(
    @CurrentViewer() viewer: Viewer,
    @Args('unreadOnly', { type: () => Boolean, nullable: true }) unreadOnly?: boolean | null,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<NotificationConnection> {
    const page = await this.service.list(viewer, !!unreadOnly, first, after);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toObject(e.node) })) };
  }

  @Mutation(() => Int, { description: 'Marks notifications read; answers how many changed' })
  @Authenticated()
  markNotificationsRead(
    @CurrentViewer() viewer: Viewer,
    @Args('ids', { type: () => [ID] }) ids: string[],
  ): Promise<number> {
    return this.service.markRead(viewer, ids);
  }
}

@Resolver(() => UserObject)
export class UserNotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @ResolveField(() => Int, {
    description: "Unread notifications of the user's enterprise (the caller's own only; 0 for others)",
  })
  @Authenticated()
  unreadNotifications(@Parent() user: UserObject, @CurrentViewer() viewer: Viewer): Promise<number> {
    return user.id === viewer.userId ? this.service.unreadCount(viewer) : Promise.resolve(0);
  }
}
