import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { fastQuery, PG, pgCode, runTransaction } from '@duijie/database';
import { recordJobs } from '@duijie/queue';

import { Role } from './role.enum';
import { UserEntity } from './user.entity';
import { ViewerCache } from './viewer-cache';

/** What a token's check needs of a user (UsersRepository.tokenHolder). */
export interface TokenHolder {
  userId: string;
  email: string;
  role: Role;
  enterpriseId: string | null;
  tokenVersion: number;
  /** Session ids ended by logOut whose tokens have not expired yet. */
  revoked: string[];
}

@Injectable()
export class UsersRepository {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly viewers: ViewerCache,
  ) {}

  findById(id: string): Promise<UserEntity | null> {
    return this.db.getRepository(UserEntity).findOneBy({ id });
  }

  /**
   * What a token's check needs of a user, in one read: who they are, their token version, and
   * their sessions ended by logOut whose tokens have not expired yet. Null when the user is gone.
   */
  async tokenHolder(userId: string): Promise<TokenHolder | null> {
    const rows: TokenHolder[] = await this.db.query(
      `SELECT u.id AS "userId", u.email, u.role, u.enterprise_id AS "enterpriseId", u.token_version AS "tokenVersion",
              ARRAY(SELECT r.sid FROM revoked_session r WHERE r.user_id = u.id AND r.expires_at > now()) AS revoked
         FROM app_user u WHERE u.id = $1`,
      [userId],
    );
    return rows[0] ?? null;
  }

  /**
   * Ends one session (a token's `sid`) until `expiresAt`; every API process hears of it at commit
   * (the user's change notification) and drops the user from its cache. Sessions past their expiry
   * are forgotten on the way.
   */
  async revokeSession(userId: string, sid: string, expiresAt: Date): Promise<void> {
    this.viewers.changing(userId);
    await runTransaction(this.db, async (m) => {
      await m.query(`DELETE FROM revoked_session WHERE user_id = $1 AND expires_at <= now()`, [userId]);
      await m.query(
        `INSERT INTO revoked_session (sid, user_id, expires_at) VALUES ($1, $2, $3) ON CONFLICT (sid) DO NOTHING`,
        [sid, userId, expiresAt],
      );
      await m.query(`SELECT pg_notify('duijie_user_changed', $1)`, [userId]);
    });
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.db
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('lower(u.email) = lower(:email)', { email })
      .getOne();
  }

  /** Inserts a user; null when the e-mail is already registered. */
  async insert(user: Pick<UserEntity, 'email' | 'passwordHash' | 'displayName' | 'role'>): Promise<UserEntity | null> {
    try {
      const rows: UserEntity[] = await this.db
        .getRepository(UserEntity)
        .createQueryBuilder()
        .insert()
        .values(user)
        .returning('*')
        .execute()
        .then((r) => r.generatedMaps as UserEntity[]);
      return this.findById(rows[0].id);
    } catch (err) {
      if (pgCode(err) === PG.UNIQUE_VIOLATION) return null;
      throw err;
    }
  }

  /**
   * Creates the account or brings its password and role up to date, in one statement; a changed
   * password bumps the token version (revoking the tokens issued before).
   */
  async upsertByEmail(email: string, passwordHash: string, displayName: string, role: Role): Promise<void> {
    const known: { id: string }[] = await this.db.query(`SELECT id FROM app_user WHERE lower(email) = lower($1)`, [
      email,
    ]);
    for (const { id } of known) this.viewers.changing(id);
    await this.db.query(
      `INSERT INTO app_user (email, password_hash, display_name, role) VALUES ($1, $2, $3, $4)
       ON CONFLICT (lower(email)) DO UPDATE SET password_hash = EXCLUDED.password_hash, role = EXCLUDED.role, updated_at = now(),
         token_version = app_user.token_version
           + CASE WHEN app_user.password_hash IS DISTINCT FROM EXCLUDED.password_hash THEN 1 ELSE 0 END`,
      [email, passwordHash, displayName, role],
    );
  }

  /**
   * Sets a new password hash if the password is still `expectedHash` (two changes at once: one
   * wins), and moves the token version on, so every token issued before is refused. The user as
   * changed, or null when the password had changed meanwhile (or the user is gone).
   */
  async changePassword(
    id: string,
    expectedHash: string,
    passwordHash: string,
    /** Also required unchanged (a reset link's: logging out everywhere meanwhile voids it). */
    expectedTokenVersion?: number,
  ): Promise<UserEntity | null> {
    this.viewers.changing(id);
    const rows: unknown[] = await this.db.query(
      `WITH changed AS (UPDATE app_user SET password_hash = $3, token_version = token_version + 1, updated_at = now()
                         WHERE id = $1 AND password_hash = $2 AND ($4::int IS NULL OR token_version = $4) RETURNING id)
       SELECT id FROM changed`,
      [id, expectedHash, passwordHash, expectedTokenVersion ?? null],
    );
    return rows.length ? this.findById(id) : null;
  }

  /**
   * Queues the e-mail of a password-reset link valid until `expiresAt` to the account of `email`, if
   * there is one (through the outbox: the worker looks the account up once it relays the job).
   */
  async queuePasswordReset(email: string, expiresAt: number): Promise<void> {
    await recordJobs(this.db.manager, [{ name: 'email.passwordReset', data: { email, expiresAt } }]);
  }

  /** Moves the token version on: every token of the user issued so far is refused (and their subscriptions close). */
  async endAllSessions(id: string): Promise<void> {
    this.viewers.changing(id);
    await this.db.query(`UPDATE app_user SET token_version = token_version + 1, updated_at = now() WHERE id = $1`, [
      id,
    ]);
  }

  /**
   * Sets the role. Taking rights away bumps the token version, so every token issued before stops
   * working (and open WebSockets are closed). Granting more does not: the role is read from the
   * database at each request, so the user's tokens gain the rights at once.
   */
  async setRole(id: string, role: Role): Promise<UserEntity | null> {
    const rank = (sql: string) => `CASE ${sql} WHEN 'ADMIN' THEN 2 WHEN 'ORGANISER' THEN 1 ELSE 0 END`;
    this.viewers.changing(id);
    const rows: unknown[] = await this.db.query(
      `UPDATE app_user SET role = $2, updated_at = now(),
         token_version = token_version + CASE WHEN ${rank('role')} > ${rank('$2::text')} THEN 1 ELSE 0 END
       WHERE id = $1 RETURNING id`,
      [id, role],
    );
    return rows.length ? this.findById(id) : null;
  }

  /**
   * In the caller's transaction: the user joins the enterprise, only if they act for none yet;
   * false when they already do (or are gone).
   */
  async joinEnterprise(manager: EntityManager, userId: string, enterpriseId: string): Promise<boolean> {
    this.viewers.changing(userId);
    const joined: unknown[] = await manager.query(
      // In a CTE: a bare UPDATE … RETURNING comes back from TypeORM as [rows, count], never empty,
      // and a user already in a firm was answered as joined (an approved claim left its firm without members).
      `WITH joined AS (UPDATE app_user SET enterprise_id = $2, updated_at = now() WHERE id = $1 AND enterprise_id IS NULL RETURNING id)
       SELECT id FROM joined`,
      [userId, enterpriseId],
    );
    return joined.length > 0;
  }

  /**
   * In the notifications' transaction: for each firm and kind, the firm's members who chose e-mail
   * for that kind (in the order asked).
   */
  async membersWantingEmail(
    manager: EntityManager,
    wants: readonly { enterpriseId: string; kind: string }[],
  ): Promise<string[][]> {
    if (!wants.length) return [];
    const rows: { i: number; id: string }[] = await manager.query(
      `SELECT w.i, u.id FROM unnest($1::uuid[], $2::text[]) WITH ORDINALITY AS w(enterprise_id, kind, i)
         JOIN app_user u ON u.enterprise_id = w.enterprise_id AND w.kind = ANY(u.email_notification_kinds)`,
      [wants.map((w) => w.enterpriseId), wants.map((w) => w.kind)],
    );
    const out: string[][] = wants.map(() => []);
    for (const r of rows) out[Number(r.i) - 1].push(r.id);
    return out;
  }

  /** Where to e-mail `userId` about a `kind` notice of `enterpriseId`: null unless still a member who wants the kind. */
  async emailRecipient(
    userId: string,
    enterpriseId: string,
    kind: string,
  ): Promise<{ email: string; displayName: string } | null> {
    const rows = await fastQuery<{ email: string; displayName: string }>(
      this.db,
      `SELECT email, display_name AS "displayName" FROM app_user
        WHERE id = $1 AND enterprise_id = $2 AND $3 = ANY(email_notification_kinds)`,
      [userId, enterpriseId, kind],
    );
    return rows[0] ?? null;
  }

  /** The notification kinds the user chose to receive by e-mail. */
  async emailKinds(userId: string): Promise<string[]> {
    const rows = await fastQuery<{ kinds: string[] }>(
      this.db,
      `SELECT email_notification_kinds AS kinds FROM app_user WHERE id = $1`,
      [userId],
    );
    return rows[0]?.kinds ?? [];
  }

  async setEmailKinds(userId: string, kinds: string[]): Promise<void> {
    await fastQuery(this.db, `UPDATE app_user SET email_notification_kinds = $2, updated_at = now() WHERE id = $1`, [
      userId,
      kinds,
    ]);
  }
}
