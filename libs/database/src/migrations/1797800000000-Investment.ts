import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 产业招商: a government body's investment projects (招商项目), its pipeline of candidate firms from
 * leads and projects (招商进度, IDENTIFIED → LANDED with amounts and dates) with each stage change,
 * and the notification a firm gets when the body contacts it (INVESTMENT_CONTACTED).
 */
export class Investment1797800000000 implements MigrationInterface {
  name = 'Investment1797800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "investment_project" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "owner_enterprise_id" uuid NOT NULL, "title" character varying(100) NOT NULL, "description" text NOT NULL, "region_code" character(6) NOT NULL, "category_codes" text array NOT NULL, "stage" text NOT NULL, "planned_investment_cny" numeric(16,2), "contact_name" character varying(50), "contact_phone" character varying(30), "event_id" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_investment_project_stage" CHECK (stage IN ('UNDER_CONSTRUCTION', 'PLANNED', 'SEEKING_INVESTORS')), CONSTRAINT "ck_investment_project_amount" CHECK (planned_investment_cny IS NULL OR planned_investment_cny >= 0), CONSTRAINT "ck_investment_project_categories" CHECK (cardinality(category_codes) BETWEEN 1 AND 10), CONSTRAINT "PK_investment_project" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_investment_project_owner" ON "investment_project" ("owner_enterprise_id", "created_at", "id") `,
    );
    await queryRunner.query(`CREATE INDEX "idx_investment_project_region" ON "investment_project" ("region_code") `);
    await queryRunner.query(
      `ALTER TABLE "investment_project" ADD CONSTRAINT "fk_investment_project_owner" FOREIGN KEY ("owner_enterprise_id") REFERENCES "enterprise"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "investment_project" ADD CONSTRAINT "fk_investment_project_event" FOREIGN KEY ("event_id") REFERENCES "docking_event"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );

    await queryRunner.query(
      `CREATE TABLE "investment_pipeline_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "owner_enterprise_id" uuid NOT NULL, "candidate_enterprise_id" uuid NOT NULL, "project_id" uuid, "region_code" character(6) NOT NULL, "category_code" character varying(8) NOT NULL, "stage" text NOT NULL, "signed_amount_cny" numeric(16,2), "signed_on" date, "landed_amount_cny" numeric(16,2), "landed_on" date, "contacted_at" TIMESTAMP(3) WITH TIME ZONE, "event_id" uuid, "note" character varying(500), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_investment_pipeline_stage" CHECK (stage IN ('IDENTIFIED', 'CONTACTED', 'VISITED', 'NEGOTIATING', 'SIGNED', 'LANDED')), CONSTRAINT "ck_investment_pipeline_signed" CHECK (signed_amount_cny IS NULL OR signed_amount_cny >= 0), CONSTRAINT "ck_investment_pipeline_landed" CHECK (stage <> 'LANDED' OR landed_amount_cny IS NOT NULL), CONSTRAINT "ck_investment_pipeline_landed_amount" CHECK (landed_amount_cny IS NULL OR landed_amount_cny >= 0), CONSTRAINT "ck_investment_pipeline_parties" CHECK (owner_enterprise_id <> candidate_enterprise_id), CONSTRAINT "PK_investment_pipeline_entry" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_investment_pipeline_owner" ON "investment_pipeline_entry" ("owner_enterprise_id", "updated_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_investment_pipeline_candidate" ON "investment_pipeline_entry" ("candidate_enterprise_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_investment_pipeline_event" ON "investment_pipeline_entry" ("event_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_investment_pipeline_project" ON "investment_pipeline_entry" ("owner_enterprise_id", "candidate_enterprise_id", "project_id") WHERE "project_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_investment_pipeline_lead" ON "investment_pipeline_entry" ("owner_enterprise_id", "candidate_enterprise_id", "region_code", "category_code") WHERE "project_id" IS NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "investment_pipeline_entry" ADD CONSTRAINT "fk_investment_pipeline_owner" FOREIGN KEY ("owner_enterprise_id") REFERENCES "enterprise"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "investment_pipeline_entry" ADD CONSTRAINT "fk_investment_pipeline_candidate" FOREIGN KEY ("candidate_enterprise_id") REFERENCES "enterprise"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "investment_pipeline_entry" ADD CONSTRAINT "fk_investment_pipeline_project" FOREIGN KEY ("project_id") REFERENCES "investment_project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "investment_pipeline_entry" ADD CONSTRAINT "fk_investment_pipeline_event" FOREIGN KEY ("event_id") REFERENCES "docking_event"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );

    await queryRunner.query(
      `CREATE TABLE "investment_stage_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "entry_id" uuid NOT NULL, "from_stage" text, "to_stage" text NOT NULL, "reason" character varying(500), "changed_by_user_id" uuid, "at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_investment_stage_change" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_investment_stage_change_entry" ON "investment_stage_change" ("entry_id", "at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "investment_stage_change" ADD CONSTRAINT "fk_investment_stage_change_entry" FOREIGN KEY ("entry_id") REFERENCES "investment_pipeline_entry"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    await setKinds(queryRunner, (kinds) => [...kinds, 'INVESTMENT_CONTACTED']);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "notification" WHERE kind = 'INVESTMENT_CONTACTED'`);
    await setKinds(queryRunner, (kinds) => kinds.filter((k) => k !== 'INVESTMENT_CONTACTED'));
    await queryRunner.query(`DROP TABLE "investment_stage_change"`);
    await queryRunner.query(`DROP TABLE "investment_pipeline_entry"`);
    await queryRunner.query(`DROP TABLE "investment_project"`);
  }
}

/** Rewrites ck_notification_kind from the kinds it allows now (other parts add theirs the same way). */
async function setKinds(queryRunner: QueryRunner, change: (kinds: string[]) => string[]): Promise<void> {
  const rows = (await queryRunner.query(
    `SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conname = 'ck_notification_kind'`,
  )) as { def: string }[];
  const current: string[] = [...(rows[0]?.def ?? '').matchAll(/'([A-Z_]+)'/g)].map((m) => String(m[1]));
  const kinds = [...new Set(change(current))];
  await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT IF EXISTS "ck_notification_kind"`);
  await queryRunner.query(
    `ALTER TABLE "notification" ADD CONSTRAINT "ck_notification_kind" CHECK (kind IN (${kinds.map((k) => `'${k}'`).join(', ')}))`,
  );
}
