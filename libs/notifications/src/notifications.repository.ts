import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { fastQuery } from '@duijie/database';
import { recordJobs } from '@duijie/queue';

import { NotificationEntity, NotificationKind } from './notification.entity';

export interface NewNotification {
  enterpriseId: string;
  kind: NotificationKind;
  key: string;
  title: string;
  body: string;
  data?: Record<string, unknown>;
}

const COLUMNS = `id, enterprise_id AS "enterpriseId", kind, key, title, body, data, read_at AS "readAt", created_at AS "createdAt"`;

@Injectable()
export class NotificationsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Inserts the notification unless one with its key exists; returns it only when new. */
  async insert(n: NewNotification, manager: EntityManager = this.db.manager): Promise<NotificationEntity | null> {
    return (await this.insertAll([n], manager))[0];
  }

  /**
   * Inserts the notifications in one statement, each unless one with its key exists (the first of
   * several with one key wins); answers, in their order, each row when new, else null.
   */
  async insertAll(
    ns: readonly NewNotification[],
    manager: EntityManager = this.db.manager,
  ): Promise<(NotificationEntity | null)[]> {
    if (!ns.length) return [];
    const rows: NotificationEntity[] = await manager.query(
      // The data as one JSON array (not a jsonb[] whose every element the driver escapes: a
      // match announcement's names thousands of pairs).
      `INSERT INTO notification (enterprise_id, kind, key, title, body, data)
       SELECT n.enterprise_id, n.kind, n.key, n.title, n.body, NULLIF($6::jsonb -> (n.i::int - 1), 'null'::jsonb)
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[]) WITH ORDINALITY
              AS n(enterprise_id, kind, key, title, body, i)
        ORDER BY n.i
       ON CONFLICT (key) DO NOTHING RETURNING ${COLUMNS}`,
      [
        ns.map((n) => n.enterpriseId),
        ns.map((n) => n.kind),
        ns.map((n) => n.key),
        ns.map((n) => n.title),
        ns.map((n) => n.body),
        JSON.stringify(ns.map((n) => n.data ?? null)),
      ],
    );
    const byKey = new Map(rows.map((r) => [r.key, r]));
    return ns.map((n) => {
      const row = byKey.get(n.key) ?? null;
      byKey.delete(n.key);
      return row;
    });
  }

  /** Newest first, keyset on (created_at, id). */
  page(
    enterpriseId: string,
    unreadOnly: boolean,
    limit: number,
    after?: { at: string; id: string },
  ): Promise<NotificationEntity[]> {
    const params: unknown[] = [enterpriseId, limit + 1];
    let keyset = '';
    if (after) {
      params.push(after.at, after.id);
      keyset = `AND (created_at, id) < ($3::timestamptz, $4::uuid)`;
    }
    return fastQuery(
      this.db,
      `SELECT ${COLUMNS} FROM notification WHERE enterprise_id = $1 ${unreadOnly ? 'AND read_at IS NULL' : ''} ${keyset}
       ORDER BY created_at DESC, id DESC LIMIT $2`,
      params,
    );
  }

  async count(enterpriseId: string, unreadOnly: boolean): Promise<number> {
    const rows = await fastQuery<{ n: number }>(
      this.db,
      `SELECT count(*)::int AS n FROM notification WHERE enterprise_id = $1 ${unreadOnly ? 'AND read_at IS NULL' : ''}`,
      [enterpriseId],
    );
    return rows[0].n;
  }

  /** Marks the enterprise's own notifications among `ids` read; returns how many changed. */
  async markRead(enterpriseId: string, ids: string[]): Promise<number> {
    const rows = await fastQuery<{ id: string }>(
      this.db,
      `UPDATE notification SET read_at = now() WHERE enterprise_id = $1 AND id = ANY($2::uuid[]) AND read_at IS NULL RETURNING id`,
      [enterpriseId, ids],
    );
    return rows.length;
  }

  /** In the notifications' transaction: one e-mail job (outbox) per notification and user listed beside it. */
  async recordEmails(
    m: EntityManager,
    emails: readonly { n: NotificationEntity; userIds: readonly string[] }[],
  ): Promise<void> {
    await recordJobs(
      m,
      emails.flatMap(({ n, userIds }) =>
        userIds.map((userId) => ({ name: 'email.send' as const, data: { notificationId: n.id, userId } })),
      ),
    );
  }

  /** What a notification says, for its e-mail. */
  async emailContent(
    notificationId: string,
  ): Promise<Pick<NotificationEntity, 'enterpriseId' | 'kind' | 'title' | 'body'> | null> {
    const rows = await fastQuery<Pick<NotificationEntity, 'enterpriseId' | 'kind' | 'title' | 'body'>>(
      this.db,
      `SELECT enterprise_id AS "enterpriseId", kind, title, body FROM notification WHERE id = $1`,
      [notificationId],
    );
    return rows[0] ?? null;
  }
}
