import type { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS_BEFORE = `'MATCH_SUGGESTED', 'MEETING_REQUESTED', 'MEETING_ACCEPTED', 'MEETING_DECLINED', 'MEETING_SCHEDULED', 'MEETING_MOVED', 'MEETING_CANCELLED', 'EVENT_REGISTRATION_APPROVED', 'EVENT_REGISTRATION_REJECTED', 'DEAL_CONFIRMATION_REQUESTED', 'DEAL_CONFIRMED', 'DEAL_DECLINED', 'WEBHOOK_DISABLED'`;
const KINDS_AFTER = `'MATCH_SUGGESTED', 'MEETING_REQUESTED', 'MEETING_ACCEPTED', 'MEETING_DECLINED', 'MEETING_SCHEDULED', 'MEETING_MOVED', 'MEETING_CANCELLED', 'EVENT_REGISTRATION_APPROVED', 'EVENT_REGISTRATION_REJECTED', 'DEAL_CONFIRMATION_REQUESTED', 'DEAL_CONFIRMED', 'DEAL_DECLINED', 'LISTING_PROPOSED', 'ENTERPRISE_CLAIM_APPROVED', 'WEBHOOK_DISABLED'`;

/**
 * Firms that organisers bring in are claimable, never hijackable (issue 12): an imported firm
 * without members is unclaimed (its importer recorded), a listing an import created carries its
 * importer, a row naming a firm with members becomes a listing proposal the firm answers, a user
 * asks to claim an unclaimed firm, and every firm has a verification status (未认证 → 已认证).
 * Firms that exist today are claimed when they have an owner or a member; the others were imported,
 * and their importer (and that of their imported listings) is read back from the import reports.
 */
export class ClaimableFirms1796200000000 implements MigrationInterface {
  name = 'ClaimableFirms1796200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "enterprise" ADD "claimed" boolean NOT NULL DEFAULT true`);
    await queryRunner.query(`ALTER TABLE "enterprise" ADD "imported_by_user_id" uuid`);
    await queryRunner.query(`ALTER TABLE "enterprise" ADD "verification_status" text NOT NULL DEFAULT 'UNVERIFIED'`);
    await queryRunner.query(`ALTER TABLE "enterprise" ADD "verified_at" TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "enterprise" ADD "verified_by_user_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "enterprise" ADD "name_key" text GENERATED ALWAYS AS (lower(regexp_replace(normalize("name", NFKC), '[[:space:]·・.,，。()（）]', '', 'g'))) STORED`,
    );
    await queryRunner.query(
      `ALTER TABLE "enterprise" ADD CONSTRAINT "ck_enterprise_verification_status" CHECK (verification_status IN ('UNVERIFIED', 'VERIFIED'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "enterprise" ADD CONSTRAINT "fk_enterprise_imported_by" FOREIGN KEY ("imported_by_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "enterprise" ADD CONSTRAINT "fk_enterprise_verified_by" FOREIGN KEY ("verified_by_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL`,
    );
    await queryRunner.query(`CREATE INDEX "idx_enterprise_name_key" ON "enterprise" ("name_key")`);
    await queryRunner.query(`ALTER TABLE "listing" ADD "imported_by_user_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "listing" ADD CONSTRAINT "fk_listing_imported_by" FOREIGN KEY ("imported_by_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL`,
    );
    await queryRunner.query(
      `UPDATE enterprise e SET claimed = false
        WHERE e.owner_user_id IS NULL AND NOT EXISTS (SELECT 1 FROM app_user u WHERE u.enterprise_id = e.id)`,
    );
    await queryRunner.query(
      `UPDATE listing l SET imported_by_user_id = x.by
         FROM (SELECT DISTINCT ON ((r->>'listingId')::uuid) (r->>'listingId')::uuid AS id, i.created_by_user_id AS by
                 FROM listing_import i, jsonb_array_elements(i.report) r
                WHERE r->>'outcome' = 'CREATED' AND i.created_by_user_id IS NOT NULL
                ORDER BY (r->>'listingId')::uuid, i.created_at) x, enterprise e
        WHERE l.id = x.id AND e.id = l.enterprise_id AND NOT e.claimed`,
    );
    await queryRunner.query(
      `UPDATE enterprise e SET imported_by_user_id = (
          SELECT l.imported_by_user_id FROM listing l WHERE l.enterprise_id = e.id AND l.imported_by_user_id IS NOT NULL
           ORDER BY l.created_at LIMIT 1)
        WHERE NOT e.claimed`,
    );

    await queryRunner.query(
      `CREATE TABLE "listing_proposal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "enterprise_id" uuid NOT NULL, "proposed_by_user_id" uuid, "import_id" uuid, "kind" text NOT NULL, "title" character varying(120) NOT NULL, "draft" jsonb NOT NULL, "status" text NOT NULL DEFAULT 'PENDING', "listing_id" uuid, "responded_at" TIMESTAMP(3) WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_listing_proposal_status" CHECK (status IN ('PENDING', 'ACCEPTED', 'REJECTED')), CONSTRAINT "ck_listing_proposal_kind" CHECK (kind IN ('SUPPLY', 'DEMAND')), CONSTRAINT "PK_listing_proposal" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_listing_proposal" ON "listing_proposal" ("event_id", "enterprise_id", "kind", "title")`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_listing_proposal_inbox" ON "listing_proposal" ("enterprise_id", "created_at", "id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "listing_proposal" ADD CONSTRAINT "fk_listing_proposal_event" FOREIGN KEY ("event_id") REFERENCES "docking_event"("id") ON DELETE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "listing_proposal" ADD CONSTRAINT "fk_listing_proposal_enterprise" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "listing_proposal" ADD CONSTRAINT "fk_listing_proposal_user" FOREIGN KEY ("proposed_by_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "listing_proposal" ADD CONSTRAINT "fk_listing_proposal_import" FOREIGN KEY ("import_id") REFERENCES "listing_import"("id") ON DELETE SET NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "listing_proposal" ADD CONSTRAINT "fk_listing_proposal_listing" FOREIGN KEY ("listing_id") REFERENCES "listing"("id") ON DELETE SET NULL`,
    );

    await queryRunner.query(
      `CREATE TABLE "enterprise_claim" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "enterprise_id" uuid NOT NULL, "claimant_user_id" uuid NOT NULL, "name" character varying(100) NOT NULL, "contact_name" character varying(50), "contact_phone" character varying(30), "status" text NOT NULL DEFAULT 'PENDING', "reviewed_by_user_id" uuid, "reviewed_at" TIMESTAMP(3) WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_enterprise_claim_status" CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')), CONSTRAINT "PK_enterprise_claim" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_enterprise_claim_pending" ON "enterprise_claim" ("enterprise_id", "claimant_user_id") WHERE status = 'PENDING'`,
    );
    await queryRunner.query(`CREATE INDEX "idx_enterprise_claim_claimant" ON "enterprise_claim" ("claimant_user_id")`);
    await queryRunner.query(
      `CREATE INDEX "idx_enterprise_claim_queue" ON "enterprise_claim" ("status", "created_at", "id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "enterprise_claim" ADD CONSTRAINT "fk_enterprise_claim_enterprise" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "enterprise_claim" ADD CONSTRAINT "fk_enterprise_claim_claimant" FOREIGN KEY ("claimant_user_id") REFERENCES "app_user"("id") ON DELETE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "enterprise_claim" ADD CONSTRAINT "fk_enterprise_claim_reviewer" FOREIGN KEY ("reviewed_by_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL`,
    );

    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "ck_notification_kind"`);
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "ck_notification_kind" CHECK (kind IN (${KINDS_AFTER}))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DELETE FROM "notification" WHERE kind IN ('LISTING_PROPOSED', 'ENTERPRISE_CLAIM_APPROVED')`,
    );
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "ck_notification_kind"`);
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "ck_notification_kind" CHECK (kind IN (${KINDS_BEFORE}))`,
    );
    await queryRunner.query(`DROP TABLE "enterprise_claim"`);
    await queryRunner.query(`DROP TABLE "listing_proposal"`);
    await queryRunner.query(`ALTER TABLE "listing" DROP CONSTRAINT "fk_listing_imported_by"`);
    await queryRunner.query(`ALTER TABLE "listing" DROP COLUMN "imported_by_user_id"`);
    await queryRunner.query(`DROP INDEX "idx_enterprise_name_key"`);
    await queryRunner.query(`ALTER TABLE "enterprise" DROP CONSTRAINT "fk_enterprise_verified_by"`);
    await queryRunner.query(`ALTER TABLE "enterprise" DROP CONSTRAINT "fk_enterprise_imported_by"`);
    await queryRunner.query(`ALTER TABLE "enterprise" DROP CONSTRAINT "ck_enterprise_verification_status"`);
    await queryRunner.query(`ALTER TABLE "enterprise" DROP COLUMN "name_key"`);
    await queryRunner.query(`ALTER TABLE "enterprise" DROP COLUMN "verified_by_user_id"`);
    await queryRunner.query(`ALTER TABLE "enterprise" DROP COLUMN "verified_at"`);
    await queryRunner.query(`ALTER TABLE "enterprise" DROP COLUMN "verification_status"`);
    await queryRunner.query(`ALTER TABLE "enterprise" DROP COLUMN "imported_by_user_id"`);
    await queryRunner.query(`ALTER TABLE "enterprise" DROP COLUMN "claimed"`);
  }
}
