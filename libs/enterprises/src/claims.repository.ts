import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { UsersRepository } from '@duijie/accounts';
import { runTransaction } from '@duijie/database';

import { EnterpriseEntity, VerificationStatus } from './enterprise.entity';
import { EnterpriseClaimEntity, EnterpriseClaimStatus } from './enterprise-claim.entity';
import { ParticipantType } from './participant-type';

export type ClaimScope = { claimantUserId: string } | { importedByUserId: string } | 'ALL';

/** Claims on unclaimed firms, verification, and the review queue of look-alike names. */
@Injectable()
export class ClaimsRepository {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly users: UsersRepository,
  ) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return runTransaction(this.db, work);
  }

  findByCreditCode(code: string): Promise<EnterpriseEntity | null> {
    return this.db.getRepository(EnterpriseEntity).findOneBy({ creditCode: code });
  }

  /** The user's pending claim on the firm, made now unless one is pending already. */
  async claim(
    enterpriseId: string,
    userId: string,
    said: Pick<EnterpriseClaimEntity, 'name' | 'contactName' | 'contactPhone'>,
  ): Promise<EnterpriseClaimEntity> {
    await this.db.query(
      `INSERT INTO enterprise_claim (enterprise_id, claimant_user_id, name, contact_name, contact_phone)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (enterprise_id, claimant_user_id) WHERE status = 'PENDING' DO NOTHING`,
      [enterpriseId, userId, said.name, said.contactName, said.contactPhone],
    );
    return (await this.db
      .getRepository(EnterpriseClaimEntity)
      .findOneBy({ enterpriseId, claimantUserId: userId, status: EnterpriseClaimStatus.PENDING }))!;
  }

  findById(id: string): Promise<EnterpriseEntity | null> {
    return this.db.getRepository(EnterpriseEntity).findOneBy({ id });
  }

  findClaim(id: string): Promise<EnterpriseClaimEntity | null> {
    return this.db.getRepository(EnterpriseClaimEntity).findOneBy({ id });
  }

  /** Claims, newest first: the user's own, or those under review scope (all, or on firms an organiser imported). */
  claims(where: ClaimScope, status: EnterpriseClaimStatus | null, limit: number, after?: { at: string; id: string }) {
    const q = this.scoped(where, status);
    if (after) q.andWhere('(c.created_at, c.id) < (:at, :id)', { at: after.at, id: after.id });
    return q
      .orderBy('c.created_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(limit + 1)
      .getMany();
  }

  countClaims(where: ClaimScope, status: EnterpriseClaimStatus | null): Promise<number> {
    return this.scoped(where, status).getCount();
  }

  private scoped(where: ClaimScope, status: EnterpriseClaimStatus | null) {
    const q = this.db.getRepository(EnterpriseClaimEntity).createQueryBuilder('c').where('TRUE');
    if (where !== 'ALL' && 'claimantUserId' in where)
      q.andWhere('c.claimant_user_id = :u', { u: where.claimantUserId });
    else if (where !== 'ALL')
      q.andWhere('c.enterprise_id IN (SELECT id FROM enterprise WHERE imported_by_user_id = :u)', {
        u: where.importedByUserId,
      });
    if (status) q.andWhere('c.status = :s', { s: status });
    return q;
  }

  /** The firm, locked against a concurrent claim approval or import chunk (which takes FOR SHARE). */
  lockEnterprise(m: EntityManager, id: string): Promise<EnterpriseEntity | null> {
    return m
      .getRepository(EnterpriseEntity)
      .createQueryBuilder('e')
      .where('e.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
  }

  lockClaim(m: EntityManager, id: string): Promise<EnterpriseClaimEntity | null> {
    return m
      .getRepository(EnterpriseClaimEntity)
      .createQueryBuilder('c')
      .where('c.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
  }

  /**
   * Approval: the claimant joins the firm (only if it acts for no firm yet; false otherwise), the
   * firm is claimed with the claimant as owner, contact details it lacks come from the claim, and
   * the other pending claims on it are rejected.
   */
  async approve(m: EntityManager, claim: EnterpriseClaimEntity, reviewerId: string): Promise<boolean> {
    if (!(await this.users.joinEnterprise(m, claim.claimantUserId, claim.enterpriseId))) return false;
    await m.query(
      `UPDATE enterprise SET claimed = true, owner_user_id = $2,
              contact_name = COALESCE(contact_name, $3), contact_phone = COALESCE(contact_phone, $4), updated_at = now()
        WHERE id = $1`,
      [claim.enterpriseId, claim.claimantUserId, claim.contactName, claim.contactPhone],
    );
    await m.query(
      `UPDATE enterprise_claim SET status = CASE WHEN id = $2 THEN 'APPROVED' ELSE 'REJECTED' END,
              reviewed_by_user_id = $3, reviewed_at = now()
        WHERE enterprise_id = $1 AND status = 'PENDING'`,
      [claim.enterpriseId, claim.id, reviewerId],
    );
    return true;
  }

  async reject(m: EntityManager, id: string, reviewerId: string): Promise<void> {
    await m.query(
      `UPDATE enterprise_claim SET status = 'REJECTED', reviewed_by_user_id = $2, reviewed_at = now() WHERE id = $1`,
      [id, reviewerId],
    );
  }

  /** Verified (kept as first verified when it already was), with the participant type when one is given. */
  async verify(id: string, userId: string, participantType: ParticipantType | null): Promise<void> {
    await this.db.query(
      `UPDATE enterprise SET participant_type = COALESCE($4, participant_type),
              verification_status = $2,
              verified_at = CASE WHEN verification_status = $2 THEN verified_at ELSE now() END,
              verified_by_user_id = CASE WHEN verification_status = $2 THEN verified_by_user_id ELSE $3::uuid END,
              updated_at = now()
        WHERE id = $1 AND (verification_status <> $2 OR participant_type IS DISTINCT FROM COALESCE($4, participant_type))`,
      [id, VerificationStatus.VERIFIED, userId, participantType],
    );
  }

  /** Of these firms, those to review: not verified, and another firm has the same normalised name. */
  async needingReview(ids: readonly string[]): Promise<Set<string>> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT e.id FROM enterprise e WHERE e.id = ANY($1::uuid[]) AND e.verification_status = 'UNVERIFIED'
          AND EXISTS (SELECT 1 FROM enterprise o WHERE o.name_key = e.name_key AND o.id <> e.id)`,
      [ids],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** The review queue (enterprisesToReview): newest first. */
  toReview(limit: number, after?: { at: string; id: string }): Promise<EnterpriseEntity[]> {
    const q = this.db
      .getRepository(EnterpriseEntity)
      .createQueryBuilder('e')
      .where(`e.verification_status = 'UNVERIFIED'`)
      .andWhere(`EXISTS (SELECT 1 FROM enterprise o WHERE o.name_key = e.name_key AND o.id <> e.id)`);
    if (after) q.andWhere('(e.created_at, e.id) < (:at, :id)', { at: after.at, id: after.id });
    return q
      .orderBy('e.created_at', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .limit(limit + 1)
      .getMany();
  }

  async toReviewCount(): Promise<number> {
    const [row]: { n: number }[] = await this.db.query(
      `SELECT count(*)::int AS n FROM enterprise e WHERE e.verification_status = 'UNVERIFIED'
          AND EXISTS (SELECT 1 FROM enterprise o WHERE o.name_key = e.name_key AND o.id <> e.id)`,
    );
    return row.n;
  }
}
