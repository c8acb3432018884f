import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { Access, Viewer } from '@duijie/accounts';
import {
  ApiError,
  BadInputError,
  decodeTimeIdCursor,
  encodeTimeIdCursor,
  FieldErrors,
  ForbiddenError,
  isUuid,
  Page,
  pageSize,
  toPage,
  UnauthenticatedError,
} from '@duijie/common';
import { runTransaction } from '@duijie/database';
import { EnterprisesService, firmProfile, ParticipantType } from '@duijie/enterprises';
import { EventsService } from '@duijie/events';
import { participationOfFirms } from '@duijie/meetings';
import { NotificationProducer } from '@duijie/notifications';
import { recordJobs } from '@duijie/queue';
import { ReferenceService } from '@duijie/reference';

import { ApplyForPolicyInput, PublishPolicyInput } from './policies.dto';
import { ApplicationsByPolicy, PoliciesRepository } from './policies.repository';
import { PolicyEntity } from './policy.entity';
import {
  APPLICATION_STATUS_NAMES,
  PolicyApplicationEntity,
  PolicyApplicationStatus,
} from './policy-application.entity';
import { PolicyFacts } from './policy-facts.service';
import { checkRules, evaluatePolicy, PolicyCondition, PolicyRule } from './policy-rules';

/** Open policies shown to one firm at most (`myPolicies`). */
export const MY_POLICIES_MAX = 50;
/** Policies in an event report's breakdown at most. */
export const REPORT_POLICIES_MAX = 50;
/**
 * Policies one body may publish in a day: each is evaluated against every firm of its regions and
 * tells each eligible one (an outside tester's 40 at once gave every Guizhou firm 40 notifications).
 */
export const POLICIES_PER_DAY = 20;
/** How soon a body may ask for the same policy to be evaluated again. */
export const REEVALUATE_AFTER_SECONDS = 60;

/** What a firm sees of an open policy covering it. */
export interface PolicyForFirm {
  policy: PolicyEntity;
  eligible: boolean;
  conditions: PolicyCondition[];
  application: PolicyApplicationEntity | null;
}

/** Which review may follow which status. */
const NEXT: Record<PolicyApplicationStatus, PolicyApplicationStatus[]> = {
  SUBMITTED: [PolicyApplicationStatus.ACCEPTED, PolicyApplicationStatus.REJECTED],
  ACCEPTED: [PolicyApplicationStatus.GRANTED, PolicyApplicationStatus.REJECTED],
  GRANTED: [],
  REJECTED: [],
};

/**
 * A government body (政府部门). Until participant types land on main: the credit code's
 * registering authority 11 (机关).
 */
function isGovernment(firm: { creditCode: string; participantType?: string } | null): boolean {
  if (!firm) return false;
  return firm.participantType ? firm.participantType === 'GOVERNMENT' : firm.creditCode.startsWith('11');
}

const notFound = () => new ApiError('NOT_FOUND', '政策不存在');

@Injectable()
export class PoliciesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly policies: PoliciesRepository,
    private readonly facts: PolicyFacts,
    private readonly enterprises: EnterprisesService,
    private readonly events: EventsService,
    private readonly reference: ReferenceService,
    private readonly producer: NotificationProducer,
  ) {}

  /** A verified government body publishes a policy; its evaluation is queued in the same transaction. */
  async publish(viewer: Viewer, input: PublishPolicyInput): Promise<PolicyEntity> {
    const issuer = viewer.enterpriseId ? await this.enterprises.get(viewer.enterpriseId) : null;
    const government = isGovernment(issuer);
    if (
      !issuer ||
      !Access.mayPublishPolicy(viewer, {
        id: issuer.id,
        government,
        verified: issuer.verificationStatus === 'VERIFIED',
      })
    )
      throw new ForbiddenError('只有已认证的政府部门可以发布惠企政策');
    const errors = new FieldErrors();
    const title = input.title.trim();
    if (title.length < 2 || title.length > 100) errors.add('title', 'title（政策名称）长度须为 2 到 100 个字符');
    const benefit = input.benefit.trim();
    if (!benefit.length || benefit.length > 2000) errors.add('benefit', 'benefit（扶持内容）须为 1 到 2000 个字符');
    if (
      !(input.deadline instanceof Date) ||
      Number.isNaN(input.deadline.getTime()) ||
      input.deadline.getTime() <= Date.now()
    )
      errors.add('deadline', 'deadline（申报截止时间）须晚于当前时间');
    const regionCodes = [...new Set(input.regionCodes)];
    if (!regionCodes.length) errors.add('regionCodes', 'regionCodes（适用地区）至少填写一个');
    const badRegions = regionCodes.filter((c) => !this.reference.region(c));
    if (badRegions.length)
      errors.add(
        'regionCodes',
        `regionCodes（适用地区）不是有效的行政区划代码：${badRegions.join('、').slice(0, 100)}`,
      );
    if (input.eventId && !(isUuid(input.eventId) && (await this.events.get(input.eventId))))
      errors.add('eventId', 'eventId（对接活动）不存在');
    else if (input.eventId) {
      // A policy shown in an event's report is the issuer's own part of it: an event it was approved at.
      const at = (await participationOfFirms(this.db.manager, [issuer.id])).get(issuer.id) ?? [];
      if (!at.some((e) => e.eventId === input.eventId))
        errors.add('eventId', 'eventId（对接活动）须为本部门报名已通过的活动');
    }
    const eventIds = input.rules.flatMap((r) => r.eventIds ?? []).filter(isUuid);
    const existing = new Set((await this.events.getMany(eventIds)).map((e) => e.id));
    const certifications = new Set(this.reference.certifications().map((c) => c.code));
    const rules = checkRules(errors, input.rules as PolicyRule[], {
      isRegion: (c) => !!this.reference.region(c),
      isCertification: (c) => certifications.has(c),
      existingEvents: existing,
    });
    errors.throwIfAny();
    return runTransaction(this.db, async (m) => {
      // One body's publications are counted one at a time, however many arrive at once.
      await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`policy:publish:${issuer.id}`]);
      if ((await this.policies.publishedSince(m, issuer.id, 24 * 3600)) >= POLICIES_PER_DAY)
        throw new ApiError(
          'RATE_LIMITED',
          `本部门 24 小时内已发布 ${POLICIES_PER_DAY} 项政策，已达上限，请明天再发布`,
          { reason: 'POLICIES_PER_DAY', retryAfterSeconds: 3600 },
        );
      const policy = await this.policies.insert(m, {
        issuerEnterpriseId: issuer.id,
        title,
        benefit,
        benefitAmountCny: input.benefitAmountCny ?? null,
        deadline: input.deadline,
        regionCodes,
        rules,
        eventId: input.eventId ?? null,
        createdByUserId: viewer.userId,
      });
      await recordJobs(m, [{ name: 'policy.evaluate', data: { policyId: policy.id } }]);
      return policy;
    });
  }

  /** The issuing body (or an admin) asks for the policy to be evaluated again now. */
  async reevaluate(viewer: Viewer, id: string): Promise<PolicyEntity> {
    const policy = await this.get(id);
    if (!policy) throw notFound();
    if (!Access.mayActForPolicy(viewer, policy)) throw new ForbiddenError('只有发布该政策的部门可以重新评估');
    await runTransaction(this.db, async (m) => {
      // One request a minute is taken, after the last evaluation and the last request alike, however
      // many arrive at once: the conditional update claims it.
      if (!(await this.policies.claimReevaluation(m, id, REEVALUATE_AFTER_SECONDS)))
        throw new ApiError(
          'RATE_LIMITED',
          `该政策刚评估过或刚申请过重新评估，请 ${REEVALUATE_AFTER_SECONDS} 秒后再试`,
          {
            reason: 'REEVALUATED_RECENTLY',
            retryAfterSeconds: REEVALUATE_AFTER_SECONDS,
          },
        );
      await recordJobs(m, [{ name: 'policy.evaluate', data: { policyId: id } }]);
    });
    return policy;
  }

  get(id: string): Promise<PolicyEntity | null> {
    return isUuid(id) ? this.policies.findById(id) : Promise.resolve(null);
  }

  getMany(ids: readonly string[]): Promise<PolicyEntity[]> {
    return this.policies.findByIds(ids.filter(isUuid));
  }

  /** Policies, newest first: anyone's open ones, or (issuedByMe) the caller's body's. */
  async page(
    viewer: Viewer | null,
    args: { issuedByMe?: boolean | null; openOnly?: boolean | null; first?: number | null; after?: string | null },
  ): Promise<Page<PolicyEntity>> {
    const limit = pageSize(args.first);
    const after = args.after ? decodeTimeIdCursor(args.after) : null;
    if (args.issuedByMe && !viewer?.enterpriseId) throw new ForbiddenError('请先加入发布政策的部门');
    const filter = {
      issuerEnterpriseId: args.issuedByMe ? viewer!.enterpriseId! : undefined,
      openOnly: args.openOnly ?? !args.issuedByMe,
    };
    const rows = await this.policies.page(filter, after, limit + 1);
    return toPage(
      rows,
      limit,
      () => this.policies.count(filter),
      (p) => encodeTimeIdCursor(p.createdAt, p.id),
      (p) => p,
      !!after,
    );
  }

  /** The open policies covering the caller's firm, each with its conditions met or missing; eligible first. */
  async forMyFirm(viewer: Viewer, eligibleOnly: boolean): Promise<PolicyForFirm[]> {
    if (!viewer.enterpriseId) throw new ForbiddenError('请先登记或加入企业');
    const firm = await firmProfile(this.db.manager, viewer.enterpriseId);
    // 惠企政策 are for enterprises; government bodies, banks and research bodies see none.
    if (!firm || firm.participantType !== ParticipantType.ENTERPRISE) return [];
    const policies = await this.policies.openCovering(firm.regionCode, firm.id, MY_POLICIES_MAX);
    const rules = policies.flatMap((p) => p.rules);
    const [[facts], names, applications] = await Promise.all([
      this.facts.of(this.db.manager, [firm], rules),
      this.facts.names(rules),
      this.policies.applicationsOf(
        firm.id,
        policies.map((p) => p.id),
      ),
    ]);
    return policies
      .map((policy) => ({
        policy,
        ...evaluatePolicy(policy, facts, names),
        application: applications.get(policy.id) ?? null,
      }))
      .filter((p) => !eligibleOnly || p.eligible)
      .sort((a, b) => Number(b.eligible) - Number(a.eligible));
  }

  /** A firm applies (申报) for a policy it is eligible for, optionally at an event it is registered for. */
  async apply(viewer: Viewer, input: ApplyForPolicyInput): Promise<PolicyApplicationEntity> {
    const policy = await this.get(input.policyId);
    if (!policy) throw notFound();
    if (!viewer.enterpriseId) throw new ForbiddenError('请先登记或加入企业');
    if (policy.issuerEnterpriseId === viewer.enterpriseId) throw new ForbiddenError('不能申报本部门发布的政策');
    if (policy.deadline.getTime() <= Date.now())
      throw new BadInputError([{ field: 'policyId', message: 'policyId（政策）申报已截止' }]);
    const firm = await firmProfile(this.db.manager, viewer.enterpriseId);
    if (!firm) throw new ForbiddenError('请先登记或加入企业');
    if (firm.participantType !== ParticipantType.ENTERPRISE) throw new ForbiddenError('惠企政策仅面向企业申报');
    const [[facts], names] = await Promise.all([
      this.facts.of(this.db.manager, [firm], policy.rules),
      this.facts.names(policy.rules),
    ]);
    const { eligible, conditions } = evaluatePolicy(policy, facts, names);
    if (!eligible)
      throw new ForbiddenError(
        `不符合申报条件：${conditions
          .filter((c) => !c.met)
          .map((c) => c.detail)
          .join('；')}`,
      );
    // An application is credited to the policy's own event, or to none: a policy of no event counts in no
    // event's report (an outside tester credited one to a 2020 event its body never attended).
    if (input.eventId && input.eventId !== policy.eventId)
      throw new BadInputError([
        {
          field: 'eventId',
          message: policy.eventId
            ? 'eventId（对接活动）须为该政策所属的活动'
            : 'eventId（对接活动）：该政策不属于任何对接活动',
        },
      ]);
    if (input.eventId) {
      const registered = (await participationOfFirms(this.db.manager, [firm.id])).get(firm.id) ?? [];
      if (!isUuid(input.eventId) || !registered.some((e) => e.eventId === input.eventId))
        throw new BadInputError([{ field: 'eventId', message: 'eventId（对接活动）须为贵企业报名已通过的活动' }]);
    }
    const row = await this.policies.insertApplication({
      policyId: policy.id,
      enterpriseId: firm.id,
      eventId: input.eventId ?? null,
      note: input.note?.trim() || null,
      appliedByUserId: viewer.userId,
    });
    if (!row) throw new ApiError('CONFLICT', '贵企业已申报过该政策');
    return row;
  }

  /** The issuing body (or an admin) reviews an application; the firm is told. */
  async review(
    viewer: Viewer,
    id: string,
    status: PolicyApplicationStatus,
    note: string | null | undefined,
  ): Promise<PolicyApplicationEntity> {
    const application = isUuid(id) ? await this.policies.findApplication(id) : null;
    const policy = application ? await this.policies.findById(application.policyId) : null;
    if (!application || !policy || !Access.maySeePolicyApplication(viewer, application, policy))
      throw new ApiError('NOT_FOUND', '申报不存在');
    if (!Access.mayActForPolicy(viewer, policy)) throw new ForbiddenError('只有发布该政策的部门可以审核申报');
    if (!NEXT[application.status].includes(status))
      throw new BadInputError([
        {
          field: 'status',
          message: `status（申报状态）不能从「${APPLICATION_STATUS_NAMES[application.status]}」改为「${APPLICATION_STATUS_NAMES[status]}」`,
        },
      ]);
    if (note && note.length > 500)
      throw new BadInputError([{ field: 'note', message: 'note（审核意见）不能超过 500 个字符' }]);
    const updated = await this.policies.review(id, application.status, status, note?.trim() || null);
    if (!updated) throw new ApiError('CONFLICT', '该申报刚被他人审核，请刷新后再试');
    await this.producer.notify({
      enterpriseId: updated.enterpriseId,
      kind: 'POLICY_APPLICATION_REVIEWED',
      key: `POLICY_APPLICATION_REVIEWED:${updated.id}:${status}`,
      title: `政策申报「${policy.title}」${APPLICATION_STATUS_NAMES[status]}`,
      body: `贵企业对「${policy.title}」的申报${APPLICATION_STATUS_NAMES[status]}${updated.reviewNote ? `。审核意见：${updated.reviewNote}` : ''}。`,
      data: { policyId: policy.id, applicationId: updated.id },
    });
    return updated;
  }

  getApplication(id: string): Promise<PolicyApplicationEntity | null> {
    return isUuid(id) ? this.policies.findApplication(id) : Promise.resolve(null);
  }

  /** A policy's applications (the issuing body and admins), newest first. */
  async applications(
    viewer: Viewer | null,
    policy: PolicyEntity,
    args: { status?: PolicyApplicationStatus | null; first?: number | null; after?: string | null },
  ): Promise<Page<PolicyApplicationEntity>> {
    if (!viewer) throw new UnauthenticatedError();
    if (!Access.mayActForPolicy(viewer, policy)) throw new ForbiddenError('只有发布该政策的部门可以查看申报');
    const limit = pageSize(args.first);
    const after = args.after ? decodeTimeIdCursor(args.after) : null;
    const rows = await this.policies.applicationPage(policy.id, args.status ?? null, after, limit + 1);
    return toPage(
      rows,
      limit,
      () => this.policies.countApplications(policy.id, args.status ?? null),
      (a) => encodeTimeIdCursor(a.createdAt, a.id),
      (a) => a,
      !!after,
    );
  }

  /** Applications made at an event, by policy (its report; the caller checked the organiser). */
  applicationsAtEvent(eventId: string): Promise<ApplicationsByPolicy[]> {
    return this.policies.applicationsAtEvent(eventId, REPORT_POLICIES_MAX);
  }

  /** Region names of a policy's scope, and names for its rules' sentences. */
  names(rules: readonly PolicyRule[]) {
    return this.facts.names(rules);
  }

  regionNames(codes: readonly string[]): string[] {
    return codes.map((c) => this.reference.regionNames(c).join('') || c);
  }
}
