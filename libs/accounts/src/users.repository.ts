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

  /** Creates the account or brings its password and role up to date, in one statement. */
  async upsertByEmail(email: string, passwordHash: string, displayName: string, role: Role): Promise<void> {
    await this.db.query(
      `INSERT INTO app_user (email, password_hash, display_name, role) VALUES ($1, $2, $3, $4)
       ON CONFLICT (lower(email)) DO UPDATE SET password_hash = EXCLUDED.password_hash, role = EXCLUDED.role, updated_at = now()`,
      [email, passwordHash, displayName, role],
    );
  }

  async setRole(id: string, role: Role): Promise<UserEntity | null> {
    const result = await this.db.getRepository(UserEntity).update({ id }, { role });
    return result.affected ? this.findById(id) : null;
  }

  async setEnterprise(manager: EntityManager, userId: string, enterpriseId: string): Promise<void> {
    await manager.getRepository(UserEntity).update({ id: userId }, { enterpriseId });
  }
}
