import { Injectable } from '@nestjs/common';

import { AccountsService, Viewer } from '@duijie/accounts';
import { ApiError } from '@duijie/common';
import { ConfigService } from '@duijie/config';

import { feedKeyId, signFeedKey, verifyFeedKey } from './calendar-feed-key';
import { CalendarFeedsRepository } from './calendar-feeds.repository';

export interface CalendarFeed {
  key: string;
  createdAt: Date;
}

/**
 * 日历订阅: a signed, revocable key per user that lets a calendar app read the user's agendas
 * (`GET /events/:id/agenda.ics?key=…`) without the bearer header. The signature rejects made-up
 * keys without a look-up; the row makes a key revocable.
 */
@Injectable()
export class CalendarFeedsService {
  constructor(
    private readonly feeds: CalendarFeedsRepository,
    private readonly accounts: AccountsService,
    private readonly config: ConfigService,
  ) {}

  /** The user's key as it works now: after every log-in was ended (a new password), the same feed, signed anew. */
  async current(viewer: Viewer): Promise<CalendarFeed | null> {
    const feed = await this.feeds.findByUser(viewer.userId);
    return feed && { key: await this.sign(feed.keyId, viewer.userId), createdAt: feed.createdAt };
  }

  /** A new key; the previous one stops working at once. */
  async create(viewer: Viewer): Promise<CalendarFeed> {
    const feed = await this.feeds.rotate(viewer.userId);
    return { key: await this.sign(feed.keyId, viewer.userId), createdAt: feed.createdAt };
  }

  revoke(viewer: Viewer): Promise<boolean> {
    return this.feeds.remove(viewer.userId);
  }

  /** The user a feed key stands for, as a viewer, or UNAUTHENTICATED. */
  async viewerOf(key: string): Promise<Viewer> {
    const keyId = feedKeyId(key);
    const feed = keyId ? await this.feeds.findByKey(keyId) : null;
    const account = feed ? await this.accounts.accountOf(feed.userId) : null;
    // a key signed before the user's log-ins were all ended (changePassword, logOutEverywhere, a reset) is refused
    if (!account || verifyFeedKey(this.config.get('jwtSecret'), key, account.tokenVersion) !== keyId)
      throw new ApiError('UNAUTHENTICATED', '日历订阅链接无效或已撤销，请在“我的日程”中重新生成');
    return account.viewer;
  }

  private async sign(keyId: string, userId: string): Promise<string> {
    const account = await this.accounts.accountOf(userId);
    return signFeedKey(this.config.get('jwtSecret'), keyId, account?.tokenVersion ?? 0);
  }
}
