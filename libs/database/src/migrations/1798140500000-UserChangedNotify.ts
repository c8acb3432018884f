import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The API keeps the viewers it has looked up in memory; this trigger tells every API process, at
 * commit, which user changed in a way a viewer depends on (role, enterprise, token version, e-mail,
 * password, or the row gone), whoever wrote it: the API, the worker, a CLI or a hand in psql.
 */
export class UserChangedNotify1798140500000 implements MigrationInterface {
  name = 'UserChangedNotify1798140500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE FUNCTION "app_user_changed_notify"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         PERFORM pg_notify('duijie_user_changed', OLD.id::text);
         RETURN NULL;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "trg_app_user_changed" AFTER UPDATE OF role, enterprise_id, token_version, email, password_hash, id OR DELETE ON "app_user"
       FOR EACH ROW EXECUTE FUNCTION "app_user_changed_notify"()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "trg_app_user_changed" ON "app_user"`);
    await queryRunner.query(`DROP FUNCTION "app_user_changed_notify"()`);
  }
}
