import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An organiser locks a meeting (锁定) so that later scheduler runs keep it where it is. Meetings an
 * organiser placed or moved by hand were kept already (no scheduler run id): they start locked, so a
 * run keeps exactly what it kept before, and now they can be unlocked too.
 */
export class MeetingLocks1797400000000 implements MigrationInterface {
  name = 'MeetingLocks1797400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "meeting" ADD "locked" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`UPDATE "meeting" SET "locked" = true WHERE "schedule_run_id" IS NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "meeting" DROP COLUMN "locked"`);
  }
}
