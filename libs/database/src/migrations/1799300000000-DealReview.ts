import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An event's report counts a deal on more than the two firms' word (an outside tester: two approved
 * registrants that never met recorded and confirmed ¥999,999,999,999 and it counted). A deal counts
 * when the two firms had a meeting at the event that was not marked a no-show, when the organiser
 * recorded it (现场签约代录), or when the organiser reviewed it and counted it; the organiser may also
 * leave any deal out. `recorded_by_organiser` says who recorded it (set for earlier deals whose
 * recorder belonged to neither firm).
 */
export class DealReview1799300000000 implements MigrationInterface {
  name = 'DealReview1799300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "deal"
         ADD "recorded_by_organiser" boolean NOT NULL DEFAULT false,
         ADD "report_review" text,
         ADD "report_review_note" character varying(200),
         ADD "report_reviewed_at" TIMESTAMP(3) WITH TIME ZONE,
         ADD "report_reviewed_by_user_id" uuid,
         ADD CONSTRAINT "ck_deal_report_review" CHECK (report_review IS NULL OR report_review IN ('COUNTED', 'EXCLUDED')),
         ADD CONSTRAINT "fk_deal_report_reviewer" FOREIGN KEY ("report_reviewed_by_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL`,
    );
    await queryRunner.query(
      `UPDATE deal d SET recorded_by_organiser = true
         FROM app_user u
        WHERE u.id = d.recorded_by_user_id
          AND u.enterprise_id IS DISTINCT FROM d.supplier_enterprise_id
          AND u.enterprise_id IS DISTINCT FROM d.buyer_enterprise_id`,
    );
    await queryRunner.query(`CREATE INDEX "idx_meeting_event_parties" ON "meeting" ("event_id", "party_a", "party_b")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_meeting_event_parties"`);
    await queryRunner.query(
      `ALTER TABLE "deal" DROP CONSTRAINT "fk_deal_report_reviewer", DROP CONSTRAINT "ck_deal_report_review",
         DROP "report_reviewed_by_user_id", DROP "report_reviewed_at", DROP "report_review_note",
         DROP "report_review", DROP "recorded_by_organiser"`,
    );
  }
}
