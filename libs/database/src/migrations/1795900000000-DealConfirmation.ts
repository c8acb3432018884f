import type { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS_BEFORE = `'MATCH_SUGGESTED', 'MEETING_REQUESTED', 'MEETING_ACCEPTED', 'MEETING_DECLINED', 'MEETING_SCHEDULED', 'MEETING_MOVED', 'MEETING_CANCELLED', 'EVENT_REGISTRATION_APPROVED', 'EVENT_REGISTRATION_REJECTED', 'WEBHOOK_DISABLED'`;
const KINDS_AFTER = `'MATCH_SUGGESTED', 'MEETING_REQUESTED', 'MEETING_ACCEPTED', 'MEETING_DECLINED', 'MEETING_SCHEDULED', 'MEETING_MOVED', 'MEETING_CANCELLED', 'EVENT_REGISTRATION_APPROVED', 'EVENT_REGISTRATION_REJECTED', 'DEAL_CONFIRMATION_REQUESTED', 'DEAL_CONFIRMED', 'DEAL_DECLINED', 'WEBHOOK_DISABLED'`;

/**
 * Deals need both sides: each side's confirmation and the stage and amount both agreed to (what
 * reports count). A deal recorded before this counts as confirmed by the side that recorded it
 * (its recorder's firm) and agreed by nobody, so it leaves the reports until the counterpart confirms.
 */
export class DealConfirmation1795900000000 implements MigrationInterface {
  name = 'DealConfirmation1795900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "deal" ADD "supplier_confirmed_at" TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "deal" ADD "buyer_confirmed_at" TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "deal" ADD "agreed_stage" text`);
    await queryRunner.query(`ALTER TABLE "deal" ADD "agreed_amount_cny" numeric(16,2)`);
    await queryRunner.query(
      `ALTER TABLE "deal" ADD CONSTRAINT "ck_deal_agreed_stage" CHECK (agreed_stage IS NULL OR agreed_stage IN ('INTENT', 'SIGNED', 'FULFILLED', 'CANCELLED'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "deal" ADD CONSTRAINT "ck_deal_agreed_amount" CHECK (agreed_amount_cny IS NULL OR agreed_amount_cny >= 0)`,
    );
    await queryRunner.query(
      `UPDATE deal d SET supplier_confirmed_at = CASE WHEN u.enterprise_id = d.supplier_enterprise_id THEN d.updated_at END,
                         buyer_confirmed_at = CASE WHEN u.enterprise_id = d.buyer_enterprise_id THEN d.updated_at END
         FROM app_user u WHERE u.id = d.recorded_by_user_id`,
    );
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "ck_notification_kind"`);
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "ck_notification_kind" CHECK (kind IN (${KINDS_AFTER}))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DELETE FROM "notification" WHERE kind IN ('DEAL_CONFIRMATION_REQUESTED', 'DEAL_CONFIRMED', 'DEAL_DECLINED')`,
    );
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "ck_notification_kind"`);
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "ck_notification_kind" CHECK (kind IN (${KINDS_BEFORE}))`,
    );
    await queryRunner.query(`ALTER TABLE "deal" DROP CONSTRAINT "ck_deal_agreed_amount"`);
    await queryRunner.query(`ALTER TABLE "deal" DROP CONSTRAINT "ck_deal_agreed_stage"`);
    await queryRunner.query(`ALTER TABLE "deal" DROP COLUMN "agreed_amount_cny"`);
    await queryRunner.query(`ALTER TABLE "deal" DROP COLUMN "agreed_stage"`);
    await queryRunner.query(`ALTER TABLE "deal" DROP COLUMN "buyer_confirmed_at"`);
    await queryRunner.query(`ALTER TABLE "deal" DROP COLUMN "supplier_confirmed_at"`);
  }
}
