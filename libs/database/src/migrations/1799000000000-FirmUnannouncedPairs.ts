import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A firm's strong pairs not yet announced to it, by side (score bound = NOTIFY_SCORE): the
 * announcement read them through the firm's index among all its pairs, thousands each time for a
 * firm with many listings, every debounce period (0.3–0.5 s statements in the soak,
 * bench/RESULTS.md); these make it read only what it announces.
 */
export class FirmUnannouncedPairs1799000000000 implements MigrationInterface {
  name = 'FirmUnannouncedPairs1799000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "idx_match_suggestion_supply_firm_unannounced" ON "match_suggestion" ("supply_enterprise_id") WHERE supply_notified_at IS NULL AND score >= 0.65`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_match_suggestion_demand_firm_unannounced" ON "match_suggestion" ("demand_enterprise_id") WHERE demand_notified_at IS NULL AND score >= 0.65`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_match_suggestion_demand_firm_unannounced"`);
    await queryRunner.query(`DROP INDEX "public"."idx_match_suggestion_supply_firm_unannounced"`);
  }
}
