import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { UsersRepository } from '@duijie/accounts';
import { fastQuery, runTransaction } from '@duijie/database';
import { PG, pgCode } from '@duijie/database';

import { EnterpriseEntity, VerificationStatus } from './enterprise.entity';
import { nameVariants } from './name-variants';
import { proposeParticipantType } from './participant-type';

export type NewEnterprise = Pick<
  EnterpriseEntity,
  | 'name'
  | 'creditCode'
  | 'regionCode'
  | 'sector'
  | 'categoryCodes'
  | 'description'
  | 'contactName'
  | 'contactPhone'
  | 'participantType'
  | 'scale'
>;

/** A firm as an organiser's import file names it (created unclaimed when its credit code is new). */
export interface ImportedFirm {
  name: string;
  creditCode: string;
  regionCode: string;
  sector: string;
  categoryCode: string;
  /** 联系人 / 联系电话 from the file: set on a firm the import creates, never on an existing one. */
  contactName?: string | null;
  contactPhone?: string | null;
}

export type EnterpriseInsertResult =
  { ok: true; enterprise: EnterpriseEntity } | { ok: false; reason: 'CREDIT_CODE_TAKEN' | 'OWNER_TAKEN' };

const ENTERPRISE_COLUMNS: [string, keyof EnterpriseEntity][] = [
  ['id', 'id'],
  ['name', 'name'],
  ['credit_code', 'creditCode'],
  ['region_code', 'regionCode'],
  ['sector', 'sector'],
  ['participant_type', 'participantType'],
  ['scale', 'scale'],
  ['category_codes', 'categoryCodes'],
  ['description', 'description'],
  ['participant_type', 'participantType'],
  ['scale', 'scale'],
  ['contact_name', 'contactName'],
  ['contact_phone', 'contactPhone'],
  ['owner_user_id', 'ownerUserId'],
  ['claimed', 'claimed'],
  ['imported_by_user_id', 'importedByUserId'],
  ['verification_status', 'verificationStatus'],
  ['verified_at', 'verifiedAt'],
  ['verified_by_user_id', 'verifiedByUserId'],
  ['created_at', 'createdAt'],
  ['updated_at', 'updatedAt'],
];

/**
 * The enterprise columns of table alias `alias` named `<prefix><property>`, for a query that reads
 * a firm beside another table's row (`splitPrefixed` takes them apart again).
 */
export const enterpriseColumnsPrefixed = (alias: string, prefix: string): string =>
  ENTERPRISE_COLUMNS.map(([column, property]) => `${alias}.${column} AS "${prefix}${property}"`).join(', ');

/** The enterprise columns of table alias `alias` under their entity property names. */
const enterpriseColumns = (alias: string): string =>
  ENTERPRISE_COLUMNS.map(([column, property]) => `${alias}.${column} AS "${property}"`).join(', ');

@Injectable()
export class EnterprisesRepository {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly users: UsersRepository,
  ) {}

  findById(id: string): Promise<EnterpriseEntity | null> {
    return this.db.getRepository(EnterpriseEntity).findOneBy({ id });
  }

  /** The DataLoader's batch: one statement, raw rows under the entity's property names. */
  findByIds(ids: readonly string[]): Promise<EnterpriseEntity[]> {
    return fastQuery<EnterpriseEntity>(
      this.db,
      `SELECT ${enterpriseColumns('e')} FROM enterprise e WHERE e.id = ANY($1::uuid[])`,
      [ids],
    );
  }

  /** Regions of the enterprises that already exist, by credit code. */
  async regionsByCreditCode(codes: string[]): Promise<Map<string, string>> {
    const rows: { code: string; region: string }[] = await this.db.query(
      `SELECT credit_code AS code, region_code AS region FROM enterprise WHERE credit_code = ANY($1::text[])`,
      [codes],
    );
    return new Map(rows.map((r) => [r.code, r.region]));
  }

  /** In an import's transaction: the firms whose credit code is new are created unclaimed, with their importer. */
  async insertImported(m: EntityManager, firms: readonly ImportedFirm[], importedByUserId: string): Promise<void> {
    await m.query(
      `INSERT INTO enterprise (name, credit_code, region_code, sector, category_codes, contact_name, contact_phone, claimed, imported_by_user_id, participant_type)
       SELECT n, c, r, s, ARRAY[cat], cn, cp, false, $8::uuid, pt FROM unnest($1::varchar[], $2::char(18)[], $3::char(6)[], $4::text[], $5::text[], $6::varchar[], $7::varchar[], $9::text[]) AS t(n, c, r, s, cat, cn, cp, pt)
       ON CONFLICT (credit_code) DO NOTHING`,
      [
        firms.map((f) => f.name),
        firms.map((f) => f.creditCode),
        firms.map((f) => f.regionCode),
        firms.map((f) => f.sector),
        firms.map((f) => f.categoryCode),
        firms.map((f) => f.contactName ?? null),
        firms.map((f) => f.contactPhone ?? null),
        importedByUserId,
        // The type the code and name propose: a bank or a university on a 供需清单 is not a firm.
        firms.map((f) => proposeParticipantType(f.creditCode, f.name).type),
      ],
    );
  }

  /**
   * In the caller's transaction: the firms with these credit codes, FOR SHARE: a claim approved
   * meanwhile (FOR UPDATE on the firm) waits for the transaction, and the transaction sees the firm
   * as claimed if the approval came first.
   */
  /** For an import's preview: the firms nobody has claimed among these credit codes, by code; no locks. */
  async unclaimedByCreditCodes(codes: readonly string[]): Promise<Map<string, string>> {
    if (!codes.length) return new Map();
    const rows: { code: string; id: string }[] = await this.db.query(
      `SELECT credit_code AS code, id FROM enterprise WHERE credit_code = ANY($1::text[]) AND NOT claimed`,
      [codes],
    );
    return new Map(rows.map((r) => [r.code, r.id]));
  }

  lockByCreditCodes(
    m: EntityManager,
    codes: readonly string[],
  ): Promise<{ code: string; id: string; claimed: boolean; importedByUserId: string | null }[]> {
    return m.query(
      `SELECT credit_code AS code, id, claimed, imported_by_user_id AS "importedByUserId"
         FROM enterprise WHERE credit_code = ANY($1::text[]) ORDER BY id FOR SHARE`,
      [codes],
    );
  }

  /** Names by id; inside a transaction pass its manager, so it never waits for a second pool connection. */
  async namesByIds(ids: readonly string[], manager?: EntityManager): Promise<Map<string, string>> {
    const rows: { id: string; name: string }[] = manager
      ? await manager.query(`SELECT id, name FROM enterprise WHERE id = ANY($1::uuid[])`, [ids])
      : (await this.findByIds(ids)).map((e) => ({ id: e.id, name: e.name }));
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /**
   * Inserts the enterprise and makes `ownerUserId` its member in one transaction; refuses when
   * the credit code is registered or the user already acts for an enterprise.
   */
  async insertWithOwner(data: NewEnterprise, ownerUserId: string): Promise<EnterpriseInsertResult> {
    try {
      return await runTransaction(this.db, async (tx) => {
        const enterprise = await tx
          .getRepository(EnterpriseEntity)
          .save(tx.getRepository(EnterpriseEntity).create({ ...data, ownerUserId }));
        if (!(await this.users.joinEnterprise(tx, ownerUserId, enterprise.id))) throw new OwnerTaken();
        return { ok: true as const, enterprise };
      });
    } catch (err) {
      if (err instanceof OwnerTaken) return { ok: false, reason: 'OWNER_TAKEN' };
      if (pgCode(err) === PG.UNIQUE_VIOLATION) return { ok: false, reason: 'CREDIT_CODE_TAKEN' };
      throw err;
    }
  }

  /**
   * Applies the patch; with `reverify`, the firm's verification is withdrawn in the same statement
   * (its verified name is what changed: 核验 confirmed a name against the credit code).
   */
  async update(id: string, patch: Partial<NewEnterprise>, reverify = false): Promise<EnterpriseEntity | null> {
    const withdrawn = reverify
      ? { verificationStatus: VerificationStatus.UNVERIFIED, verifiedAt: null, verifiedByUserId: null }
      : {};
    if (Object.keys(patch).length > 0)
      await this.db.getRepository(EnterpriseEntity).update({ id }, { ...patch, ...withdrawn });
    return this.findById(id);
  }

  /** Of these names, those a verified firm bears (in either script, see nameVariants). */
  async verifiedNames(names: readonly string[]): Promise<Set<string>> {
    if (!names.length) return new Set();
    const asked = names.flatMap((name) => nameVariants(name).map((variant) => [name, variant]));
    const rows: { name: string }[] = await this.db.query(
      `SELECT DISTINCT a.name FROM unnest($1::text[], $2::text[]) a(name, variant)
        WHERE EXISTS (SELECT 1 FROM enterprise e WHERE e.name_key = ${nameKeyOf('a.variant')} AND e.verification_status = 'VERIFIED')`,
      [asked.map((a) => a[0]), asked.map((a) => a[1])],
    );
    return new Set(rows.map((r) => r.name));
  }

  /** The names (of those asked) some firm already bears, verified or not (in either script, see nameVariants). */
  async namesInUse(names: readonly string[]): Promise<Set<string>> {
    if (!names.length) return new Set();
    const asked = names.flatMap((name) => nameVariants(name).map((variant) => [name, variant]));
    const rows: { name: string }[] = await this.db.query(
      `SELECT DISTINCT a.name FROM unnest($1::text[], $2::text[]) a(name, variant)
        WHERE EXISTS (SELECT 1 FROM enterprise e WHERE e.name_key = ${nameKeyOf('a.variant')})`,
      [asked.map((a) => a[0]), asked.map((a) => a[1])],
    );
    return new Set(rows.map((r) => r.name));
  }

  /** Whether another firm, verified, already bears this name (in either script, see nameVariants). */
  async nameVerifiedElsewhere(name: string, exceptId: string | null): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `SELECT 1 FROM enterprise WHERE name_key IN (SELECT ${nameKeyOf('v')} FROM unnest($1::text[]) v)
          AND verification_status = 'VERIFIED' AND ($2::uuid IS NULL OR id <> $2) LIMIT 1`,
      [nameVariants(name), exceptId],
    );
    return rows.length > 0;
  }
}

/**
 * A name as enterprise.name_key reads it (the generated column of migration 1796200000000-ClaimableFirms):
 * NFKC, lower case, without spaces and the marks a name is written with or without (·・.,，。()（）).
 * A verified firm's name written with a space, in full width or with other brackets is the same name.
 */
function nameKeyOf(sql: string): string {
  return `lower(regexp_replace(normalize(${sql}, NFKC), '[[:space:]·・.,，。()（）]', '', 'g'))`;
}

class OwnerTaken extends Error {}
