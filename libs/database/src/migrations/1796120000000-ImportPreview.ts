import type { MigrationInterface, QueryRunner } from 'typeorm';

/** An uploaded list can wait as a PREVIEW (nothing written) until the organiser commits it. */
export class ImportPreview1796120000000 implements MigrationInterface {
  name = 'ImportPreview1796120000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "listing_import" DROP CONSTRAINT "ck_listing_import_status"`);
    await queryRunner.query(
      `ALTER TABLE "listing_import" ADD CONSTRAINT "ck_listing_import_status" CHECK (status IN ('PREVIEW', 'QUEUED', 'RUNNING', 'DONE', 'FAILED'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "listing_import" WHERE status = 'PREVIEW'`);
    await queryRunner.query(`ALTER TABLE "listing_import" DROP CONSTRAINT "ck_listing_import_status"`);
    await queryRunner.query(
      `ALTER TABLE "listing_import" ADD CONSTRAINT "ck_listing_import_status" CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED'))`,
    );
  }
}
