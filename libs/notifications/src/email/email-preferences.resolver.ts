import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccountsService, Authenticated, CurrentViewer, UserObject, Viewer } from '@duijie/accounts';
import { BadInputError } from '@duijie/common';
import { NOTIFICATION_KINDS } from '../notification.entity';

/** Which notification kinds a user also receives by e-mail. */
@Resolver(() => UserObject)
export class EmailPreferencesResolver {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly accounts: AccountsService,
  ) {}

  @ResolveField(() => [String], { description: 'Notification kinds also sent to this user by e-mail (own account only)' })
  @Authenticated()
  async emailNotificationKinds(@Parent() user: UserObject, @CurrentViewer() viewer: Viewer): Promise<string[]> {
    if (user.id !== viewer.userId) return [];
    const rows: { kinds: string[] }[] = await this.db.query(`SELECT email_notification_kinds AS kinds FROM app_user WHERE id = $1`, [user.id]);
    return rows[0]?.kinds ?? [];
  }

  @Mutation(() => UserObject, { description: 'Chooses the notification kinds the caller also receives by e-mail (when the platform sends mail)' })
  @Authenticated()
  async setEmailNotificationKinds(
    @CurrentViewer() viewer: Viewer,
    @Args('kinds', { type: () => [String] }) kinds: string[],
  ): Promise<UserObject> {
    const wanted = [...new Set(kinds.map((k) => k.trim()))];
    const unknown = wanted.filter((k) => !(NOTIFICATION_KINDS as readonly string[]).includes(k));
    if (unknown.length) {
      throw new BadInputError([{ field: 'kinds', message: `kinds（通知类型）“${unknown.join('、').slice(0, 100)}”无效，可选：${NOTIFICATION_KINDS.join('、')}` }]);
    }
    await this.db.query(`UPDATE app_user SET email_notification_kinds = $2, updated_at = now() WHERE id = $1`, [viewer.userId, wanted]);
    return this.accounts.me(viewer);
  }
}
