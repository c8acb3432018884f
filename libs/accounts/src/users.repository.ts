import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { PG, pgCode } from '@duijie/database';

import { Role } from './role.enum';
import { UserEntity } from './user.entity';

@Injectable()
export class UsersRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  findById(id: string): Promise<UserEntity | null> {
    return this.db.getRepository(UserEntity).findOneBy({ id });
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
    await this.db.query(
      `INSERT INTO app_user (email, password_hash, display_name, role) VALUES ($1, $2, $3, $4)
       ON CONFLICT (lower(email)) DO UPDATE SET password_hash = EXCLUDED.password_hash, role = EXCLUDED.role, updated_at = now(),
         token_version = app_user.token_version
           + CASE WHEN app_user.password_hash IS DISTINCT FROM EXCLUDED.password_hash THEN 1 ELSE 0 END`,
      [email, passwordHash, displayName, role],
    );
  }

  /**
   * Sets the role. Taking rights away bumps the token version, so every token issued before stops
   * working (and open WebSockets are closed). Granting more does not: the role is read from the
   * database at each request, so the user's tokens gain the rights at once.
   */
  async setRole(id: string, role: Role): Promise<UserEntity | null> {
    const rank = (sql: string) => `CASE ${sql} WHEN 'ADMIN' THEN 2 WHEN 'ORGANISER' THEN 1 ELSE 0 END`;
    const rows: unknown[] = await this.db.query(
      `UPDATE app_user SET role = $2, updated_at = now(),
         token_version = token_version + CASE WHEN ${rank('role')} > ${rank('$2::text')} THEN 1 ELSE 0 END
       WHERE id = $1 RETURNING id`,
      [id, role],
    );
    return rows.length ? this.findById(id) : null;
  }

  async setEnterprise(manager: EntityManager, userId: string, enterpriseId: string): Promise<void> {
    await manager.getRepository(UserEntity).update({ id: userId }, { enterpriseId });
  }
}
