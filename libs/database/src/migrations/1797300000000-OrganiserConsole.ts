import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The organiser's console: a rejected registration keeps the reason the firm was told (驳回原因),
 * and an organiser's own events are listed by an index on their organiser and start.
 */
export class OrganiserConsole1797300000000 implements MigrationInterface {
  name = 'OrganiserConsole1797300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "event_registration" ADD "review_note" character varying(500)`);
    await queryRunner.query(
      `CREATE INDEX "idx_docking_event_organiser" ON "docking_event" ("organiser_user_id", "starts_at", "id") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_docking_event_organiser"`);
    await queryRunner.query(`ALTER TABLE "event_registration" DROP COLUMN "review_note"`);
  }
}
