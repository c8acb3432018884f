import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 政产学金: every participant has a type (企业, 政府部门, 金融机构, 高校/科研院所, 行业协会) and may
 * declare its size (企业规模). Firms registered before were registered as enterprises; those whose
 * credit code says 机关 (11) or 社会团体/群众团体 (13, 51, 53) take that type, for an admin to confirm.
 */
export class ParticipantTypes1797450000000 implements MigrationInterface {
  name = 'ParticipantTypes1797450000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "enterprise" ADD "participant_type" text NOT NULL DEFAULT 'ENTERPRISE'`);
    await queryRunner.query(`ALTER TABLE "enterprise" ADD "scale" text`);
    await queryRunner.query(
      `UPDATE "enterprise" SET "participant_type" = CASE WHEN left("credit_code", 2) = '11' THEN 'GOVERNMENT' ELSE 'ASSOCIATION' END
        WHERE left("credit_code", 2) IN ('11', '13', '51', '53')`,
    );
    await queryRunner.query(
      `ALTER TABLE "enterprise" ADD CONSTRAINT "ck_enterprise_participant_type" CHECK (participant_type IN ('ENTERPRISE', 'GOVERNMENT', 'FINANCIAL_INSTITUTION', 'RESEARCH_INSTITUTE', 'ASSOCIATION'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "enterprise" ADD CONSTRAINT "ck_enterprise_scale" CHECK (scale IS NULL OR scale IN ('MICRO', 'SMALL', 'MEDIUM', 'LARGE'))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_enterprise_participant_type" ON "enterprise" ("participant_type") WHERE "participant_type" <> 'ENTERPRISE'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_enterprise_participant_type"`);
    await queryRunner.query(`ALTER TABLE "enterprise" DROP CONSTRAINT "ck_enterprise_scale"`);
    await queryRunner.query(`ALTER TABLE "enterprise" DROP CONSTRAINT "ck_enterprise_participant_type"`);
    await queryRunner.query(`ALTER TABLE "enterprise" DROP COLUMN "scale"`);
    await queryRunner.query(`ALTER TABLE "enterprise" DROP COLUMN "participant_type"`);
  }
}
