import { Injectable } from '@nestjs/common';

import { UsersRepository, Viewer } from '@duijie/accounts';
import { BadInputError, decodeTimeIdCursor, encodeTimeIdCursor, isUuid, Page, pageSize, toPage } from '@duijie/common';

import { NOTIFICATION_KINDS, NotificationEntity } from './notification.entity';
import { NotificationsRepository } from './notifications.repository';

export const MAX_MARK_READ = 500;

/** The caller's enterprise inbox. A user without an enterprise has an empty one. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly repository: NotificationsRepository,
    private readonly users: UsersRepository,
  ) {}

  async list(
    viewer: Viewer,
    unreadOnly: boolean,
    first?: number | null,
    after?: string | null,
  ): Promise<Page<NotificationEntity>> {
    const limit = pageSize(first);
    const key = after ? decodeTimeIdCursor(after) : undefined;
    const enterpriseId = viewer.enterpriseId;
    const rows = enterpriseId ? await this.repository.page(enterpriseId, unreadOnly, limit, key) : [];
    return toPage(
      rows,
      limit,
      () => (enterpriseId ? this.repository.count(enterpriseId, unreadOnly) : Promise.resolve(0)),
      (r) => encodeTimeIdCursor(r.createdAt, r.id),
      (r) => r,
      !!key,
    );
  }

  async markRead(viewer: Viewer, ids: string[]): Promise<number> {
    if (ids.length > MAX_MARK_READ)
      throw new BadInputError([{ field: 'ids', message: `ids（通知编号）一次最多 ${MAX_MARK_READ} 个` }]);
    const bad = ids.find((id) => !isUuid(id));
    if (bad !== undefined)
      throw new BadInputError([{ field: 'ids', message: `ids（通知编号）“${bad.slice(0, 40)}”无效` }]);
    return viewer.enterpriseId && ids.length ? this.repository.markRead(viewer.enterpriseId, ids) : 0;
  }

  emailKinds(viewer: Viewer): Promise<string[]> {
    return this.users.emailKinds(viewer.userId);
  }

  /** The kinds the viewer also wants by e-mail; each must be a known kind. */
  async setEmailKinds(viewer: Viewer, kinds: string[]): Promise<void> {
    const wanted = [...new Set(kinds.map((k) => k.trim()))];
    const unknown = wanted.filter((k) => !(NOTIFICATION_KINDS as readonly string[]).includes(k));
    if (unknown.length) {
      throw new BadInputError([
        {
          field: 'kinds',
          message: `kinds（通知类型）“${unknown.join('、').slice(0, 100)}”无效，可选：${NOTIFICATION_KINDS.join('、')}`,
        },
      ]);
    }
    await this.users.setEmailKinds(viewer.userId, wanted);
  }

  unreadCount(viewer: Viewer): Promise<number> {
    return viewer.enterpriseId ? this.repository.count(viewer.enterpriseId, true) : Promise.resolve(0);
  }
}
