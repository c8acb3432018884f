import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { AccountsService, Authenticated, CurrentViewer, UserObject, Viewer } from '@duijie/accounts';

import { NotificationsService } from '../notifications.service';

/** Which notification kinds a user also receives by e-mail. */
@Resolver(() => UserObject)
export class EmailPreferencesResolver {
  constructor(
    private readonly service: NotificationsService,
    private readonly accounts: AccountsService,
  ) {}

  @ResolveField(() => [String], {
    description: 'Notification kinds also sent to this user by e-mail (own account only)',
  })
  @Authenticated()
  emailNotificationKinds(@Parent() user: UserObject, @CurrentViewer() viewer: Viewer): Promise<string[]> {
    return user.id === viewer.userId ? this.service.emailKinds(viewer) : Promise.resolve([]);
  }

  @Mutation(() => UserObject, {
    description: 'Chooses the notification kinds the caller also receives by e-mail (when the platform sends mail)',
  })
  @Authenticated()
  async setEmailNotificationKinds(
    @CurrentViewer() viewer: Viewer,
    @Args('kinds', { type: () => [String] }) kinds: string[],
  ): Promise<UserObject> {
    await this.service.setEmailKinds(viewer, kinds);
    return this.accounts.me(viewer);
  }
}
