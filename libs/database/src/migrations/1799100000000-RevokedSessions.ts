import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Log-ins ended by logOut (a token's session id), refused until the token would have expired:
 * logOut used to clear the console's cookie only, and the token went on working (an outside
 * tester's find).
 */
export class RevokedSessions1799100000000 implements MigrationInterface {
  name = 'RevokedSessions1799100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "revoked_session" ("sid" text NOT NULL, "user_id" uuid NOT NULL, "expires_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "pk_revoked_session" PRIMARY KEY ("sid"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_revoked_session_user" ON "revoked_session" ("user_id")`);
    await queryRunner.query(
      `ALTER TABLE "revoked_session" ADD CONSTRAINT "fk_revoked_session_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "revoked_session"`);
  }
}
