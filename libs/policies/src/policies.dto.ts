import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional, IsString, MaxLength } from 'class-validator';

import { Connection, DecimalScalarType, Lazy, Page, PageArgs, resolveLazy, StrictDateTime } from '@duijie/common';
import { EnterpriseObject, EnterpriseScale } from '@duijie/enterprises';
import { DockingEventObject } from '@duijie/events';
import { Sector } from '@duijie/reference';

import { PolicyApplicationStatus } from './policy-application.entity';
import { MAX_RULES, PolicyRuleKind } from './policy-rules';

registerEnumType(PolicyRuleKind, {
  name: 'PolicyRuleKind',
  description: '申报条件类型：所属行业、所在地区、企业规模、资质认证、参加活动、已签约合同、已认证企业',
});
registerEnumType(PolicyApplicationStatus, {
  name: 'PolicyApplicationStatus',
  description: '已申报 SUBMITTED → 已受理 ACCEPTED → 已兑现 GRANTED；未通过 REJECTED',
});

/** One eligibility rule; set the fields of its kind only. */
@InputType()
export class PolicyRuleInput {
  @Field(() => PolicyRuleKind)
  kind: PolicyRuleKind;

  @Field(() => [Sector], { nullable: true, description: 'SECTOR: the firm’s sector is one of these' })
  @IsOptional()
  @ArrayMaxSize(100, { message: 'sectors（所属行业）过多' })
  sectors?: Sector[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'REGION: GB/T 2260 codes; a firm within one (by prefix) meets it',
  })
  @IsOptional()
  @ArrayMaxSize(100, { message: 'regionCodes（所在地区）过多' })
  regionCodes?: string[] | null;

  @Field(() => [EnterpriseScale], { nullable: true, description: 'SCALE: the firm’s declared size is one of these' })
  @IsOptional()
  @ArrayMaxSize(10, { message: 'scales（企业规模）过多' })
  scales?: EnterpriseScale[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'CERTIFICATION: one of these codes (`certifications`) on an open listing',
  })
  @IsOptional()
  @ArrayMaxSize(100, { message: 'certifications（资质认证）过多' })
  certifications?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'EVENT_PARTICIPATION: an approved registration for one of these events',
  })
  @IsOptional()
  @ArrayMaxSize(100, { message: 'eventIds（对接活动）过多' })
  eventIds?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'EVENT_PARTICIPATION: the firm must also have checked in (签到)',
  })
  @IsOptional()
  attended?: boolean | null;

  @Field(() => Int, {
    nullable: true,
    description: 'SIGNED_DEALS: at least this many confirmed signed deals (default 1)',
  })
  @IsOptional()
  minDeals?: number | null;

  @Field(() => DecimalScalarType, {
    nullable: true,
    description: 'SIGNED_DEALS: their agreed amounts together at least this (CNY)',
  })
  @IsOptional()
  minAmountCny?: string | null;
}

@InputType()
export class PublishPolicyInput {
  @Field(() => String, { description: '政策名称, 2..100 characters' })
  @IsString()
  @MaxLength(1000, { message: 'title（政策名称）长度须为 2 到 100 个字符' })
  title: string;

  @Field(() => String, { description: '政策内容/扶持措施, up to 2000 characters' })
  @IsString()
  @MaxLength(10000, { message: 'benefit（扶持内容）不能超过 2000 个字符' })
  benefit: string;

  @Field(() => DecimalScalarType, { nullable: true, description: '扶持金额上限 (CNY), if the benefit has one' })
  @IsOptional()
  benefitAmountCny?: string | null;

  @Field(() => StrictDateTime, { description: '申报截止: applications close then; must lie ahead' })
  deadline: Date;

  @Field(() => [String], { description: 'GB/T 2260 codes of the regions the policy covers (520000: 贵州省)' })
  @ArrayMaxSize(100, { message: 'regionCodes（适用地区）最多 100 个' })
  regionCodes: string[];

  @Field(() => [PolicyRuleInput], { description: `申报条件, at most ${MAX_RULES}, one per kind` })
  @ArrayMaxSize(100, { message: 'rules（申报条件）过多' })
  rules: PolicyRuleInput[];

  @Field(() => ID, { nullable: true, description: 'The docking event it is announced at' })
  @IsOptional()
  eventId?: string | null;
}

@InputType()
export class ApplyForPolicyInput {
  @Field(() => ID)
  policyId: string;

  @Field(() => ID, { nullable: true, description: 'The docking event the firm applies at (its report counts it)' })
  @IsOptional()
  eventId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500, { message: 'note（申报说明）不能超过 500 个字符' })
  note?: string | null;
}

@ArgsType()
export class PoliciesArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, description: 'Only the policies of the caller’s own body' })
  issuedByMe?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only policies still open for applications (default true)' })
  openOnly?: boolean | null;
}

@ArgsType()
export class PolicyApplicationsArgs extends PageArgs {
  @Field(() => PolicyApplicationStatus, { nullable: true })
  status?: PolicyApplicationStatus | null;
}

@ObjectType('PolicyRule', { description: '申报条件' })
export class PolicyRuleObject {
  @Field(() => PolicyRuleKind) kind: PolicyRuleKind;
  @Field(() => [Sector], { nullable: true }) sectors: Sector[] | null;
  @Field(() => [String], { nullable: true }) regionCodes: string[] | null;
  @Field(() => [EnterpriseScale], { nullable: true }) scales: EnterpriseScale[] | null;
  @Field(() => [String], { nullable: true }) certifications: string[] | null;
  @Field(() => [ID], { nullable: true }) eventIds: string[] | null;
  @Field(() => Boolean, { nullable: true }) attended: boolean | null;
  @Field(() => Int, { nullable: true }) minDeals: number | null;
  @Field(() => DecimalScalarType, { nullable: true }) minAmountCny: string | null;
  @Field(() => String, { description: 'What it asks for, in Chinese (所属行业为 生态特色食品)' }) description: string;
}

@ObjectType('PolicyCondition', { description: 'A rule checked for one firm: 已满足 / 未满足, with the reason' })
export class PolicyConditionObject {
  @Field(() => String, { description: 'A PolicyRuleKind, or REGION_SCOPE for the policy’s regions' }) kind: string;
  @Field(() => Boolean) met: boolean;
  @Field(() => String, { description: '「已满足：所属行业 生态特色食品」「未满足：需至少 1 笔已签约合同，当前 0 笔」' })
  detail: string;
}

@ObjectType('Policy', { description: '惠企政策' })
export class PolicyObject {
  @Field(() => ID) id: string;
  @Field(() => EnterpriseObject, { middleware: [resolveLazy], description: 'The government body that issued it' })
  issuer: Lazy<EnterpriseObject>;
  @Field(() => String) title: string;
  @Field(() => String) benefit: string;
  @Field(() => DecimalScalarType, { nullable: true }) benefitAmountCny: string | null;
  @Field(() => StrictDateTime, { description: '申报截止' }) deadline: Date;
  @Field(() => [String]) regionCodes: string[];
  @Field(() => [String], { description: 'The regions’ names (贵州省)' }) regionNames: string[];
  @Field(() => [PolicyRuleObject]) rules: PolicyRuleObject[];
  @Field(() => DockingEventObject, { nullable: true, middleware: [resolveLazy] })
  event: Lazy<DockingEventObject | null>;
  @Field(() => Boolean, { description: 'Applications are still open' }) open: boolean;
  @Field(() => StrictDateTime) createdAt: Date;

  issuerEnterpriseId: string;
  eligibleCountValue: number;
  evaluatedAtValue: Date | null;
}

@ObjectType('PolicyApplication', { description: '政策申报' })
export class PolicyApplicationObject {
  @Field(() => ID) id: string;
  @Field(() => PolicyObject, { middleware: [resolveLazy] }) policy: Lazy<PolicyObject>;
  @Field(() => EnterpriseObject, { middleware: [resolveLazy] }) enterprise: Lazy<EnterpriseObject>;
  @Field(() => DockingEventObject, { nullable: true, middleware: [resolveLazy] })
  event: Lazy<DockingEventObject | null>;
  @Field(() => PolicyApplicationStatus) status: PolicyApplicationStatus;
  @Field(() => String, { description: '已申报 / 已受理 / 已兑现 / 未通过' }) statusName: string;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => String, { nullable: true, description: 'The body’s note on its review (told to the firm)' })
  reviewNote: string | null;
  @Field(() => StrictDateTime, { nullable: true }) reviewedAt: Date | null;
  @Field(() => StrictDateTime) createdAt: Date;
}

export const PolicyApplicationConnection = Connection(PolicyApplicationObject, 'PolicyApplication');
export type PolicyApplicationConnection = Page<PolicyApplicationObject>;

export const PolicyConnection = Connection(PolicyObject, 'Policy');
export type PolicyConnection = Page<PolicyObject>;

@ObjectType('PolicyForFirm', { description: 'An open policy covering the firm, with each condition met or missing' })
export class PolicyForFirmObject {
  @Field(() => PolicyObject) policy: PolicyObject;
  @Field(() => Boolean, { description: '符合条件: every condition met' }) eligible: boolean;
  @Field(() => [PolicyConditionObject]) conditions: PolicyConditionObject[];
  @Field(() => PolicyApplicationObject, { nullable: true, description: 'The firm’s application, if it applied' })
  application: PolicyApplicationObject | null;
}

@ObjectType('PolicyApplicationsAtEvent', { description: 'Applications made at an event for one policy' })
export class PolicyApplicationsAtEventObject {
  @Field(() => ID) policyId: string;
  @Field(() => String) title: string;
  @Field(() => Int) count: number;
}

@ObjectType('EventPolicyReport', { description: '惠企政策 at an event: applications (not 未通过) linked to it' })
export class EventPolicyReportObject {
  @Field(() => Int) applications: number;
  @Field(() => [PolicyApplicationsAtEventObject], { description: 'By policy, most first (at most 50)' })
  byPolicy: PolicyApplicationsAtEventObject[];
}
