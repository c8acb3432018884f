import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 惠企政策: a government body's policies with typed eligibility rules, the firms found eligible
 * (each told once), firms' applications (申报), and the two notification kinds. The notification kinds' check is extended from its current
 * definition, so kinds other branches add in their own migrations are kept whatever the order.
 */
export class Policies1797700000000 implements MigrationInterface {
  name = 'Policies1797700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "policy" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "issuer_enterprise_id" uuid NOT NULL,
        "title" character varying(100) NOT NULL,
        "benefit" character varying(2000) NOT NULL,
        "benefit_amount_cny" numeric(16,2),
        "deadline" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
        "region_codes" text array NOT NULL,
        "rules" jsonb NOT NULL,
        "event_id" uuid,
        "eligible_count" integer NOT NULL DEFAULT 0,
        "evaluated_at" TIMESTAMP(3) WITH TIME ZONE,
        "created_by_user_id" uuid,
        "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "ck_policy_benefit_amount" CHECK (benefit_amount_cny IS NULL OR benefit_amount_cny >= 0),
        CONSTRAINT "ck_policy_region_codes" CHECK (cardinality(region_codes) >= 1),
        CONSTRAINT "PK_policy" PRIMARY KEY ("id"),
        CONSTRAINT "fk_policy_issuer" FOREIGN KEY ("issuer_enterprise_id") REFERENCES "enterprise"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_policy_event" FOREIGN KEY ("event_id") REFERENCES "docking_event"("id") ON DELETE SET NULL
      )`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_policy_issuer" ON "policy" ("issuer_enterprise_id", "created_at", "id")`,
    );
    await queryRunner.query(`CREATE INDEX "idx_policy_open" ON "policy" ("deadline", "id")`);
    await queryRunner.query(
      `CREATE TABLE "policy_eligible_firm" (
        "policy_id" uuid NOT NULL,
        "enterprise_id" uuid NOT NULL,
        "eligible" boolean NOT NULL DEFAULT true,
        "first_eligible_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
        "notified_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_policy_eligible_firm" PRIMARY KEY ("policy_id", "enterprise_id"),
        CONSTRAINT "fk_policy_eligible_firm_policy" FOREIGN KEY ("policy_id") REFERENCES "policy"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_policy_eligible_firm_enterprise" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE CASCADE
      )`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_policy_eligible_firm_enterprise" ON "policy_eligible_firm" ("enterprise_id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "policy_application" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "policy_id" uuid NOT NULL,
        "enterprise_id" uuid NOT NULL,
        "event_id" uuid,
        "status" text NOT NULL DEFAULT 'SUBMITTED',
        "note" character varying(500),
        "review_note" character varying(500),
        "reviewed_at" TIMESTAMP(3) WITH TIME ZONE,
        "applied_by_user_id" uuid,
        "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "ck_policy_application_status" CHECK (status IN ('SUBMITTED', 'ACCEPTED', 'GRANTED', 'REJECTED')),
        CONSTRAINT "uq_policy_application_firm" UNIQUE ("policy_id", "enterprise_id"),
        CONSTRAINT "PK_policy_application" PRIMARY KEY ("id"),
        CONSTRAINT "fk_policy_application_policy" FOREIGN KEY ("policy_id") REFERENCES "policy"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_policy_application_enterprise" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_policy_application_event" FOREIGN KEY ("event_id") REFERENCES "docking_event"("id") ON DELETE SET NULL
      )`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_policy_application_policy" ON "policy_application" ("policy_id", "created_at", "id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_policy_application_enterprise" ON "policy_application" ("enterprise_id")`,
    );
    await queryRunner.query(`CREATE INDEX "idx_policy_application_event" ON "policy_application" ("event_id")`);
    await setKinds(queryRunner, (kinds) => [...kinds, 'POLICY_ELIGIBLE', 'POLICY_APPLICATION_REVIEWED']);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DELETE FROM "notification" WHERE kind IN ('POLICY_ELIGIBLE', 'POLICY_APPLICATION_REVIEWED')`,
    );
    await setKinds(queryRunner, (kinds) => kinds.filter((k) => !k.startsWith('POLICY_')));
    await queryRunner.query(`DROP TABLE "policy_application"`);
    await queryRunner.query(`DROP TABLE "policy_eligible_firm"`);
    await queryRunner.query(`DROP TABLE "policy"`);
  }
}

/** Rewrites ck_notification_kind from the kinds it allows now. */
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
