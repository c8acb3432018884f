import { isIP } from 'node:net';

import { Injectable, Logger } from '@nestjs/common';

import { ConfigService } from '@duijie/config';
import { RedisService } from '@duijie/queue';

import { AccountErrorCode, AccountException } from './accounts.exception';

/**
 * The client address as a throttle counts it: IPv4 as is (also when written IPv4-mapped), IPv6
 * by its /64, since one subscriber usually holds a whole /64 and could otherwise take a fresh
 * address for every attempt.
 */
export function clientKey(address: string): string {
  const a = address.trim().toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  if (mapped) return mapped[1];
  if (isIP(a) !== 6) return a;
  const [head, tail] = a.split('::');
  const left = head ? head.split(':') : [];
  const right = tail !== undefined ? (tail ? tail.split(':') : []) : [];
  const groups =
    tail !== undefined ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((g) => parseInt(g, 16).toString(16))
    .join(':')}::/64`;
}

/**
 * Reset requests for one e-mail: at most RESET_MAX_PER_EMAIL in RESET_WINDOW_SECONDS, a window shorter
 * than a link's life (RESET_LINK_SECONDS): whoever used up an e-mail's allowance (an outside tester, from
 * five addresses) also had a link mailed to its owner that still works until the allowance comes back.
 */
const RESET_WINDOW_SECONDS = 15 * 60;
export const RESET_MAX_PER_EMAIL = 3;
/** Reset requests from one client address, an hour. */
const RESET_MAX_PER_IP = 20;
const RESET_IP_WINDOW_SECONDS = 3600;
/** How long an address an account logged in from stays one it knows. */
const KNOWN_ADDRESS_SECONDS = 90 * 24 * 3600;

/**
 * Counts log-in attempts in fixed windows in Redis, keyed so that nobody can lock someone else
 * out: per (e-mail, client address), and per client address over every e-mail. A stranger's
 * wrong guesses from their address use up only their own allowance for that e-mail; the owner,
 * from any other address, still logs in. Guessing from many addresses costs each address its
 * own allowance and argon2 per guess. Sign-ups are counted per client address. When Redis
 * cannot answer, log-in and sign-up stay available.
 */
@Injectable()
export class LogInThrottle {
  private readonly logger = new Logger(LogInThrottle.name);

  constructor(
    private readonly redis: RedisService,
    private readonly config: ConfigService,
  ) {}

  async hit(clientIp: string, email: string): Promise<void> {
    const window = this.config.get('logInWindowSeconds');
    const client = clientKey(clientIp);
    const account = email.trim().toLowerCase();
    const over = await this.count(window, [
      [this.redis.key('login', 'ip', client), this.config.get('logInMaxAttemptsPerIp')],
      [this.redis.key('login', 'email-ip', account, client), this.config.get('logInMaxAttempts')],
    ]);
    if (over) throw tooMany(`登录尝试过于频繁，请在 ${Math.ceil(window / 60)} 分钟后再试`, window);
    // Guesses at one account from many addresses (a botnet, fresh addresses by the thousand): past the
    // account's allowance only the addresses it logged in from before may try; the owner elsewhere
    // waits the window out, or resets the password by e-mail, which lifts it.
    const accountWindow = this.config.get('logInAccountWindowSeconds');
    const spread = await this.count(accountWindow, [
      [this.redis.key('login', 'account', account), this.config.get('logInMaxAttemptsPerAccount')],
    ]);
    if (spread && !(await this.known(account, client)))
      throw tooMany(
        `该账号近期登录尝试过多，暂不接受新网络地址的登录，请在 ${Math.ceil(accountWindow / 60)} 分钟后再试，或通过“忘记密码”重置密码`,
        accountWindow,
      );
  }

  /** A successful log-in clears that e-mail's count from that address, and the address becomes one the account knows. */
  async succeeded(clientIp: string, email: string): Promise<void> {
    const account = email.trim().toLowerCase();
    const client = clientKey(clientIp);
    const known = this.redis.key('login', 'known', account);
    await this.redis.client
      .multi()
      .del(this.redis.key('login', 'email-ip', account, client))
      .sadd(known, client)
      .expire(known, KNOWN_ADDRESS_SECONDS)
      .exec()
      .catch(() => undefined);
  }

  /** The owner proved the account by e-mail (a password reset): guesses from elsewhere no longer hold it. */
  async recovered(email: string): Promise<void> {
    await this.redis.client.del(this.redis.key('login', 'account', email.trim().toLowerCase())).catch(() => undefined);
  }

  private async known(account: string, client: string): Promise<boolean> {
    try {
      return (await this.redis.client.sismember(this.redis.key('login', 'known', account), client)) === 1;
    } catch {
      return true;
    }
  }

  async signUp(clientIp: string): Promise<void> {
    const window = this.config.get('signUpWindowSeconds');
    const over = await this.count(window, [
      [this.redis.key('signup', 'ip', clientKey(clientIp)), this.config.get('signUpMaxPerIp')],
    ]);
    if (over) throw tooMany(`注册过于频繁，请在 ${Math.ceil(window / 60)} 分钟后再试`, window);
  }

  /**
   * Password-reset requests: RESET_MAX_PER_EMAIL every 15 minutes for one e-mail (from anywhere: nobody
   * can flood someone's inbox) and RESET_MAX_PER_IP an hour from one address. Counted whether or not
   * the e-mail is registered, so the answer says nothing about it.
   */
  async passwordReset(clientIp: string, email: string): Promise<void> {
    const ip = await this.count(RESET_IP_WINDOW_SECONDS, [
      [this.redis.key('reset', 'ip', clientKey(clientIp)), RESET_MAX_PER_IP],
    ]);
    if (ip) throw tooMany('重置密码的申请过于频繁，请在 1 小时后再试', RESET_IP_WINDOW_SECONDS);
    const mail = await this.count(RESET_WINDOW_SECONDS, [
      [this.redis.key('reset', 'email', email.trim().toLowerCase()), RESET_MAX_PER_EMAIL],
    ]);
    if (mail)
      throw tooMany(
        '该邮箱刚申请过重置密码，请查收已发送的邮件（链接 30 分钟内有效），或 15 分钟后再试',
        RESET_WINDOW_SECONDS,
      );
  }

  /** Adds one to each counter; true when any is past its limit. */
  private async count(window: number, counters: [key: string, max: number][]): Promise<boolean> {
    try {
      const multi = this.redis.client.multi();
      for (const [key] of counters) multi.incr(key).expire(key, window, 'NX');
      const results = (await multi.exec()) ?? [];
      return counters.some(([, max], i) => Number(results[2 * i]?.[1] ?? 0) > max);
    } catch (err) {
      this.logger.warn(`log-in throttle unavailable: ${(err as Error).message}`);
      return false;
    }
  }
}

function tooMany(message: string, window: number): AccountException {
  return new AccountException(AccountErrorCode.TOO_MANY_ATTEMPTS, message, { retryAfterSeconds: window });
}
