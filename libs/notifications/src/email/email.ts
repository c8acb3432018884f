import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';

import { UsersRepository } from '@duijie/accounts';
import { ConfigService } from '@duijie/config';

import { NotificationsRepository } from '../notifications.repository';

export const MAIL_FROM = 'Duijie 对接 <no-reply@duijie.cn>';

/** Sends notification e-mails over SMTP_URL (nodemailer); the Message-ID is stable per notification and user. */
@Injectable()
export class EmailSender implements OnApplicationShutdown {
  private readonly logger = new Logger(EmailSender.name);
  private readonly transport: Transporter | null;

  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly users: UsersRepository,
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
    const notice = await this.notifications.emailContent(notificationId);
    const to = notice && (await this.users.emailRecipient(userId, notice.enterpriseId, notice.kind));
    if (!to) return 'skipped'; // the user left the enterprise or changed their mind since
    const row = { ...notice, ...to };
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
