import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The transaction that made a pair strong. Matching told "newly strong" from `strong_since = now()`;
 * two workers' statements that began in the same millisecond each took the pair for their own and
 * made it due again after the first had been announced: firms were told of the same pairs twice
 * (the several-processes test, once in CI). A transaction id is never shared.
 */
export class StrongTransaction1799500000000 implements MigrationInterface {
  name = 'StrongTransaction1799500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "match_suggestion" ADD "strong_xact" xid8`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "match_suggestion" DROP COLUMN "strong_xact"`);
  }
}
