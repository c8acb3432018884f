import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The event day (现场): firms checked in at the door (签到), attendance marks on meetings (到场 /
 * 缺席) by organisers and parties, walk-in meetings (现场加入), and one view that resolves the
 * marks into a meeting's attendance so that the report, the floor screen and the API agree:
 * the organiser's mark wins; otherwise one party's mark stands; two parties' marks agree only
 * when both say HELD (two NO_SHOW marks accuse each other), else the meeting is DISPUTED.
 */
export class EventDay1797200000000 implements MigrationInterface {
  name = 'EventDay1797200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "meeting" ADD "walk_in" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(
      `CREATE TABLE "event_check_in" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "registration_id" uuid NOT NULL, "enterprise_id" uuid NOT NULL, "method" text NOT NULL, "checked_in_by_user_id" uuid, "checked_in_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_event_check_in_method" CHECK (method IN ('CODE', 'SEARCH')), CONSTRAINT "PK_event_check_in" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_event_check_in" ON "event_check_in" ("event_id", "enterprise_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_event_check_in_registration" ON "event_check_in" ("registration_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "event_check_in" ADD CONSTRAINT "fk_event_check_in_event" FOREIGN KEY ("event_id") REFERENCES "docking_event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_check_in" ADD CONSTRAINT "fk_event_check_in_registration" FOREIGN KEY ("registration_id") REFERENCES "event_registration"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_check_in" ADD CONSTRAINT "fk_event_check_in_enterprise" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_check_in" ADD CONSTRAINT "fk_event_check_in_user" FOREIGN KEY ("checked_in_by_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "meeting_attendance" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "marked_by_enterprise_id" uuid, "marked_by_user_id" uuid, "outcome" text NOT NULL, "absent_enterprise_ids" uuid array NOT NULL DEFAULT '{}', "marked_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_meeting_attendance_outcome" CHECK (outcome IN ('HELD', 'NO_SHOW')), CONSTRAINT "ck_meeting_attendance_absent" CHECK ((outcome = 'HELD') = (cardinality(absent_enterprise_ids) = 0)), CONSTRAINT "PK_meeting_attendance" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_meeting_attendance_organiser" ON "meeting_attendance" ("meeting_id") WHERE marked_by_enterprise_id IS NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_meeting_attendance_party" ON "meeting_attendance" ("meeting_id", "marked_by_enterprise_id") WHERE marked_by_enterprise_id IS NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_attendance" ADD CONSTRAINT "fk_meeting_attendance_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_attendance" ADD CONSTRAINT "fk_meeting_attendance_enterprise" FOREIGN KEY ("marked_by_enterprise_id") REFERENCES "enterprise"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_attendance" ADD CONSTRAINT "fk_meeting_attendance_user" FOREIGN KEY ("marked_by_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`CREATE VIEW "meeting_attendance_outcome" AS
      SELECT meeting_id,
             CASE WHEN bool_or(marked_by_enterprise_id IS NULL) THEN max(outcome) FILTER (WHERE marked_by_enterprise_id IS NULL)
                  WHEN count(*) = 1 THEN max(outcome)
                  WHEN bool_and(outcome = 'HELD') THEN 'HELD'
                  ELSE 'DISPUTED' END AS status,
             CASE WHEN bool_or(marked_by_enterprise_id IS NULL)
                    THEN ((array_agg(absent_enterprise_ids::text) FILTER (WHERE marked_by_enterprise_id IS NULL))[1])::uuid[]
                  WHEN count(*) = 1 THEN ((array_agg(absent_enterprise_ids::text))[1])::uuid[]
                  ELSE '{}'::uuid[] END AS absent_enterprise_ids,
             (count(*) FILTER (WHERE marked_by_enterprise_id IS NOT NULL) = 2
               AND NOT bool_and(outcome = 'HELD') FILTER (WHERE marked_by_enterprise_id IS NOT NULL)) AS parties_disagree,
             bool_or(marked_by_enterprise_id IS NULL) AS decided_by_organiser
        FROM meeting_attendance GROUP BY meeting_id`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP VIEW "meeting_attendance_outcome"`);
    await queryRunner.query(`DROP TABLE "meeting_attendance"`);
    await queryRunner.query(`DROP TABLE "event_check_in"`);
    await queryRunner.query(`ALTER TABLE "meeting" DROP COLUMN "walk_in"`);
  }
}
