import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What is still to be announced moves out of `match_suggestion` into a narrow table of its own,
 * one row per firm and pair, written when a pair first scores NOTIFY_SCORE (0.65) or more and
 * deleted when the firm is told. Announcing a firm's pairs rewrote every one of those wide rows
 * (reasons and all) in eight indexes, four of them partial on the `*_notified_at` it changed: in the
 * soak, thousands of rows every debounce period, a backend at 0.9 of a core for 1–1.5 s, other
 * firms' announcements waiting on its row locks and the api's commits on its WAL
 * (bench/RESULTS.md, "what a stall is made of"). `strong_since` says the pair has been due once, so
 * it is due once; an index on it is not needed.
 */
export class AnnouncementsDue1799200000000 implements MigrationInterface {
  name = 'AnnouncementsDue1799200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "match_suggestion" ADD "strong_since" TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(
      `UPDATE "match_suggestion" SET strong_since = COALESCE(LEAST(supply_notified_at, demand_notified_at), created_at)
        WHERE score >= 0.65 OR supply_notified_at IS NOT NULL OR demand_notified_at IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "match_announcement_due" (
         "enterprise_id" uuid NOT NULL,
         "suggestion_id" uuid NOT NULL,
         "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
         CONSTRAINT "PK_match_announcement_due" PRIMARY KEY ("enterprise_id", "suggestion_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_match_announcement_due_created" ON "match_announcement_due" ("created_at")`,
    );
    await queryRunner.query(
      `INSERT INTO "match_announcement_due" (enterprise_id, suggestion_id, created_at)
       SELECT supply_enterprise_id, id, updated_at FROM "match_suggestion" WHERE supply_notified_at IS NULL AND strong_since IS NOT NULL
       UNION ALL
       SELECT demand_enterprise_id, id, updated_at FROM "match_suggestion" WHERE demand_notified_at IS NULL AND strong_since IS NOT NULL`,
    );
    await queryRunner.query(`DROP INDEX "public"."idx_match_suggestion_demand_firm_unannounced"`);
    await queryRunner.query(`DROP INDEX "public"."idx_match_suggestion_supply_firm_unannounced"`);
    await queryRunner.query(`DROP INDEX "public"."idx_match_suggestion_demand_unannounced"`);
    await queryRunner.query(`DROP INDEX "public"."idx_match_suggestion_supply_unannounced"`);
    await queryRunner.query(`ALTER TABLE "match_suggestion" DROP COLUMN "demand_notified_at"`);
    await queryRunner.query(`ALTER TABLE "match_suggestion" DROP COLUMN "supply_notified_at"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "match_suggestion" ADD "supply_notified_at" TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "match_suggestion" ADD "demand_notified_at" TIMESTAMP(3) WITH TIME ZONE`);
    // Told: every pair that was ever strong and is no longer due to that side.
    await queryRunner.query(
      `UPDATE "match_suggestion" s SET
         supply_notified_at = CASE WHEN EXISTS (SELECT 1 FROM "match_announcement_due" d
           WHERE d.suggestion_id = s.id AND d.enterprise_id = s.supply_enterprise_id) THEN NULL ELSE s.strong_since END,
         demand_notified_at = CASE WHEN EXISTS (SELECT 1 FROM "match_announcement_due" d
           WHERE d.suggestion_id = s.id AND d.enterprise_id = s.demand_enterprise_id) THEN NULL ELSE s.strong_since END
        WHERE s.strong_since IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_match_suggestion_supply_unannounced" ON "match_suggestion" ("updated_at") WHERE supply_notified_at IS NULL AND score >= 0.65`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_match_suggestion_demand_unannounced" ON "match_suggestion" ("updated_at") WHERE demand_notified_at IS NULL AND score >= 0.65`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_match_suggestion_supply_firm_unannounced" ON "match_suggestion" ("supply_enterprise_id") WHERE supply_notified_at IS NULL AND score >= 0.65`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_match_suggestion_demand_firm_unannounced" ON "match_suggestion" ("demand_enterprise_id") WHERE demand_notified_at IS NULL AND score >= 0.65`,
    );
    await queryRunner.query(`DROP TABLE "match_announcement_due"`);
    await queryRunner.query(`ALTER TABLE "match_suggestion" DROP COLUMN "strong_since"`);
  }
}
