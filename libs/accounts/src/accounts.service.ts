import { randomBytes } from 'node:crypto';

import { Injectable, Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';

import { BadInputError, isUuid } from '@duijie/common';

import {
  AuthPayload,
  ChangePasswordInput,
  LogInInput,
  RequestPasswordResetInput,
  ResetPasswordInput,
  SignUpInput,
  UserObject,
} from './accounts.dto';
import { AccountErrorCode, AccountException } from './accounts.exception';
import { LogInThrottle } from './login-throttle';
import { dummyHash, hashPassword, verifyPassword, weakPasswordProblem } from './password';
import { accountState, PasswordResetTokens, RESET_LINK_SECONDS } from './password-reset';
import { Role } from './role.enum';
import { UserEntity } from './user.entity';
import { UsersRepository } from './users.repository';
import { VerifiedTokens } from './verified-tokens';
import { Viewer } from './viewer';
import { CachedUser, ViewerCache } from './viewer-cache';

interface TokenClaims {
  sub: string;
  /** The user's token version when it was issued; a token of an older version is revoked. */
  tv: number;
  /** The log-in this token belongs to: logOut ends it alone (see RevokedSessionEntity). */
  sid?: string;
  exp?: number;
}

@Injectable()
export class AccountsService {
  private readonly logger = new Logger(AccountsService.name);
  /** Tokens whose signature was checked already (answered only before their expiry). */
  private readonly verified = new VerifiedTokens<TokenClaims>();

  constructor(
    private readonly users: UsersRepository,
    private readonly jwt: JwtService,
    private readonly throttle: LogInThrottle,
    private readonly viewers: ViewerCache,
    private readonly resets: PasswordResetTokens,
  ) {}

  async signUp(input: SignUpInput, clientIp: string): Promise<AuthPayload> {
    await this.throttle.signUp(clientIp);
    const email = input.email.trim();
    const weak = weakPasswordProblem(input.password, email);
    if (weak) throw new BadInputError([{ field: 'password', message: weak }]);
    const user = await this.users.insert({
      email,
      passwordHash: await hashPassword(input.password),
      displayName: input.displayName.trim(),
      role: Role.MEMBER,
    });
    if (!user)
      throw new AccountException(AccountErrorCode.EMAIL_TAKEN, '该邮箱已注册，请直接登录', { fields: ['email'] });
    return this.issue(user);
  }

  async logIn(input: LogInInput, clientIp: string): Promise<AuthPayload> {
    const email = input.email.trim();
    await this.throttle.hit(clientIp, email);
    const user = await this.users.findByEmail(email);
    const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), input.password);
    if (!user || !ok) throw new AccountException(AccountErrorCode.BAD_CREDENTIALS, '邮箱或密码错误');
    await this.throttle.succeeded(clientIp, email);
    return this.issue(user);
  }

  /**
   * A new password for the viewer, the current one asked again (counted as a log-in attempt, so a
   * stolen token cannot guess it): every token issued before is refused from then on, this
   * log-in's included, and the answer carries the new one.
   */
  async changePassword(viewer: Viewer, input: ChangePasswordInput, clientIp: string): Promise<AuthPayload> {
    const user = await this.users.findById(viewer.userId);
    if (!user) throw new AccountException(AccountErrorCode.USER_NOT_FOUND, '用户不存在');
    await this.throttle.hit(clientIp, user.email);
    if (!(await verifyPassword(user.passwordHash, input.currentPassword)))
      throw new BadInputError([{ field: 'currentPassword', message: 'currentPassword（当前密码）不正确' }]);
    await this.throttle.succeeded(clientIp, user.email);
    const weak =
      input.newPassword === input.currentPassword
        ? 'newPassword（新密码）不能与当前密码相同'
        : weakPasswordProblem(input.newPassword, user.email, 'newPassword', '新密码');
    if (weak) throw new BadInputError([{ field: 'newPassword', message: weak }]);
    const changed = await this.users.changePassword(user.id, user.passwordHash, await hashPassword(input.newPassword));
    if (!changed)
      throw new AccountException(AccountErrorCode.PASSWORD_CHANGED, '密码已在别处被修改，请重新登录后再试', {
        fields: ['currentPassword'],
      });
    return this.issue(changed);
  }

  /**
   * Mails a link that sets a new password, valid RESET_LINK_SECONDS, if the e-mail is registered.
   * The answer is the same either way (nothing tells whether an account exists), and requests are
   * limited per e-mail and per address.
   */
  async requestPasswordReset(input: RequestPasswordResetInput, clientIp: string): Promise<boolean> {
    const email = input.email.trim();
    if (email.length > 254 || !/^[^\s@]+@[^\s@]+$/.test(email))
      throw new BadInputError([{ field: 'email', message: 'email（邮箱）格式不正确' }]);
    await this.throttle.passwordReset(clientIp, email);
    // Queued whether or not the e-mail is registered: the worker looks the account up, so that the
    // answer's time says nothing either (an outside tester told the two apart by 2 ms).
    await this.users.queuePasswordReset(email, Math.floor(Date.now() / 1000) + RESET_LINK_SECONDS);
    return true;
  }

  /**
   * Sets a new password from a mailed link's token: the link works once (it is signed over the
   * password it replaces), and every log-in of the account ends. A wrong token counts as a log-in
   * attempt from the client's address.
   */
  async resetPassword(input: ResetPasswordInput, clientIp: string): Promise<boolean> {
    const invalid = () =>
      new BadInputError([{ field: 'token', message: 'token（重置链接）无效或已过期，请重新申请重置密码' }]);
    const read = this.resets.read(input.token);
    await this.throttle.hit(clientIp, `reset:${read?.userId ?? ''}`);
    const user = read ? await this.users.findById(read.userId) : null;
    if (!user || !this.resets.verify(input.token, accountState(user), Math.floor(Date.now() / 1000))) throw invalid();
    const weak = (await verifyPassword(user.passwordHash, input.newPassword))
      ? 'newPassword（新密码）不能与原密码相同'
      : weakPasswordProblem(input.newPassword, user.email, 'newPassword', '新密码');
    if (weak) throw new BadInputError([{ field: 'newPassword', message: weak }]);
    // Compare-and-set on the state the token was signed over (the hash and the token version): of two
    // uses at once one wins, and a logOutEverywhere committed while the new hash was computed voids it.
    const hash = await hashPassword(input.newPassword);
    if (!(await this.users.changePassword(user.id, user.passwordHash, hash, user.tokenVersion))) throw invalid();
    await this.throttle.succeeded(clientIp, `reset:${user.id}`);
    await this.throttle.recovered(user.email);
    this.logger.log({ userId: user.id }, 'password reset from a mailed link');
    return true;
  }

  /** Ends every log-in of the viewer's account, this one included (the token version moves on). */
  async logOutEverywhere(viewer: Viewer): Promise<void> {
    await this.users.endAllSessions(viewer.userId);
  }

  async grantRole(userId: string, role: Role): Promise<UserObject> {
    const user = isUuid(userId) ? await this.users.setRole(userId, role) : null;
    if (!user) throw new AccountException(AccountErrorCode.USER_NOT_FOUND, '用户不存在');
    return toUserObject(user);
  }

  async me(viewer: Viewer): Promise<UserObject> {
    const user = await this.users.findById(viewer.userId);
    if (!user) throw new AccountException(AccountErrorCode.USER_NOT_FOUND, '用户不存在');
    return toUserObject(user);
  }

  /** The first ADMIN from the environment: created or brought up to date at every start. */
  async ensureAdmin(email: string, password: string): Promise<void> {
    const existing = await this.users.findByEmail(email.trim());
    // Unchanged password: keep the hash, so a restart does not revoke the admin's tokens.
    const same = existing ? await verifyPassword(existing.passwordHash, password) : false;
    await this.users.upsertByEmail(
      email.trim(),
      same ? existing!.passwordHash : await hashPassword(password),
      '平台管理员',
      Role.ADMIN,
    );
    this.logger.log(`admin account ${email} is ready`);
  }

  /** Turns a bearer token into the viewer it stands for, or says why it cannot. */
  async viewerFromToken(token: string): Promise<{ viewer: Viewer | null; error: string | null }> {
    // The signature checked once per token (the same bytes verify the same way); expiry every time.
    let claims = this.verified.get(token);
    if (!claims) {
      try {
        claims = await this.jwt.verifyAsync<TokenClaims>(token);
      } catch (err) {
        const expired = (err as Error).name === 'TokenExpiredError';
        return { viewer: null, error: expired ? '访问令牌已过期，请重新登录' : '访问令牌无效，请重新登录' };
      }
      this.verified.set(token, claims);
    }
    const user = isUuid(claims.sub) ? await this.currentUser(claims.sub) : null;
    if (!user) return { viewer: null, error: '访问令牌对应的用户不存在' };
    // Tokens from before the version claim existed count as version 0, the column's default.
    if ((claims.tv ?? 0) !== user.tokenVersion)
      return { viewer: null, error: '访问令牌已失效（密码或角色已变更），请重新登录' };
    if (claims.sid && user.revoked.has(claims.sid))
      return { viewer: null, error: '访问令牌已失效（已退出登录），请重新登录' };
    return { viewer: user.viewer, error: null };
  }

  /** The user as a token's check needs them: from the cache of users (kept current by their changes' notifications), else the database. */
  private async currentUser(userId: string): Promise<CachedUser | null> {
    const cached = this.viewers.get(userId);
    if (cached) return cached;
    const epoch = this.viewers.begin();
    const holder = await this.users.tokenHolder(userId);
    if (!holder) return null;
    const { tokenVersion, revoked, ...viewer } = holder;
    const current = { viewer, tokenVersion, revoked: new Set(revoked) };
    this.viewers.set(userId, current, epoch);
    return current;
  }

  /** The user as a viewer, as the database knows them now; null when gone. */
  async viewerOf(userId: string): Promise<Viewer | null> {
    const user = isUuid(userId) ? await this.users.findById(userId) : null;
    return user && toViewer(user);
  }

  /** The user as a viewer with the version every log-in of theirs carries (what signed links are bound to). */
  async accountOf(userId: string): Promise<{ viewer: Viewer; tokenVersion: number } | null> {
    const user = isUuid(userId) ? await this.users.findById(userId) : null;
    return user && { viewer: toViewer(user), tokenVersion: user.tokenVersion };
  }

  /**
   * Ends the log-in `token` belongs to: from now on it is refused (by every API process), while the
   * user's other log-ins go on. A token that does not verify, or one issued before tokens carried a
   * session id, ends nothing.
   */
  async logOut(token: string): Promise<void> {
    let claims: TokenClaims;
    try {
      claims = this.verified.get(token) ?? (await this.jwt.verifyAsync<TokenClaims>(token));
    } catch {
      return;
    }
    if (!claims.sid || !isUuid(claims.sub)) return;
    const expiresAt = new Date((claims.exp ?? Date.now() / 1000 + 86_400) * 1000);
    await this.users.revokeSession(claims.sub, claims.sid, expiresAt);
  }

  private async issue(user: UserEntity): Promise<AuthPayload> {
    const sid = randomBytes(16).toString('base64url');
    const accessToken = await this.jwt.signAsync({ sub: user.id, tv: user.tokenVersion, sid } satisfies TokenClaims);
    return { accessToken, user: toUserObject(user) };
  }
}

function toViewer(user: UserEntity): Viewer {
  return { userId: user.id, email: user.email, role: user.role, enterpriseId: user.enterpriseId };
}

export function toUserObject(user: UserEntity): UserObject {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    enterpriseId: user.enterpriseId,
  };
}
