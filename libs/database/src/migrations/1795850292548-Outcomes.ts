import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Outcomes1795850292548 implements MigrationInterface {
  name = 'Outcomes1795850292548';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "meeting_rating" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "enterprise_id" uuid NOT NULL, "rating" text NOT NULL, "comment" character varying(1000), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_meeting_rating_value" CHECK (rating IN ('NO_SHOW', 'INSUFFICIENT_INTEREST', 'INFORMATIVE', 'COOPERATION_POSSIBLE')), CONSTRAINT "PK_23ec206c2cf32055db78ef88fdd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_meeting_rating" ON "meeting_rating" ("meeting_id", "enterprise_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "deal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid, "meeting_id" uuid, "supply_listing_id" uuid, "demand_listing_id" uuid, "supplier_enterprise_id" uuid NOT NULL, "buyer_enterprise_id" uuid NOT NULL, "stage" text NOT NULL, "amount_cny" numeric(16,2), "note" character varying(500), "recorded_by_user_id" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_deal_parties" CHECK (supplier_enterprise_id <> buyer_enterprise_id), CONSTRAINT "ck_deal_amount" CHECK (amount_cny IS NULL OR amount_cny >= 0), CONSTRAINT "ck_deal_stage" CHECK (stage IN ('INTENT', 'SIGNED', 'FULFILLED', 'CANCELLED')), CONSTRAINT "PK_9ce1c24acace60f6d7dc7a7189e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_deal_buyer" ON "deal" ("buyer_enterprise_id") `);
    await queryRunner.query(`CREATE INDEX "idx_deal_supplier" ON "deal" ("supplier_enterprise_id") `);
    await queryRunner.query(`CREATE INDEX "idx_deal_event" ON "deal" ("event_id") `);
    await queryRunner.query(
      `CREATE TABLE "listing_import" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "filename" character varying(255) NOT NULL, "status" text NOT NULL DEFAULT 'QUEUED', "rows" jsonb, "total" integer NOT NULL DEFAULT '0', "processed" integer NOT NULL DEFAULT '0', "report" jsonb NOT NULL DEFAULT '[]', "error" text, "created_by_user_id" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "ck_listing_import_status" CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')), CONSTRAINT "PK_9196a5b68bf458459ef22ce07dc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_listing_import_event" ON "listing_import" ("event_id", "created_at") `);
    await queryRunner.query(
      `ALTER TABLE "meeting_rating" ADD CONSTRAINT "fk_meeting_rating_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_rating" ADD CONSTRAINT "fk_meeting_rating_enterprise" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "deal" ADD CONSTRAINT "fk_deal_event" FOREIGN KEY ("event_id") REFERENCES "docking_event"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "deal" ADD CONSTRAINT "fk_deal_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "deal" ADD CONSTRAINT "fk_deal_supply_listing" FOREIGN KEY ("supply_listing_id") REFERENCES "listing"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "deal" ADD CONSTRAINT "fk_deal_demand_listing" FOREIGN KEY ("demand_listing_id") REFERENCES "listing"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "deal" ADD CONSTRAINT "fk_deal_supplier" FOREIGN KEY ("supplier_enterprise_id") REFERENCES "enterprise"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "deal" ADD CONSTRAINT "fk_deal_buyer" FOREIGN KEY ("buyer_enterprise_id") REFERENCES "enterprise"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "listing_import" ADD CONSTRAINT "fk_listing_import_event" FOREIGN KEY ("event_id") REFERENCES "docking_event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "listing_import" DROP CONSTRAINT "fk_listing_import_event"`);
    await queryRunner.query(`ALTER TABLE "deal" DROP CONSTRAINT "fk_deal_buyer"`);
    await queryRunner.query(`ALTER TABLE "deal" DROP CONSTRAINT "fk_deal_supplier"`);
    await queryRunner.query(`ALTER TABLE "deal" DROP CONSTRAINT "fk_deal_demand_listing"`);
    await queryRunner.query(`ALTER TABLE "deal" DROP CONSTRAINT "fk_deal_supply_listing"`);
    await queryRunner.query(`ALTER TABLE "deal" DROP CONSTRAINT "fk_deal_meeting"`);
    await queryRunner.query(`ALTER TABLE "deal" DROP CONSTRAINT "fk_deal_event"`);
    await queryRunner.query(`ALTER TABLE "meeting_rating" DROP CONSTRAINT "fk_meeting_rating_enterprise"`);
    await queryRunner.query(`ALTER TABLE "meeting_rating" DROP CONSTRAINT "fk_meeting_rating_meeting"`);
    await queryRunner.query(`DROP INDEX "public"."idx_listing_import_event"`);
    await queryRunner.query(`DROP TABLE "listing_import"`);
    await queryRunner.query(`DROP INDEX "public"."idx_deal_event"`);
    await queryRunner.query(`DROP INDEX "public"."idx_deal_supplier"`);
    await queryRunner.query(`DROP INDEX "public"."idx_deal_buyer"`);
    await queryRunner.query(`DROP TABLE "deal"`);
    await queryRunner.query(`DROP INDEX "public"."uq_meeting_rating"`);
    await queryRunner.query(`DROP TABLE "meeting_rating"`);
  }
}
