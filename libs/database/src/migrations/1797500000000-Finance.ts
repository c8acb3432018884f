import type { MigrationInterface, QueryRunner } from 'typeorm';

const NEW_KINDS = ['FINANCING_NEED_MATCHED', 'FINANCING_PRODUCT_MATCHED'];

/**
 * 政银企对接: banks' financing products, firms' financing needs, the matches between them (with
 * the bank's loan record) and a firm's consent to show signed deals to one bank (订单融资).
 * The notification kinds are added to whatever the constraint allows now, so parallel additions keep theirs.
 */
export class Finance1797500000000 implements MigrationInterface {
  name = 'Finance1797500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "financing_product" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "lender_enterprise_id" uuid NOT NULL, "name" character varying(100) NOT NULL, "min_amount_cny" numeric(16,2) NOT NULL, "max_amount_cny" numeric(16,2) NOT NULL, "min_annual_rate" numeric(5,2) NOT NULL, "max_annual_rate" numeric(5,2) NOT NULL, "min_term_months" integer NOT NULL, "max_term_months" integer NOT NULL, "guarantee_types" text array NOT NULL, "sectors" text array NOT NULL DEFAULT '{}', "region_codes" text array NOT NULL DEFAULT '{}', "scales" text array NOT NULL DEFAULT '{}', "description" text, "status" text NOT NULL DEFAULT 'OPEN', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_financing_product_status" CHECK (status IN ('OPEN', 'CLOSED')), CONSTRAINT "ck_financing_product_amounts" CHECK (min_amount_cny > 0 AND min_amount_cny <= max_amount_cny), CONSTRAINT "ck_financing_product_terms" CHECK (min_term_months >= 1 AND min_term_months <= max_term_months), CONSTRAINT "ck_financing_product_rates" CHECK (min_annual_rate >= 0 AND min_annual_rate <= max_annual_rate AND max_annual_rate <= 36), CONSTRAINT "pk_financing_product" PRIMARY KEY ("id"), CONSTRAINT "fk_financing_product_lender" FOREIGN KEY ("lender_enterprise_id") REFERENCES "enterprise"("id") ON DELETE CASCADE)`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_financing_product_lender" ON "financing_product" ("lender_enterprise_id", "created_at", "id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_financing_product_open" ON "financing_product" ("status", "created_at", "id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "financing_need" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "enterprise_id" uuid NOT NULL, "event_id" uuid, "amount_cny" numeric(16,2) NOT NULL, "purpose" character varying(500) NOT NULL, "term_months" integer NOT NULL, "guarantee_types" text array NOT NULL, "scale" text NOT NULL, "sector" text NOT NULL, "region_code" character(6) NOT NULL, "confidential" boolean NOT NULL DEFAULT true, "status" text NOT NULL DEFAULT 'OPEN', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_financing_need_status" CHECK (status IN ('OPEN', 'CLOSED')), CONSTRAINT "ck_financing_need_amount" CHECK (amount_cny > 0), CONSTRAINT "ck_financing_need_term" CHECK (term_months >= 1), CONSTRAINT "pk_financing_need" PRIMARY KEY ("id"), CONSTRAINT "fk_financing_need_enterprise" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE CASCADE, CONSTRAINT "fk_financing_need_event" FOREIGN KEY ("event_id") REFERENCES "docking_event"("id") ON DELETE SET NULL)`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_financing_need_firm" ON "financing_need" ("enterprise_id", "created_at", "id")`,
    );
    await queryRunner.query(`CREATE INDEX "idx_financing_need_event" ON "financing_need" ("event_id")`);
    await queryRunner.query(
      `CREATE TABLE "financing_match" ("need_id" uuid NOT NULL, "product_id" uuid NOT NULL, "lender_enterprise_id" uuid NOT NULL, "eligible" boolean NOT NULL, "score" numeric(5,4) NOT NULL, "conditions" jsonb NOT NULL, "loan_stage" text, "loan_amount_cny" numeric(16,2), "loan_updated_at" TIMESTAMP(3) WITH TIME ZONE, "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_financing_match_loan_stage" CHECK (loan_stage IS NULL OR loan_stage IN ('ACCEPTED', 'APPROVED', 'DISBURSED', 'REJECTED')), CONSTRAINT "ck_financing_match_loan_amount" CHECK (loan_amount_cny IS NULL OR loan_amount_cny > 0), CONSTRAINT "pk_financing_match" PRIMARY KEY ("need_id", "product_id"), CONSTRAINT "fk_financing_match_need" FOREIGN KEY ("need_id") REFERENCES "financing_need"("id") ON DELETE CASCADE, CONSTRAINT "fk_financing_match_product" FOREIGN KEY ("product_id") REFERENCES "financing_product"("id") ON DELETE CASCADE)`,
    );
    await queryRunner.query(`CREATE INDEX "idx_financing_match_product" ON "financing_match" ("product_id", "score")`);
    await queryRunner.query(`CREATE INDEX "idx_financing_match_lender" ON "financing_match" ("lender_enterprise_id")`);
    await queryRunner.query(
      `CREATE TABLE "financing_deal_share" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "need_id" uuid NOT NULL, "lender_enterprise_id" uuid NOT NULL, "product_id" uuid, "deal_ids" uuid array NOT NULL, "granted_by_user_id" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "withdrawn_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "pk_financing_deal_share" PRIMARY KEY ("id"), CONSTRAINT "fk_financing_deal_share_need" FOREIGN KEY ("need_id") REFERENCES "financing_need"("id") ON DELETE CASCADE, CONSTRAINT "fk_financing_deal_share_lender" FOREIGN KEY ("lender_enterprise_id") REFERENCES "enterprise"("id") ON DELETE CASCADE, CONSTRAINT "fk_financing_deal_share_product" FOREIGN KEY ("product_id") REFERENCES "financing_product"("id") ON DELETE SET NULL)`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_financing_deal_share_need" ON "financing_deal_share" ("need_id", "lender_enterprise_id")`,
    );
    // One standing consent per need and bank; sharing again replaces its deals.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_financing_deal_share_active" ON "financing_deal_share" ("need_id", "lender_enterprise_id") WHERE withdrawn_at IS NULL`,
    );
    await this.setKinds(queryRunner, (kinds) => [...new Set([...kinds, ...NEW_KINDS])]);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "notification" WHERE kind = ANY($1)`, [NEW_KINDS]);
    await this.setKinds(queryRunner, (kinds) => kinds.filter((k) => !NEW_KINDS.includes(k)));
    await queryRunner.query(`DROP TABLE "financing_deal_share"`);
    await queryRunner.query(`DROP TABLE "financing_match"`);
    await queryRunner.query(`DROP TABLE "financing_need"`);
    await queryRunner.query(`DROP TABLE "financing_product"`);
  }

  /** Rewrites ck_notification_kind from the kinds it allows now. */
  private async setKinds(queryRunner: QueryRunner, change: (kinds: string[]) => string[]): Promise<void> {
    const rows = (await queryRunner.query(
      `SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conname = 'ck_notification_kind'`,
    )) as { def: string }[];
    const kinds = [...(rows[0]?.def ?? '').matchAll(/'([A-Z_]+)'/g)].map((m) => m[1]);
    const list = change(kinds)
      .map((k) => `'${k}'`)
      .join(', ');
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "ck_notification_kind"`);
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "ck_notification_kind" CHECK (kind IN (${list}))`,
    );
  }
}
