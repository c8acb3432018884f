import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An event's report reads each firm's sector and region as they were at the event, not as the firm
 * edits them later. An outside tester moved an ended 2020 event's per-sector contracts and its local
 * supply share by editing its own firm's sector and region in 2026. A registration, a deal and a
 * technology contract now hold the sector and region of their firms: written with the row, and followed when the firm
 * edits them only while the event has not ended (a deal or contract of no event follows always). Triggers, so
 * that no write path can forget them.
 */
export class FirmAsAtEvent1799600000000 implements MigrationInterface {
  name = 'FirmAsAtEvent1799600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "event_registration" ADD "sector" text, ADD "region_code" character(6)`);
    await queryRunner.query(
      `ALTER TABLE "deal" ADD "supplier_sector" text, ADD "supplier_region_code" character(6),
                          ADD "buyer_sector" text, ADD "buyer_region_code" character(6)`,
    );
    await queryRunner.query(
      `ALTER TABLE "technology_contract" ADD "firm_sector" text, ADD "firm_region_code" character(6)`,
    );
    await queryRunner.query(
      `UPDATE "event_registration" r SET sector = e.sector, region_code = e.region_code FROM "enterprise" e
        WHERE e.id = r.enterprise_id`,
    );
    await queryRunner.query(
      `UPDATE "technology_contract" c SET firm_sector = e.sector, firm_region_code = e.region_code FROM "enterprise" e
        WHERE e.id = c.firm_enterprise_id`,
    );
    await queryRunner.query(
      `UPDATE "deal" d SET supplier_sector = s.sector, supplier_region_code = s.region_code,
                           buyer_sector = b.sector, buyer_region_code = b.region_code
         FROM "enterprise" s, "enterprise" b WHERE s.id = d.supplier_enterprise_id AND b.id = d.buyer_enterprise_id`,
    );
    await queryRunner.query(
      `CREATE FUNCTION "registration_firm_as_at"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         SELECT e.sector, e.region_code INTO NEW.sector, NEW.region_code FROM enterprise e WHERE e.id = NEW.enterprise_id;
         RETURN NEW;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "trg_registration_firm_as_at" BEFORE INSERT ON "event_registration"
         FOR EACH ROW EXECUTE FUNCTION "registration_firm_as_at"()`,
    );
    await queryRunner.query(
      `CREATE FUNCTION "deal_firms_as_at"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         SELECT e.sector, e.region_code INTO NEW.supplier_sector, NEW.supplier_region_code FROM enterprise e WHERE e.id = NEW.supplier_enterprise_id;
         SELECT e.sector, e.region_code INTO NEW.buyer_sector, NEW.buyer_region_code FROM enterprise e WHERE e.id = NEW.buyer_enterprise_id;
         RETURN NEW;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "trg_deal_firms_as_at" BEFORE INSERT ON "deal" FOR EACH ROW EXECUTE FUNCTION "deal_firms_as_at"()`,
    );
    await queryRunner.query(
      `CREATE FUNCTION "contract_firm_as_at"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         SELECT e.sector, e.region_code INTO NEW.firm_sector, NEW.firm_region_code FROM enterprise e WHERE e.id = NEW.firm_enterprise_id;
         RETURN NEW;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "trg_contract_firm_as_at" BEFORE INSERT ON "technology_contract"
         FOR EACH ROW EXECUTE FUNCTION "contract_firm_as_at"()`,
    );
    await queryRunner.query(
      `CREATE FUNCTION "firm_moved"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         UPDATE event_registration r SET sector = NEW.sector, region_code = NEW.region_code
           FROM docking_event v WHERE r.enterprise_id = NEW.id AND v.id = r.event_id AND v.ends_at > now();
         UPDATE deal d SET supplier_sector = NEW.sector, supplier_region_code = NEW.region_code
          WHERE d.supplier_enterprise_id = NEW.id
            AND NOT EXISTS (SELECT 1 FROM docking_event v WHERE v.id = d.event_id AND v.ends_at <= now());
         UPDATE deal d SET buyer_sector = NEW.sector, buyer_region_code = NEW.region_code
          WHERE d.buyer_enterprise_id = NEW.id
            AND NOT EXISTS (SELECT 1 FROM docking_event v WHERE v.id = d.event_id AND v.ends_at <= now());
         UPDATE technology_contract c SET firm_sector = NEW.sector, firm_region_code = NEW.region_code
          WHERE c.firm_enterprise_id = NEW.id
            AND NOT EXISTS (SELECT 1 FROM docking_event v WHERE v.id = c.event_id AND v.ends_at <= now());
         RETURN NULL;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "trg_firm_moved" AFTER UPDATE OF sector, region_code ON "enterprise" FOR EACH ROW
         WHEN (OLD.sector IS DISTINCT FROM NEW.sector OR OLD.region_code IS DISTINCT FROM NEW.region_code)
         EXECUTE FUNCTION "firm_moved"()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "trg_firm_moved" ON "enterprise"`);
    await queryRunner.query(`DROP FUNCTION "firm_moved"()`);
    await queryRunner.query(`DROP TRIGGER "trg_contract_firm_as_at" ON "technology_contract"`);
    await queryRunner.query(`DROP FUNCTION "contract_firm_as_at"()`);
    await queryRunner.query(`DROP TRIGGER "trg_deal_firms_as_at" ON "deal"`);
    await queryRunner.query(`DROP FUNCTION "deal_firms_as_at"()`);
    await queryRunner.query(`DROP TRIGGER "trg_registration_firm_as_at" ON "event_registration"`);
    await queryRunner.query(`DROP FUNCTION "registration_firm_as_at"()`);
    await queryRunner.query(
      `ALTER TABLE "deal" DROP COLUMN "supplier_sector", DROP COLUMN "supplier_region_code",
                          DROP COLUMN "buyer_sector", DROP COLUMN "buyer_region_code"`,
    );
    await queryRunner.query(`ALTER TABLE "event_registration" DROP COLUMN "sector", DROP COLUMN "region_code"`);
    await queryRunner.query(
      `ALTER TABLE "technology_contract" DROP COLUMN "firm_sector", DROP COLUMN "firm_region_code"`,
    );
  }
}
