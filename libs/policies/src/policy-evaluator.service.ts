import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { chineseDateTime } from '@duijie/common';
import { runTransaction } from '@duijie/database';
import { EnterprisesRepository, firmProfilesInRegions, ParticipantType } from '@duijie/enterprises';
import { NotificationProducer } from '@duijie/notifications';
import { JobProducer } from '@duijie/queue';

import { PoliciesRepository } from './policies.repository';
import { PolicyEntity } from './policy.entity';
import { PolicyFacts } from './policy-facts.service';
import { evaluatePolicy, regionPrefix } from './policy-rules';

/** Firms read and checked per round trip. */
const FIRMS_PER_PAGE = 500;

/**
 * Evaluates a policy against every firm in its regions (worker, `policy.evaluate`): on publish, on
 * the issuing body's request (`reevaluatePolicy`) and every 30 minutes for every open policy
 * (`policies.sweep`, since firms' facts — deals, registrations, listings — change). Firms eligible
 * for the first time are recorded and notified (符合条件) in one transaction, so a firm is told once
 * per policy however often the policy is evaluated again.
 */
@Injectable()
export class PolicyEvaluator {
  private readonly logger = new Logger(PolicyEvaluator.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly policies: PoliciesRepository,
    private readonly facts: PolicyFacts,
    private readonly enterprises: EnterprisesRepository,
    private readonly producer: NotificationProducer,
    private readonly jobs: JobProducer,
  ) {}

  /** Evaluates one policy; answers how many firms are eligible and how many were told now. */
  async evaluate(policyId: string): Promise<{ eligible: number; notified: number }> {
    const policy = await this.policies.findById(policyId);
    if (!policy || policy.deadline.getTime() <= Date.now()) return { eligible: 0, notified: 0 };
    const names = await this.facts.names(policy.rules);
    const prefixes = policy.regionCodes.map(regionPrefix);
    const eligible: string[] = [];
    for (let after: string | null = null; ;) {
      const firms = await firmProfilesInRegions(
        this.db.manager,
        prefixes,
        policy.issuerEnterpriseId,
        after,
        FIRMS_PER_PAGE,
      );
      if (!firms.length) break;
      // 惠企政策 are for enterprises, not for other government bodies, banks or research bodies.
      const enterprises = firms.filter((f) => f.participantType === ParticipantType.ENTERPRISE);
      for (const f of await this.facts.of(this.db.manager, enterprises, policy.rules))
        if (evaluatePolicy(policy, f, names).eligible) eligible.push(f.enterpriseId);
      after = firms[firms.length - 1].id;
      if (firms.length < FIRMS_PER_PAGE) break;
    }
    const issuer =
      (await this.enterprises.namesByIds([policy.issuerEnterpriseId])).get(policy.issuerEnterpriseId) ?? '';
    const told = await runTransaction(this.db, async (m) => {
      if (!(await this.policies.lock(m, policy.id))) return [];
      const fresh = await this.policies.recordEvaluation(m, policy.id, eligible);
      return this.producer.recordAll(
        m,
        fresh.map((enterpriseId) => notice(policy, issuer, enterpriseId)),
      );
    });
    await this.producer.publishAll(told);
    this.logger.log({ policyId, eligible: eligible.length, notified: told.length }, 'policy evaluated');
    return { eligible: eligible.length, notified: told.length };
  }

  /** The repeating re-evaluation: one job per open policy (a burst per policy becomes one). */
  async sweep(): Promise<{ policies: number }> {
    const ids = await this.policies.openIds();
    await this.jobs.add(ids.map((policyId) => ({ name: 'policy.evaluate' as const, data: { policyId } })));
    return { policies: ids.length };
  }
}

function notice(policy: PolicyEntity, issuer: string, enterpriseId: string) {
  return {
    enterpriseId,
    kind: 'POLICY_ELIGIBLE' as const,
    key: `POLICY_ELIGIBLE:${policy.id}:${enterpriseId}`,
    title: `符合惠企政策「${policy.title}」的申报条件`,
    body: `${issuer}发布的惠企政策「${policy.title}」：${policy.benefit.slice(0, 200)}。贵企业满足全部申报条件，申报截止 ${chineseDateTime(policy.deadline)}。`,
    data: { policyId: policy.id },
  };
}
