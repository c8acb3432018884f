import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 12: a user's tokens can be revoked (each carries the user's token version, bumped on a
 * password or role change), and a docking event is at most 31 days long. The length check is
 * NOT VALID so that a database holding older, longer events still migrates; new and changed rows
 * are checked, and reads are bounded in code whatever a row says.
 */
export class TokenVersionAndEventLimits1796300000000 implements MigrationInterface {
  name = 'TokenVersionAndEventLimits1796300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" ADD "token_version" integer NOT NULL DEFAULT 0`);
    await queryRunner.query(
      `ALTER TABLE "docking_event" ADD CONSTRAINT "ck_docking_event_length" CHECK (ends_at - starts_at <= interval '31 days') NOT VALID`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "docking_event" DROP CONSTRAINT "ck_docking_event_length"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "token_version"`);
  }
}
