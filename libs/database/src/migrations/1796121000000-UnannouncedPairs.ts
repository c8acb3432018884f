import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Partial indexes for the announcement sweep: strong pairs not yet announced to a side (score bound = NOTIFY_SCORE). */
export class UnannouncedPairs1796121000000 implements MigrationInterface {
  name = 'UnannouncedPairs1796121000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "idx_match_suggestion_supply_unannounced" ON "match_suggestion" ("updated_at") WHERE supply_notified_at IS NULL AND score >= 0.65`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_match_suggestion_demand_unannounced" ON "match_suggestion" ("updated_at") WHERE demand_notified_at IS NULL AND score >= 0.65`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_match_suggestion_demand_unannounced"`);
    await queryRunner.query(`DROP INDEX "public"."idx_match_suggestion_supply_unannounced"`);
  }
}
