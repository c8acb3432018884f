import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When a body last asked for its policy to be evaluated again: claimed by one conditional update, so
 * that of many requests at once within a minute one is taken (an outside tester's 20 at once each ran).
 */
export class PolicyReevaluation1799400000000 implements MigrationInterface {
  name = 'PolicyReevaluation1799400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "policy" ADD "reevaluation_requested_at" TIMESTAMP(3) WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "policy" DROP COLUMN "reevaluation_requested_at"`);
  }
}
