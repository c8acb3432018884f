import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 圆桌对接: round tables at docking events. A round table claims its table in `meeting_table_claim`
 * (where a trigger on `meeting` claims every one-to-one meeting's table too) and its host's and
 * seated firms' time in `meeting_party` (beside the meetings' parties): the exclusion constraints
 * of those two tables refuse a seat over a meeting and a meeting over a seat, in either order.
 */
export class RoundTables1797900000000 implements MigrationInterface {
  name = 'RoundTables1797900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "round_table" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "host_enterprise_id" uuid NOT NULL, "topic" character varying(120) NOT NULL, "description" text, "table_label" character varying(40) NOT NULL, "starts_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "capacity" integer NOT NULL, "created_by_user_id" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_round_table_capacity" CHECK (capacity BETWEEN 1 AND 30), CONSTRAINT "ck_round_table_period" CHECK (ends_at > starts_at), CONSTRAINT "PK_round_table" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_round_table_event" ON "round_table" ("event_id", "starts_at") `);
    await queryRunner.query(
      `ALTER TABLE "round_table" ADD CONSTRAINT "fk_round_table_event" FOREIGN KEY ("event_id") REFERENCES "docking_event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "round_table" ADD CONSTRAINT "fk_round_table_host" FOREIGN KEY ("host_enterprise_id") REFERENCES "enterprise"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    // Firms' time: a meeting's party, or a round table's host or seat.
    await queryRunner.query(`ALTER TABLE "meeting_party" ALTER COLUMN "meeting_id" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "meeting_party" ADD "round_table_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "meeting_party" ADD CONSTRAINT "ck_meeting_party_owner" CHECK (num_nonnulls(meeting_id, round_table_id) = 1)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_meeting_party_round_table" ON "meeting_party" ("round_table_id", "enterprise_id") WHERE round_table_id IS NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_party" ADD CONSTRAINT "fk_meeting_party_round_table" FOREIGN KEY ("round_table_id") REFERENCES "round_table"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    // Tables' time: a meeting's or a round table's.
    await queryRunner.query(
      `CREATE TABLE "meeting_table_claim" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "table_label" character varying(40) NOT NULL, "starts_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "meeting_id" uuid, "round_table_id" uuid, CONSTRAINT "ck_meeting_table_claim_owner" CHECK (num_nonnulls(meeting_id, round_table_id) = 1), CONSTRAINT "ex_meeting_table_claim" EXCLUDE USING gist (event_id WITH =, table_label WITH =, tstzrange(starts_at, ends_at) WITH &&), CONSTRAINT "PK_meeting_table_claim" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_meeting_table_claim_meeting" ON "meeting_table_claim" ("meeting_id") WHERE meeting_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_meeting_table_claim_round_table" ON "meeting_table_claim" ("round_table_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_table_claim" ADD CONSTRAINT "fk_meeting_table_claim_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_table_claim" ADD CONSTRAINT "fk_meeting_table_claim_round_table" FOREIGN KEY ("round_table_id") REFERENCES "round_table"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `INSERT INTO "meeting_table_claim" (event_id, table_label, starts_at, ends_at, meeting_id)
       SELECT event_id, table_label, starts_at, ends_at, id FROM "meeting"`,
    );
    // Whatever writes a meeting (the scheduler, a hand booking, a move, a walk-in, a seed), its table is claimed with it.
    await queryRunner.query(
      `CREATE FUNCTION meeting_table_claim_sync() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF TG_OP = 'INSERT' THEN
           INSERT INTO meeting_table_claim (event_id, table_label, starts_at, ends_at, meeting_id)
           VALUES (NEW.event_id, NEW.table_label, NEW.starts_at, NEW.ends_at, NEW.id);
         ELSE
           UPDATE meeting_table_claim SET event_id = NEW.event_id, table_label = NEW.table_label,
                  starts_at = NEW.starts_at, ends_at = NEW.ends_at
            WHERE meeting_id = NEW.id;
         END IF;
         RETURN NULL;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "tr_meeting_table_claim" AFTER INSERT OR UPDATE OF event_id, table_label, starts_at, ends_at ON "meeting"
       FOR EACH ROW EXECUTE FUNCTION meeting_table_claim_sync()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "tr_meeting_table_claim" ON "meeting"`);
    await queryRunner.query(`DROP FUNCTION meeting_table_claim_sync()`);
    await queryRunner.query(`DROP TABLE "meeting_table_claim"`);
    await queryRunner.query(`DELETE FROM "meeting_party" WHERE round_table_id IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "meeting_party" DROP CONSTRAINT "fk_meeting_party_round_table"`);
    await queryRunner.query(`DROP INDEX "public"."uq_meeting_party_round_table"`);
    await queryRunner.query(`ALTER TABLE "meeting_party" DROP CONSTRAINT "ck_meeting_party_owner"`);
    await queryRunner.query(`ALTER TABLE "meeting_party" DROP COLUMN "round_table_id"`);
    await queryRunner.query(`ALTER TABLE "meeting_party" ALTER COLUMN "meeting_id" SET NOT NULL`);
    await queryRunner.query(`DROP TABLE "round_table"`);
  }
}
