import { Field, ID, InputType, ObjectType, OmitType, PartialType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

import { StrictDateTime } from '@duijie/common';
import { Sector } from '@duijie/reference';

import { VerificationStatus } from './enterprise.entity';
import { EnterpriseScale, ParticipantType } from './participant-type';

registerEnumType(VerificationStatus, { name: 'VerificationStatus', description: '未认证 / 已认证' });
registerEnumType(ParticipantType, {
  name: 'ParticipantType',
  description: '参与方类型: 企业 / 政府部门 / 金融机构 / 高校/科研院所 / 行业协会',
});
registerEnumType(EnterpriseScale, { name: 'EnterpriseScale', description: '企业规模: 微型 / 小型 / 中型 / 大型' });

@InputType()
export class RegisterEnterpriseInput {
  @Field(() => String, { description: '企业名称, 2..100 characters' })
  @IsString()
  @MaxLength(1000, { message: 'name（企业名称）长度须为 2 到 100 个字符' })
  name: string;

  @Field(() => String, { description: '统一社会信用代码 (GB 32100-2015), check character verified' })
  @IsString()
  @MaxLength(40, { message: 'creditCode（统一社会信用代码）应为 18 位' })
  creditCode: string;

  @Field(() => String, { description: 'GB/T 2260 six-digit code of the registered location' })
  @IsString()
  @MaxLength(12, { message: 'regionCode（所在地区代码）应为 6 位行政区划代码' })
  regionCode: string;

  @Field(() => Sector)
  sector: Sector;

  @Field(() => ParticipantType, {
    nullable: true,
    description:
      '参与方类型; left out, the credit code and the name propose it (proposedParticipantType). An admin’s verifyEnterprise confirms it',
  })
  @IsOptional()
  participantType?: ParticipantType | null;

  @Field(() => EnterpriseScale, { nullable: true, description: '企业规模' })
  @IsOptional()
  scale?: EnterpriseScale | null;

  @Field(() => [String], { nullable: true, description: 'Chain category codes the firm works in' })
  @IsOptional()
  @ArrayMaxSize(30, { message: 'categoryCodes（产业链环节）最多 30 个' })
  categoryCodes?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000, { message: 'description（企业简介）不能超过 2000 个字符' })
  description?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(50, { message: 'contactName（联系人）不能超过 50 个字符' })
  contactName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\+?[0-9][0-9 -]{4,28}$/, { message: 'contactPhone（联系电话）格式不正确' })
  contactPhone?: string | null;
}

/**
 * Every field of RegisterEnterpriseInput but the credit code (fixed at registration) and the
 * participant type (changed only by an admin's verifyEnterprise), all optional.
 */
@InputType()
export class UpdateEnterpriseInput extends PartialType(
  OmitType(RegisterEnterpriseInput, ['creditCode', 'participantType'] as const),
) {}

@ObjectType('Enterprise', { description: '企业' })
export class EnterpriseObject {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { description: '统一社会信用代码' })
  creditCode: string;

  @Field(() => Sector)
  sector: Sector;

  @Field(() => ParticipantType, {
    description: '参与方类型 as declared; confirmed when verificationStatus is VERIFIED',
  })
  participantType: ParticipantType;

  @Field(() => EnterpriseScale, { nullable: true, description: '企业规模, as the firm declares it' })
  scale: EnterpriseScale | null;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => StrictDateTime)
  createdAt: Date;

  @Field(() => VerificationStatus, {
    description: '已认证 (VERIFIED: an admin or an organiser of an event it registered for saw its licence) / 未认证',
  })
  verificationStatus: VerificationStatus;

  @Field(() => StrictDateTime, { nullable: true })
  verifiedAt: Date | null;

  @Field(() => Boolean, {
    description: 'False for a firm an organiser’s import created that nobody has claimed yet (认领企业 asks for it)',
  })
  claimed: boolean;

  regionCode: string;
  categoryCodes: string[];
  contactName: string | null;
  contactPhone: string | null;
}
