import type { MigrationInterface, QueryRunner } from 'typeorm';

/** 圆桌对接 notices: the host of a new round table, and everyone at one called off, are told. */
export class RoundTableNotices1798900000000 implements MigrationInterface {
  name = 'RoundTableNotices1798900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await setKinds(queryRunner, (kinds) => [...kinds, 'ROUND_TABLE_HOSTED', 'ROUND_TABLE_CANCELLED']);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "notification" WHERE kind IN ('ROUND_TABLE_HOSTED', 'ROUND_TABLE_CANCELLED')`);
    await setKinds(queryRunner, (kinds) =>
      kinds.filter((k) => k !== 'ROUND_TABLE_HOSTED' && k !== 'ROUND_TABLE_CANCELLED'),
    );
  }
}

/** Rewrites ck_notification_kind from the kinds it allows now (a migration is a snapshot: its own copy). */
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
