import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createTransport, Transporter } from 'nodemailer';
import { DataSource, EntityManager } from 'typeorm';
import { ConfigService } from '@duijie/config';
import { QUEUES, recordJobs } from '@duijie/queue';
import { NotificationEntity } from '../notification.entity';

export const MAIL_FROM = 'Duijie 对接 <no-reply@duijie.cn>';

/** Queues (outbox) one e-mail per member of the enterprise who chose this kind, when SMTP is configured. */
export async function recordEmails(m: EntityManager, n: NotificationEntity): Promise<void> {
  const users: { id: string }[] = await m.query(
    `SELECT id FROM app_user WHERE enterprise_id = $1 AND $2 = ANY(email_notification_kinds)`,
    [n.enterpriseId, n.kind],
  );
  await recordJobs(
    m,
    users.map((u) => ({ queue: QUEUES.email, name: 'email.send' as const, data: { notificationId: n.id, userId: u.id }, jobId: `email.send-${n.id}-${u.id}` })),
  );
}

/** Sends notification e-mails over SMTP_URL (nodemailer); the Message-ID is stable per notification and user. */
@Injectable()
export class EmailSender implements OnApplicationShutdown {
  private readonly logger = new Logger(EmailSender.name);
  private readonly transport: Transporter | null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    config: ConfigService,
  ) {
    const url = config.get('smtpUrl');
    this.transport = url ? createTransport(url) : null;
  }

  get enabled(): boolean {
    return this.transport !== null;
  }

  async send(notificationId: string, userId: string): Promise<'sent' | 'skipped'> {
    if (!this.transport) return 'skipped';
    const rows: { email: string; displayName: string; title: string; body: string; kind: string }[] = await this.db.query(
      `SELECT u.email, u.display_name AS "displayName", n.title, n.body, n.kind
         FROM notification n JOIN app_user u ON u.id = $2 AND u.enterprise_id = n.enterprise_id AND n.kind = ANY(u.email_notification_kinds)
        WHERE n.id = $1`,
      [notificationId, userId],
    );
    const row = rows[0];
    if (!row) return 'skipped'; // the user left the enterprise or changed their mind since
    await this.transport.sendMail({
      from: MAIL_FROM,
      to: { name: row.displayName, address: row.email },
      subject: `【对接】${row.title}`,
      text: `${row.displayName}，您好：\n\n${row.body}\n\n（您在对接平台选择了以邮件接收 ${row.kind} 通知，可在通知设置中修改。）`,
      messageId: `<${notificationId}.${userId}@duijie.cn>`,
      headers: { 'X-Duijie-Notification': notificationId },
    });
    this.logger.debug({ notificationId, userId }, 'notification e-mailed');
    return 'sent';
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
