import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { PG, pgCode } from '@duijie/database';

import { PolicyEntity } from './policy.entity';
import { PolicyApplicationEntity, PolicyApplicationStatus } from './policy-application.entity';
import { PolicyEligibleFirmEntity } from './policy-eligible-firm.entity';

export type NewPolicy = Pick<
  PolicyEntity,
  | 'issuerEnterpriseId'
  | 'title'
  | 'benefit'
  | 'benefitAmountCny'
  | 'deadline'
  | 'regionCodes'
  | 'rules'
  | 'eventId'
  | 'createdByUserId'
>;

/** A policy's applications at one event: how many, by policy. */
export interface ApplicationsByPolicy {
  policyId: string;
  title: string;
  count: number;
}

/** Policies still open for applications: the deadline lies ahead. */
const OPEN = `p.deadline > now()`;
/** The policy `p` covers the firm's region `$1` (one of its region codes is a prefix of it). */
const COVERS = `EXISTS (SELECT 1 FROM unnest(p.region_codes) rc WHERE $1 LIKE regexp_replace(rc, '(00)+$', '') || '%')`;

@Injectable()
export class PoliciesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  get manager(): EntityManager {
    return this.db.manager;
  }

  /**
   * Takes a request to evaluate the policy again now, unless it was evaluated or asked for within the
   * last `seconds`: true when taken.
   */
  async claimReevaluation(m: EntityManager, id: string, seconds: number): Promise<boolean> {
    const rows: unknown[] = await m.query(
      // A CTE, so that TypeORM answers plain rows (a bare UPDATE … RETURNING comes back as [rows, count]).
      `WITH claimed AS (
         UPDATE policy SET reevaluation_requested_at = now()
          WHERE id = $1
            AND (evaluated_at IS NULL OR evaluated_at < now() - make_interval(secs => $2))
            AND (reevaluation_requested_at IS NULL OR reevaluation_requested_at < now() - make_interval(secs => $2))
          RETURNING id)
       SELECT id FROM claimed`,
      [id, seconds],
    );
    return rows.length > 0;
  }

  /** Policies the body published in the last `seconds`. */
  async publishedSince(m: EntityManager, issuerId: string, seconds: number): Promise<number> {
    const [row] = await m.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM policy WHERE issuer_enterprise_id = $1 AND created_at > now() - make_interval(secs => $2)`,
      [issuerId, seconds],
    );
    return row.n;
  }

  async insert(m: EntityManager, p: NewPolicy): Promise<PolicyEntity> {
    const repo = m.getRepository(PolicyEntity);
    return repo.save(repo.create(p));
  }

  findById(id: string): Promise<PolicyEntity | null> {
    return this.db.getRepository(PolicyEntity).findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<PolicyEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.db.query<PolicyEntity[]>(`SELECT ${COLUMNS} FROM policy p WHERE p.id = ANY($1::uuid[])`, [ids]);
  }

  /** A keyset page (newest first) of the policies, all or one issuer's, open only or not. */
  page(
    filter: { issuerEnterpriseId?: string; openOnly: boolean },
    after: { at: string; id: string } | null,
    limit: number,
  ): Promise<PolicyEntity[]> {
    const { where, params } = this.where(filter);
    params.push(after?.at ?? null, after?.id ?? null, limit);
    const n = params.length;
    return this.db.query<PolicyEntity[]>(
      `SELECT ${COLUMNS} FROM policy p WHERE ${where}
          AND ($${n - 2}::timestamptz IS NULL OR (p.created_at, p.id) < ($${n - 2}::timestamptz, $${n - 1}::uuid))
        ORDER BY p.created_at DESC, p.id DESC LIMIT $${n}`,
      params,
    );
  }

  async count(filter: { issuerEnterpriseId?: string; openOnly: boolean }): Promise<number> {
    const { where, params } = this.where(filter);
    const rows: { n: number }[] = await this.db.query(`SELECT count(*)::int AS n FROM policy p WHERE ${where}`, params);
    return rows[0].n;
  }

  private where(filter: { issuerEnterpriseId?: string; openOnly: boolean }): { where: string; params: unknown[] } {
    const params: unknown[] = [];
    const conds = ['true'];
    if (filter.issuerEnterpriseId) {
      params.push(filter.issuerEnterpriseId);
      conds.push(`p.issuer_enterprise_id = $${params.length}`);
    }
    if (filter.openOnly) conds.push(OPEN);
    return { where: conds.join(' AND '), params };
  }

  /** Open policies covering a firm's region (soonest deadline first), leaving out its own. */
  openCovering(regionCode: string, enterpriseId: string, limit: number): Promise<PolicyEntity[]> {
    return this.db.query<PolicyEntity[]>(
      `SELECT ${COLUMNS} FROM policy p WHERE ${OPEN} AND ${COVERS} AND p.issuer_enterprise_id <> $2
        ORDER BY p.deadline, p.id LIMIT $3`,
      [regionCode, enterpriseId, limit],
    );
  }

  /** Ids of every policy still open for applications (the repeating re-evaluation). */
  async openIds(): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(`SELECT p.id FROM policy p WHERE ${OPEN} ORDER BY p.id`);
    return rows.map((r) => r.id);
  }

  /**
   * Records an evaluation: `eligible` follows it for firms seen before; firms eligible for the first
   * time get a row and are answered (to be notified in the same transaction); the count is kept.
   */
  async recordEvaluation(m: EntityManager, policyId: string, eligibleIds: readonly string[]): Promise<string[]> {
    await m.query(
      `UPDATE policy_eligible_firm SET eligible = (enterprise_id = ANY($2::uuid[]))
        WHERE policy_id = $1 AND eligible <> (enterprise_id = ANY($2::uuid[]))`,
      [policyId, eligibleIds],
    );
    const fresh: { enterpriseId: string }[] = await m.query(
      `INSERT INTO policy_eligible_firm (policy_id, enterprise_id)
       SELECT $1, unnest($2::uuid[])
       ON CONFLICT ON CONSTRAINT pk_policy_eligible_firm DO NOTHING
       RETURNING enterprise_id AS "enterpriseId"`,
      [policyId, eligibleIds],
    );
    await m.query(`UPDATE policy SET eligible_count = $2, evaluated_at = now() WHERE id = $1`, [
      policyId,
      eligibleIds.length,
    ]);
    return fresh.map((r) => r.enterpriseId);
  }

  /** Locks the policy's row, so two evaluations of it record one after the other. */
  async lock(m: EntityManager, policyId: string): Promise<boolean> {
    const rows: unknown[] = await m.query(`SELECT 1 FROM policy WHERE id = $1 FOR UPDATE`, [policyId]);
    return rows.length > 0;
  }

  eligibleFirm(policyId: string, enterpriseId: string): Promise<PolicyEligibleFirmEntity | null> {
    return this.db.getRepository(PolicyEligibleFirmEntity).findOneBy({ policyId, enterpriseId });
  }

  // --- applications (申报) ---

  /** A new application, or null when the firm already applied for the policy. */
  async insertApplication(
    a: Pick<PolicyApplicationEntity, 'policyId' | 'enterpriseId' | 'eventId' | 'note' | 'appliedByUserId'>,
  ): Promise<PolicyApplicationEntity | null> {
    const repo = this.db.getRepository(PolicyApplicationEntity);
    try {
      return await repo.save(repo.create(a));
    } catch (err) {
      if (pgCode(err) === PG.UNIQUE_VIOLATION) return null;
      throw err;
    }
  }

  findApplication(id: string): Promise<PolicyApplicationEntity | null> {
    return this.db.getRepository(PolicyApplicationEntity).findOneBy({ id });
  }

  /** Moves an application on from `from` (null when another review came first). */
  async review(
    id: string,
    from: PolicyApplicationStatus,
    to: PolicyApplicationStatus,
    note: string | null,
  ): Promise<PolicyApplicationEntity | null> {
    const result = await this.db
      .getRepository(PolicyApplicationEntity)
      .update({ id, status: from }, { status: to, reviewNote: note, reviewedAt: new Date() });
    return result.affected ? this.findApplication(id) : null;
  }

  /** The firm's applications for these policies, by policy id. */
  async applicationsOf(
    enterpriseId: string,
    policyIds: readonly string[],
  ): Promise<Map<string, PolicyApplicationEntity>> {
    if (!policyIds.length) return new Map();
    const rows = await this.db
      .getRepository(PolicyApplicationEntity)
      .createQueryBuilder('a')
      .where('a.enterpriseId = :enterpriseId AND a.policyId IN (:...policyIds)', { enterpriseId, policyIds })
      .getMany();
    return new Map(rows.map((a) => [a.policyId, a]));
  }

  /** A keyset page (newest first) of a policy's applications, optionally of one status. */
  applicationPage(
    policyId: string,
    status: PolicyApplicationStatus | null,
    after: { at: string; id: string } | null,
    limit: number,
  ): Promise<PolicyApplicationEntity[]> {
    const qb = this.db
      .getRepository(PolicyApplicationEntity)
      .createQueryBuilder('a')
      .where('a.policyId = :policyId', { policyId })
      .orderBy('a.createdAt', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .take(limit);
    if (status) qb.andWhere('a.status = :status', { status });
    if (after) qb.andWhere('(a.createdAt, a.id) < (:at::timestamptz, :id::uuid)', { at: after.at, id: after.id });
    return qb.getMany();
  }

  countApplications(policyId: string, status: PolicyApplicationStatus | null): Promise<number> {
    return this.db.getRepository(PolicyApplicationEntity).countBy(status ? { policyId, status } : { policyId });
  }

  /** Applications made at an event (not 未通过), by policy, most first. */
  applicationsAtEvent(eventId: string, limit: number): Promise<ApplicationsByPolicy[]> {
    return this.db.query(
      `SELECT p.id AS "policyId", p.title, count(*)::int AS count
         FROM policy_application a JOIN policy p ON p.id = a.policy_id
        WHERE a.event_id = $1 AND a.status <> 'REJECTED'
        GROUP BY p.id, p.title ORDER BY count(*) DESC, p.title LIMIT $2`,
      [eventId, limit],
    );
  }
}

const COLUMNS = [
  ['id', 'id'],
  ['issuer_enterprise_id', 'issuerEnterpriseId'],
  ['title', 'title'],
  ['benefit', 'benefit'],
  ['benefit_amount_cny', 'benefitAmountCny'],
  ['deadline', 'deadline'],
  ['region_codes', 'regionCodes'],
  ['rules', 'rules'],
  ['event_id', 'eventId'],
  ['eligible_count', 'eligibleCount'],
  ['evaluated_at', 'evaluatedAt'],
  ['created_by_user_id', 'createdByUserId'],
  ['created_at', 'createdAt'],
]
  .map(([c, p]) => `p.${c} AS "${p}"`)
  .join(', ');
