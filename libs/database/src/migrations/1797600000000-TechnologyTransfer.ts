import type { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS = [
  'TECHNOLOGY_MATCHED',
  'TECHNOLOGY_CONTRACT_PROPOSED',
  'TECHNOLOGY_CONTRACT_CONFIRMED',
  'TECHNOLOGY_CONTRACT_DECLINED',
];

/** The notification kinds the check allows today (other parts of issue 17 add theirs beside ours). */
async function notificationKinds(q: QueryRunner): Promise<string[]> {
  const rows = (await q.query(
    `SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conname = 'ck_notification_kind'`,
  )) as { def: string }[];
  return [...(rows[0]?.def ?? '').matchAll(/'([A-Z_]+)'/g)].map((m) => m[1]);
}

async function setNotificationKinds(q: QueryRunner, kinds: string[]): Promise<void> {
  await q.query(`ALTER TABLE "notification" DROP CONSTRAINT IF EXISTS "ck_notification_kind"`);
  await q.query(
    `ALTER TABLE "notification" ADD CONSTRAINT "ck_notification_kind" CHECK (kind IN (${kinds.map((k) => `'${k}'`).join(', ')}))`,
  );
}

/**
 * 产学研对接 (issue 17): research bodies' technology results, firms' technology needs, the matches
 * between them (one row per pair, notified once) and technology contracts, which count in an
 * event's report once the other side confirmed. The notification check gains the four kinds; it is
 * rewritten from what it allows now, so the other parts' kinds stay whatever order they run in.
 */
export class TechnologyTransfer1797600000000 implements MigrationInterface {
  name = 'TechnologyTransfer1797600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "technology_result" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "enterprise_id" uuid NOT NULL, "title" character varying(120) NOT NULL, "description" character varying(2000) NOT NULL, "category_codes" text array NOT NULL, "maturity" text NOT NULL, "ip_rights" jsonb NOT NULL DEFAULT '[]', "cooperation_modes" text array NOT NULL, "price_cny" numeric(16,2), "open" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_technology_result_maturity" CHECK (maturity IN ('LABORATORY', 'SMALL_PILOT', 'PILOT', 'INDUSTRIALISED')), CONSTRAINT "ck_technology_result_price" CHECK (price_cny IS NULL OR price_cny >= 0), CONSTRAINT "ck_technology_result_modes" CHECK (cardinality(cooperation_modes) >= 1), CONSTRAINT "PK_technology_result" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_technology_result_enterprise" ON "technology_result" ("enterprise_id")`);
    await queryRunner.query(
      `ALTER TABLE "technology_result" ADD CONSTRAINT "fk_technology_result_enterprise" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE CASCADE`,
    );

    await queryRunner.query(
      `CREATE TABLE "technology_need" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "enterprise_id" uuid NOT NULL, "title" character varying(120) NOT NULL, "problem" character varying(2000) NOT NULL, "category_code" text NOT NULL, "budget_cny" numeric(16,2), "deadline" date NOT NULL, "min_maturity" text NOT NULL, "event_id" uuid, "open" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_technology_need_maturity" CHECK (min_maturity IN ('LABORATORY', 'SMALL_PILOT', 'PILOT', 'INDUSTRIALISED')), CONSTRAINT "ck_technology_need_budget" CHECK (budget_cny IS NULL OR budget_cny >= 0), CONSTRAINT "PK_technology_need" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_technology_need_enterprise" ON "technology_need" ("enterprise_id")`);
    await queryRunner.query(`CREATE INDEX "idx_technology_need_event" ON "technology_need" ("event_id")`);
    await queryRunner.query(
      `ALTER TABLE "technology_need" ADD CONSTRAINT "fk_technology_need_enterprise" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "technology_need" ADD CONSTRAINT "fk_technology_need_event" FOREIGN KEY ("event_id") REFERENCES "docking_event"("id") ON DELETE SET NULL`,
    );

    await queryRunner.query(
      `CREATE TABLE "technology_match" ("need_id" uuid NOT NULL, "result_id" uuid NOT NULL, "score" real NOT NULL, "reasons" jsonb NOT NULL, "notified_at" TIMESTAMP(3) WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_technology_match" PRIMARY KEY ("need_id", "result_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_technology_match_result" ON "technology_match" ("result_id")`);
    await queryRunner.query(
      `ALTER TABLE "technology_match" ADD CONSTRAINT "fk_technology_match_need" FOREIGN KEY ("need_id") REFERENCES "technology_need"("id") ON DELETE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "technology_match" ADD CONSTRAINT "fk_technology_match_result" FOREIGN KEY ("result_id") REFERENCES "technology_result"("id") ON DELETE CASCADE`,
    );

    await queryRunner.query(
      `CREATE TABLE "technology_contract" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "result_id" uuid NOT NULL, "need_id" uuid NOT NULL, "research_enterprise_id" uuid NOT NULL, "firm_enterprise_id" uuid NOT NULL, "proposed_by_enterprise_id" uuid NOT NULL, "event_id" uuid, "amount_cny" numeric(16,2) NOT NULL, "mode" text NOT NULL, "signed_on" date NOT NULL, "status" text NOT NULL DEFAULT 'PROPOSED', "answered_at" TIMESTAMP(3) WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_technology_contract_status" CHECK (status IN ('PROPOSED', 'CONFIRMED', 'DECLINED')), CONSTRAINT "ck_technology_contract_mode" CHECK (mode IN ('TRANSFER', 'LICENSE', 'JOINT_DEVELOPMENT', 'TECHNICAL_SERVICE')), CONSTRAINT "ck_technology_contract_amount" CHECK (amount_cny >= 0), CONSTRAINT "ck_technology_contract_parties" CHECK (research_enterprise_id <> firm_enterprise_id), CONSTRAINT "PK_technology_contract" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_technology_contract_event" ON "technology_contract" ("event_id")`);
    await queryRunner.query(
      `CREATE INDEX "idx_technology_contract_research" ON "technology_contract" ("research_enterprise_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_technology_contract_firm" ON "technology_contract" ("firm_enterprise_id")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_technology_contract_proposed" ON "technology_contract" ("result_id", "need_id") WHERE status = 'PROPOSED'`,
    );
    for (const [name, column, table, onDelete] of [
      ['fk_technology_contract_result', 'result_id', 'technology_result', 'CASCADE'],
      ['fk_technology_contract_need', 'need_id', 'technology_need', 'CASCADE'],
      ['fk_technology_contract_research', 'research_enterprise_id', 'enterprise', 'CASCADE'],
      ['fk_technology_contract_firm', 'firm_enterprise_id', 'enterprise', 'CASCADE'],
      ['fk_technology_contract_event', 'event_id', 'docking_event', 'SET NULL'],
    ])
      await queryRunner.query(
        `ALTER TABLE "technology_contract" ADD CONSTRAINT "${name}" FOREIGN KEY ("${column}") REFERENCES "${table}"("id") ON DELETE ${onDelete}`,
      );

    const kinds = (await notificationKinds(queryRunner)).filter((k) => !KINDS.includes(k));
    const at = kinds.includes('WEBHOOK_DISABLED') ? kinds.indexOf('WEBHOOK_DISABLED') : kinds.length;
    await setNotificationKinds(queryRunner, [...kinds.slice(0, at), ...KINDS, ...kinds.slice(at)]);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "notification" WHERE kind IN (${KINDS.map((k) => `'${k}'`).join(', ')})`);
    await setNotificationKinds(
      queryRunner,
      (await notificationKinds(queryRunner)).filter((k) => !KINDS.includes(k)),
    );
    await queryRunner.query(`DROP TABLE "technology_contract"`);
    await queryRunner.query(`DROP TABLE "technology_match"`);
    await queryRunner.query(`DROP TABLE "technology_need"`);
    await queryRunner.query(`DROP TABLE "technology_result"`);
  }
}
