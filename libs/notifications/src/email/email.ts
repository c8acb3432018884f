import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';

import { accountState, PasswordResetTokens, RESET_LINK_SECONDS, UsersRepository } from '@duijie/accounts';
import { ConfigService } from '@duijie/config';

import { NotificationsRepository } from '../notifications.repository';

export const MAIL_FROM = 'Duijie 对接 <no-reply@duijie.cn>';

/**
 * Sends notification e-mails and password-reset links over SMTP_URL (nodemailer); the Message-ID
 * is stable per notification and user, and per reset request.
 */
@Injectable()
export class EmailSender implements OnApplicationShutdown {
  private readonly logger = new Logger(EmailSender.name);
  private readonly transport: Transporter | null;
  private readonly publicUrl: string;
  private readonly production: boolean;

  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly users: UsersRepository,
    private readonly resets: PasswordResetTokens,
    config: ConfigService,
  ) {
    const url = config.get('smtpUrl');
    this.transport = url ? createTransport(url) : null;
    this.publicUrl = config.get('publicUrl');
    this.production = config.isProduction;
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

  /**
   * Mails the account of `email`, if there is one, the link that sets a new password, signed now over
   * the account's state (a request that waited past its expiry is not sent). Without SMTP_URL nothing
   * can be mailed; outside production the link is logged instead, for a local demo.
   */
  async sendPasswordReset(email: string, expiresAt: number): Promise<'sent' | 'skipped'> {
    const user = await this.users.findByEmail(email.trim());
    if (!user || expiresAt <= Date.now() / 1000) return 'skipped';
    const userId = user.id;
    const token = this.resets.sign(user.id, expiresAt, accountState(user));
    const link = `${this.publicUrl}/reset-password?token=${encodeURIComponent(token)}`;
    if (!this.transport) {
      if (this.production) this.logger.warn({ userId }, 'SMTP_URL is not set: a password-reset link was not mailed');
      else this.logger.warn({ userId }, `SMTP_URL is not set: the password-reset link, not mailed: ${link}`);
      return 'skipped';
    }
    await this.transport.sendMail({
      from: MAIL_FROM,
      to: { name: user.displayName, address: user.email },
      subject: '【对接】重置密码',
      text:
        `${user.displayName}，您好：\n\n有人（希望是您本人）申请重置您在对接平台的密码。请在 ${RESET_LINK_SECONDS / 60} 分钟内打开以下链接设置新密码：\n\n` +
        `${link}\n\n链接只能使用一次；设置新密码后，您在所有设备上的登录都会结束。\n如果不是您本人申请，请忽略本邮件，您的密码不会改变。`,
      messageId: `<password-reset.${userId}.${expiresAt}@duijie.cn>`,
    });
    this.logger.debug({ userId }, 'password-reset link mailed');
    return 'sent';
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
