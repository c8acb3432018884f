import { Injectable } from '@nestjs/common';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import {
  Access,
  Authenticated,
  CurrentViewer,
  OptionalViewer,
  RequestContext,
  RequestCtx,
  Viewer,
} from '@duijie/accounts';
import { StrictDateTime } from '@duijie/common';
import { EnterpriseLoader, toEnterpriseObject } from '@duijie/enterprises';
import { EventsService, toEventObject } from '@duijie/events';
import { EventReportObject } from '@duijie/outcomes';

import {
  ApplyForPolicyInput,
  EventPolicyReportObject,
  PoliciesArgs,
  PolicyApplicationConnection,
  PolicyApplicationObject,
  PolicyApplicationsArgs,
  PolicyConnection,
  PolicyForFirmObject,
  PolicyObject,
  PublishPolicyInput,
} from './policies.dto';
import { PoliciesService } from './policies.service';
import { PolicyEntity } from './policy.entity';
import {
  APPLICATION_STATUS_NAMES,
  PolicyApplicationEntity,
  PolicyApplicationStatus,
} from './policy-application.entity';
import { describeRule } from './policy-rules';

/** Maps policies and applications to objects for one request. */
@Injectable()
export class PolicyMapper {
  constructor(
    private readonly service: PoliciesService,
    private readonly enterprises: EnterpriseLoader,
    private readonly events: EventsService,
  ) {}

  async policy(ctx: RequestContext, p: PolicyEntity): Promise<PolicyObject> {
    const names = await this.service.names(p.rules);
    return {
      id: p.id,
      issuer: async () => toEnterpriseObject((await this.enterprises.of(ctx).load(p.issuerEnterpriseId))!),
      title: p.title,
      benefit: p.benefit,
      benefitAmountCny: p.benefitAmountCny,
      deadline: p.deadline,
      regionCodes: p.regionCodes,
      regionNames: this.service.regionNames(p.regionCodes),
      rules: p.rules.map((r) => ({
        kind: r.kind,
        sectors: r.sectors ?? null,
        regionCodes: r.regionCodes ?? null,
        scales: r.scales ?? null,
        certifications: r.certifications ?? null,
        eventIds: r.eventIds ?? null,
        attended: r.attended ?? null,
        minDeals: r.minDeals ?? null,
        minAmountCny: r.minAmountCny ?? null,
        description: describeRule(r, names),
      })),
      event: async () => {
        const e = p.eventId ? await this.events.get(p.eventId) : null;
        return e ? toEventObject(e) : null;
      },
      open: p.deadline.getTime() > Date.now(),
      createdAt: p.createdAt,
      issuerEnterpriseId: p.issuerEnterpriseId,
      eligibleCountValue: p.eligibleCount,
      evaluatedAtValue: p.evaluatedAt,
    };
  }

  application(ctx: RequestContext, a: PolicyApplicationEntity): PolicyApplicationObject {
    return {
      id: a.id,
      policy: async () => this.policy(ctx, (await this.service.get(a.policyId))!),
      enterprise: async () => toEnterpriseObject((await this.enterprises.of(ctx).load(a.enterpriseId))!),
      event: async () => {
        const e = a.eventId ? await this.events.get(a.eventId) : null;
        return e ? toEventObject(e) : null;
      },
      status: a.status,
      statusName: APPLICATION_STATUS_NAMES[a.status],
      note: a.note,
      reviewNote: a.reviewNote,
      reviewedAt: a.reviewedAt,
      createdAt: a.createdAt,
    };
  }
}

/** 惠企政策: publishing, what a firm qualifies for, applications and their review. */
@Resolver(() => PolicyObject)
export class PoliciesResolver {
  constructor(
    private readonly service: PoliciesService,
    private readonly mapper: PolicyMapper,
  ) {}

  @Query(() => PolicyConnection, {
    description: 'Policies newest first: open ones by default; issuedByMe: the caller’s government body’s, closed too',
  })
  async policies(
    @OptionalViewer() viewer: Viewer | null,
    @RequestCtx() ctx: RequestContext,
    @Args() args: PoliciesArgs,
  ): Promise<PolicyConnection> {
    const page = await this.service.page(viewer, args);
    return {
      ...page,
      edges: await Promise.all(
        page.edges.map(async (e) => ({ cursor: e.cursor, node: await this.mapper.policy(ctx, e.node) })),
      ),
    };
  }

  @Query(() => PolicyObject, { nullable: true })
  async policy(
    @RequestCtx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<PolicyObject | null> {
    const p = await this.service.get(id);
    return p ? this.mapper.policy(ctx, p) : null;
  }

  @Query(() => [PolicyForFirmObject], {
    description: `Open policies covering the caller’s firm (at most 50), eligible first, each condition 已满足 / 未满足 with its reason`,
  })
  @Authenticated()
  async myPolicies(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('eligibleOnly', { type: () => Boolean, nullable: true }) eligibleOnly?: boolean | null,
  ): Promise<PolicyForFirmObject[]> {
    const rows = await this.service.forMyFirm(viewer, !!eligibleOnly);
    return Promise.all(
      rows.map(async (r) => ({
        policy: await this.mapper.policy(ctx, r.policy),
        eligible: r.eligible,
        conditions: r.conditions,
        application: r.application ? this.mapper.application(ctx, r.application) : null,
      })),
    );
  }

  @Mutation(() => PolicyObject, {
    description:
      'A verified government body publishes a policy; the worker evaluates it against every firm in its regions',
  })
  @Authenticated()
  async publishPolicy(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('input') input: PublishPolicyInput,
  ): Promise<PolicyObject> {
    return this.mapper.policy(ctx, await this.service.publish(viewer, input));
  }

  @Mutation(() => PolicyObject, { description: 'The issuing body asks for the policy to be evaluated again now' })
  @Authenticated()
  async reevaluatePolicy(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<PolicyObject> {
    return this.mapper.policy(ctx, await this.service.reevaluate(viewer, id));
  }

  @Mutation(() => PolicyApplicationObject, {
    description: 'A firm applies (申报) for a policy whose conditions it meets',
  })
  @Authenticated()
  async applyForPolicy(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('input') input: ApplyForPolicyInput,
  ): Promise<PolicyApplicationObject> {
    return this.mapper.application(ctx, await this.service.apply(viewer, input));
  }

  @Mutation(() => PolicyApplicationObject, {
    description:
      'The issuing body reviews an application: 已受理 ACCEPTED, 已兑现 GRANTED or 未通过 REJECTED; the firm is told',
  })
  @Authenticated()
  async reviewPolicyApplication(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('status', { type: () => PolicyApplicationStatus }) status: PolicyApplicationStatus,
    @Args('note', { type: () => String, nullable: true }) note?: string | null,
  ): Promise<PolicyApplicationObject> {
    return this.mapper.application(ctx, await this.service.review(viewer, id, status, note));
  }

  @ResolveField(() => Int, {
    nullable: true,
    description: 'Firms that met every condition at the last evaluation (the issuing body and admins; null to others)',
  })
  eligibleFirmCount(@Parent() p: PolicyObject, @OptionalViewer() viewer: Viewer | null): number | null {
    return Access.mayActForPolicy(viewer, { issuerEnterpriseId: p.issuerEnterpriseId }) ? p.eligibleCountValue : null;
  }

  @ResolveField(() => StrictDateTime, { nullable: true, description: 'When the worker last evaluated it' })
  evaluatedAt(@Parent() p: PolicyObject): Date | null {
    return p.evaluatedAtValue;
  }

  @ResolveField(() => PolicyApplicationConnection, {
    description: 'Its applications, newest first (the issuing body and admins)',
  })
  async applications(
    @Parent() p: PolicyObject,
    @OptionalViewer() viewer: Viewer | null,
    @RequestCtx() ctx: RequestContext,
    @Args() args: PolicyApplicationsArgs,
  ): Promise<PolicyApplicationConnection> {
    const policy = (await this.service.get(p.id))!;
    const page = await this.service.applications(viewer, policy, args);
    return {
      ...page,
      edges: page.edges.map((e) => ({ cursor: e.cursor, node: this.mapper.application(ctx, e.node) })),
    };
  }
}

/** The event report's 惠企政策 part: applications linked to the event, by policy. */
@Resolver(() => EventReportObject)
export class EventReportPoliciesResolver {
  constructor(private readonly service: PoliciesService) {}

  @ResolveField(() => EventPolicyReportObject, {
    description: '惠企政策: applications made at the event (not 未通过), by policy',
  })
  async policies(@Parent() report: EventReportObject): Promise<EventPolicyReportObject> {
    const byPolicy = await this.service.applicationsAtEvent(report.eventId);
    return { applications: byPolicy.reduce((n, p) => n + p.count, 0), byPolicy };
  }
}
