import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The API keeps the newest listings with their firms in memory (the first page of `listings`);
 * these triggers tell every API process, at commit, that listings or firms changed, whoever wrote
 * them: the API, the worker (matching status, expiry, imports), a CLI or a hand in psql. One
 * notification per statement (and Postgres sends one per transaction for the same payload).
 */
export class ListingsChangedNotify1798950000000 implements MigrationInterface {
  name = 'ListingsChangedNotify1798950000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE FUNCTION "listings_changed_notify"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         PERFORM pg_notify('duijie_listings_changed', '');
         RETURN NULL;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "trg_listing_changed" AFTER INSERT OR UPDATE OR DELETE ON "listing"
       FOR EACH STATEMENT EXECUTE FUNCTION "listings_changed_notify"()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "trg_listing_truncated" AFTER TRUNCATE ON "listing"
       FOR EACH STATEMENT EXECUTE FUNCTION "listings_changed_notify"()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "trg_enterprise_changed" AFTER UPDATE OR DELETE ON "enterprise"
       FOR EACH STATEMENT EXECUTE FUNCTION "listings_changed_notify"()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "trg_enterprise_truncated" AFTER TRUNCATE ON "enterprise"
       FOR EACH STATEMENT EXECUTE FUNCTION "listings_changed_notify"()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "trg_enterprise_truncated" ON "enterprise"`);
    await queryRunner.query(`DROP TRIGGER "trg_enterprise_changed" ON "enterprise"`);
    await queryRunner.query(`DROP TRIGGER "trg_listing_truncated" ON "listing"`);
    await queryRunner.query(`DROP TRIGGER "trg_listing_changed" ON "listing"`);
    await queryRunner.query(`DROP FUNCTION "listings_changed_notify"()`);
  }
}
