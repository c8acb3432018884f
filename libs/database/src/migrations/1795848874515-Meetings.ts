import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Meetings1795848874515 implements MigrationInterface {
  name = 'Meetings1795848874515';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Exclusion constraints on (uuid =, tstzrange &&) need btree_gist's equality operator class.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await queryRunner.query(
      `CREATE TABLE "meeting" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "request_id" uuid, "party_a" uuid NOT NULL, "party_b" uuid NOT NULL, "starts_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "table_label" character varying(40) NOT NULL, "published" boolean NOT NULL DEFAULT false, "schedule_run_id" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_meeting_parties" CHECK (party_a <> party_b), CONSTRAINT "ck_meeting_period" CHECK (ends_at > starts_at), CONSTRAINT "ex_meeting_table" EXCLUDE USING gist (event_id WITH =, table_label WITH =, tstzrange(starts_at, ends_at) WITH &&), CONSTRAINT "PK_dccaf9e4c0e39067d82ccc7bb83" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_meeting_event" ON "meeting" ("event_id", "starts_at") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_meeting_request" ON "meeting" ("request_id") WHERE request_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "meeting_party" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "enterprise_id" uuid NOT NULL, "starts_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "ex_meeting_party_busy" EXCLUDE USING gist (enterprise_id WITH =, tstzrange(starts_at, ends_at) WITH &&), CONSTRAINT "PK_50c8e0051d169e1a204055096ae" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_meeting_party_meeting" ON "meeting_party" ("meeting_id") `);
    await queryRunner.query(
      `CREATE TABLE "schedule_run" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'QUEUED', "placed" integer, "unplaced" integer, "objective" double precision, "upper_bound" double precision, "solve_millis" integer, "unplaced_requests" jsonb NOT NULL DEFAULT '[]', "error" text, "requested_by_user_id" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "ck_schedule_run_status" CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')), CONSTRAINT "PK_bc6d25bc1a55e78bc06d3a4e2c6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_schedule_run_event" ON "schedule_run" ("event_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "meeting_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "requester_enterprise_id" uuid NOT NULL, "invitee_enterprise_id" uuid NOT NULL, "enterprise_low" uuid NOT NULL, "enterprise_high" uuid NOT NULL, "match_suggestion_id" uuid, "match_score" real, "mutual" boolean NOT NULL DEFAULT false, "message" character varying(500), "table_tags" text array NOT NULL DEFAULT '{}', "status" text NOT NULL DEFAULT 'PENDING', "responded_at" TIMESTAMP(3) WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_meeting_request_pair" CHECK (enterprise_low < enterprise_high AND requester_enterprise_id <> invitee_enterprise_id), CONSTRAINT "ck_meeting_request_status" CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED', 'CANCELLED')), CONSTRAINT "PK_3f62245c08dea30d2df7d15bcd4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_meeting_request_invitee" ON "meeting_request" ("event_id", "invitee_enterprise_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_meeting_request_requester" ON "meeting_request" ("event_id", "requester_enterprise_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_meeting_request_pair" ON "meeting_request" ("event_id", "enterprise_low", "enterprise_high") WHERE status <> 'CANCELLED'`,
    );
    await queryRunner.query(
      `CREATE TABLE "event_registration" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "enterprise_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'PENDING', "listing_ids" uuid array NOT NULL DEFAULT '{}', "unavailable_slots" TIMESTAMP WITH TIME ZONE array NOT NULL DEFAULT '{}', "reviewed_at" TIMESTAMP(3) WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_event_registration_status" CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')), CONSTRAINT "PK_10aedff1bd0d0ef534d1106ddec" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_event_registration_enterprise" ON "event_registration" ("enterprise_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_event_registration" ON "event_registration" ("event_id", "enterprise_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "meeting_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "title" character varying(120) NOT NULL, "starts_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_meeting_session_period" CHECK (ends_at > starts_at), CONSTRAINT "ex_meeting_session_overlap" EXCLUDE USING gist (event_id WITH =, tstzrange(starts_at, ends_at) WITH &&), CONSTRAINT "PK_0bed9dd88b09bf6a7a9f95311df" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_meeting_session_event" ON "meeting_session" ("event_id", "starts_at") `);
    await queryRunner.query(`ALTER TABLE "docking_event" ADD "max_requests_per_firm" integer NOT NULL DEFAULT '30'`);
    await queryRunner.query(`ALTER TABLE "docking_event" ADD "schedule_published_at" TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(
      `ALTER TABLE "docking_event" ADD CONSTRAINT "ck_docking_event_request_cap" CHECK (max_requests_per_firm BETWEEN 1 AND 500)`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting" ADD CONSTRAINT "fk_meeting_event" FOREIGN KEY ("event_id") REFERENCES "docking_event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting" ADD CONSTRAINT "fk_meeting_request" FOREIGN KEY ("request_id") REFERENCES "meeting_request"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_party" ADD CONSTRAINT "fk_meeting_party_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_party" ADD CONSTRAINT "fk_meeting_party_enterprise" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "schedule_run" ADD CONSTRAINT "fk_schedule_run_event" FOREIGN KEY ("event_id") REFERENCES "docking_event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_request" ADD CONSTRAINT "fk_meeting_request_event" FOREIGN KEY ("event_id") REFERENCES "docking_event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_request" ADD CONSTRAINT "fk_meeting_request_requester" FOREIGN KEY ("requester_enterprise_id") REFERENCES "enterprise"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_request" ADD CONSTRAINT "fk_meeting_request_invitee" FOREIGN KEY ("invitee_enterprise_id") REFERENCES "enterprise"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_request" ADD CONSTRAINT "fk_meeting_request_suggestion" FOREIGN KEY ("match_suggestion_id") REFERENCES "match_suggestion"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_registration" ADD CONSTRAINT "fk_event_registration_event" FOREIGN KEY ("event_id") REFERENCES "docking_event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_registration" ADD CONSTRAINT "fk_event_registration_enterprise" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_session" ADD CONSTRAINT "fk_meeting_session_event" FOREIGN KEY ("event_id") REFERENCES "docking_event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Written by hand: the generator does not see a changed check expression.
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "ck_notification_kind"`);
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "ck_notification_kind" CHECK (kind IN ('MATCH_SUGGESTED', 'MEETING_REQUESTED', 'MEETING_ACCEPTED', 'MEETING_DECLINED', 'MEETING_SCHEDULED', 'MEETING_MOVED', 'MEETING_CANCELLED', 'EVENT_REGISTRATION_APPROVED', 'EVENT_REGISTRATION_REJECTED', 'WEBHOOK_DISABLED'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "ck_notification_kind"`);
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "ck_notification_kind" CHECK (kind IN ('MATCH_SUGGESTED', 'MEETING_REQUESTED', 'MEETING_ACCEPTED', 'MEETING_DECLINED', 'MEETING_SCHEDULED', 'EVENT_REGISTRATION_APPROVED', 'WEBHOOK_DISABLED'))`,
    );
    await queryRunner.query(`ALTER TABLE "meeting_session" DROP CONSTRAINT "fk_meeting_session_event"`);
    await queryRunner.query(`ALTER TABLE "event_registration" DROP CONSTRAINT "fk_event_registration_enterprise"`);
    await queryRunner.query(`ALTER TABLE "event_registration" DROP CONSTRAINT "fk_event_registration_event"`);
    await queryRunner.query(`ALTER TABLE "meeting_request" DROP CONSTRAINT "fk_meeting_request_suggestion"`);
    await queryRunner.query(`ALTER TABLE "meeting_request" DROP CONSTRAINT "fk_meeting_request_invitee"`);
    await queryRunner.query(`ALTER TABLE "meeting_request" DROP CONSTRAINT "fk_meeting_request_requester"`);
    await queryRunner.query(`ALTER TABLE "meeting_request" DROP CONSTRAINT "fk_meeting_request_event"`);
    await queryRunner.query(`ALTER TABLE "schedule_run" DROP CONSTRAINT "fk_schedule_run_event"`);
    await queryRunner.query(`ALTER TABLE "meeting_party" DROP CONSTRAINT "fk_meeting_party_enterprise"`);
    await queryRunner.query(`ALTER TABLE "meeting_party" DROP CONSTRAINT "fk_meeting_party_meeting"`);
    await queryRunner.query(`ALTER TABLE "meeting" DROP CONSTRAINT "fk_meeting_request"`);
    await queryRunner.query(`ALTER TABLE "meeting" DROP CONSTRAINT "fk_meeting_event"`);
    await queryRunner.query(`ALTER TABLE "docking_event" DROP CONSTRAINT "ck_docking_event_request_cap"`);
    await queryRunner.query(`ALTER TABLE "docking_event" DROP COLUMN "schedule_published_at"`);
    await queryRunner.query(`ALTER TABLE "docking_event" DROP COLUMN "max_requests_per_firm"`);
    await queryRunner.query(`DROP INDEX "public"."idx_meeting_session_event"`);
    await queryRunner.query(`DROP TABLE "meeting_session"`);
    await queryRunner.query(`DROP INDEX "public"."uq_event_registration"`);
    await queryRunner.query(`DROP INDEX "public"."idx_event_registration_enterprise"`);
    await queryRunner.query(`DROP TABLE "event_registration"`);
    await queryRunner.query(`DROP INDEX "public"."uq_meeting_request_pair"`);
    await queryRunner.query(`DROP INDEX "public"."idx_meeting_request_requester"`);
    await queryRunner.query(`DROP INDEX "public"."idx_meeting_request_invitee"`);
    await queryRunner.query(`DROP TABLE "meeting_request"`);
    await queryRunner.query(`DROP INDEX "public"."idx_schedule_run_event"`);
    await queryRunner.query(`DROP TABLE "schedule_run"`);
    await queryRunner.query(`DROP INDEX "public"."idx_meeting_party_meeting"`);
    await queryRunner.query(`DROP TABLE "meeting_party"`);
    await queryRunner.query(`DROP INDEX "public"."uq_meeting_request"`);
    await queryRunner.query(`DROP INDEX "public"."idx_meeting_event"`);
    await queryRunner.query(`DROP TABLE "meeting"`);
  }
}
