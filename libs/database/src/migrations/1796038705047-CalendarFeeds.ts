import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CalendarFeeds1796038705047 implements MigrationInterface {
  name = 'CalendarFeeds1796038705047';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "calendar_feed" ("user_id" uuid NOT NULL, "key_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_calendar_feed" PRIMARY KEY ("user_id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_calendar_feed_key" ON "calendar_feed" ("key_id") `);
    await queryRunner.query(
      `ALTER TABLE "calendar_feed" ADD CONSTRAINT "fk_calendar_feed_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "calendar_feed" DROP CONSTRAINT "fk_calendar_feed_user"`);
    await queryRunner.query(`DROP INDEX "public"."uq_calendar_feed_key"`);
    await queryRunner.query(`DROP TABLE "calendar_feed"`);
  }
}
