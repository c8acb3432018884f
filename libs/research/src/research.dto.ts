import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsOptional, MaxLength } from 'class-validator';

import { Connection, DateScalarType, DecimalScalarType, Lazy, Page, resolveLazy, StrictDateTime } from '@duijie/common';
import { EnterpriseObject } from '@duijie/enterprises';
import { DockingEventObject } from '@duijie/events';
import { ChainCategoryObject, RegionObject, Sector } from '@duijie/reference';

import { CooperationMode, IpKind, TechContractStatus, TechMatchCondition, TechMaturity } from './technology.enums';

registerEnumType(TechMaturity, {
  name: 'TechMaturity',
  description: '成熟度: LABORATORY 实验室, SMALL_PILOT 小试, PILOT 中试, INDUSTRIALISED 产业化 (in this order)',
});
registerEnumType(CooperationMode, {
  name: 'CooperationMode',
  description: '合作方式: TRANSFER 转让, LICENSE 许可, JOINT_DEVELOPMENT 合作开发, TECHNICAL_SERVICE 技术服务',
});
registerEnumType(IpKind, {
  name: 'IpKind',
  description:
    '知识产权: INVENTION_PATENT 发明专利, UTILITY_MODEL 实用新型, DESIGN_PATENT 外观设计, SOFTWARE_COPYRIGHT 软件著作权, PLANT_VARIETY 植物新品种, TECHNICAL_SECRET 技术秘密',
});
registerEnumType(TechContractStatus, {
  name: 'TechContractStatus',
  description: 'PROPOSED (awaits the other side), CONFIRMED (counts in reports), DECLINED',
});
registerEnumType(TechMatchCondition, {
  name: 'TechMatchCondition',
  description: 'TERMS 关键词, CATEGORY 产业链环节, MATURITY 成熟度, BUDGET 预算',
});

@InputType()
export class IpRightInput {
  @Field(() => IpKind) kind: IpKind;
  @Field(() => String, { description: '专利号 / 登记号' })
  @MaxLength(100, { message: 'ipRights.number（号码）过长' })
  number: string;
}

@InputType({ description: 'A technology result (技术成果); a verified research body publishes it' })
export class TechnologyResultInput {
  @Field(() => String)
  @MaxLength(500, { message: 'title（成果名称）过长' })
  title: string;

  @Field(() => String, { description: '技术领域与简介' })
  @MaxLength(5000, { message: 'description（技术领域与简介）过长' })
  description: string;

  @Field(() => [String], { description: 'Chain category codes (1 to 5)' })
  categoryCodes: string[];

  @Field(() => TechMaturity) maturity: TechMaturity;

  @Field(() => [IpRightInput], { nullable: true, description: 'Patents and other IP (up to 20)' })
  ipRights?: IpRightInput[] | null;

  @Field(() => [CooperationMode]) cooperationModes: CooperationMode[];

  @Field(() => DecimalScalarType, { nullable: true, description: 'CNY, exact; null: 面议' })
  priceCny?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Open to matching (default true)' })
  open?: boolean | null;
}

@InputType({ description: 'A technology need (技术需求); any firm posts it' })
export class TechnologyNeedInput {
  @Field(() => String)
  @MaxLength(500, { message: 'title（需求名称）过长' })
  title: string;

  @Field(() => String, { description: '需要解决的问题' })
  @MaxLength(5000, { message: 'problem（需要解决的问题）过长' })
  problem: string;

  @Field(() => String, { description: 'Chain category code' }) categoryCode: string;

  @Field(() => DecimalScalarType, { nullable: true, description: 'CNY, exact; optional' })
  budgetCny?: string | null;

  @Field(() => DateScalarType, { description: 'Matched until this day (China time)' }) deadline: string;

  @Field(() => TechMaturity, { description: 'The least maturity the firm can use' }) minMaturity: TechMaturity;

  @Field(() => ID, { nullable: true, description: 'The docking event it was posted at' })
  @IsOptional()
  eventId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Open to matching (default true)' })
  open?: boolean | null;
}

@InputType({ description: 'A technology contract (技术合同) one side proposes; the other confirms' })
export class ProposeTechnologyContractInput {
  @Field(() => ID) resultId: string;
  @Field(() => ID) needId: string;
  @Field(() => DecimalScalarType, { description: 'CNY, exact' }) amountCny: string;
  @Field(() => CooperationMode, { description: 'One of the result’s cooperation modes' }) mode: CooperationMode;
  @Field(() => DateScalarType, { description: '签订日期' }) signedOn: string;
}

@ObjectType('IpRight')
export class IpRightObject {
  @Field(() => IpKind) kind: IpKind;
  @Field(() => String) number: string;
}

@ObjectType('TechnologyResult', { description: '技术成果 of a research body (高校/科研院所)' })
export class TechnologyResultObject {
  @Field(() => ID) id: string;
  @Field(() => EnterpriseObject, { middleware: [resolveLazy] }) enterprise: Lazy<EnterpriseObject>;
  @Field(() => String) title: string;
  @Field(() => String, { description: '技术领域与简介' }) description: string;
  @Field(() => [ChainCategoryObject]) categories: ChainCategoryObject[];
  @Field(() => TechMaturity) maturity: TechMaturity;
  @Field(() => [IpRightObject]) ipRights: IpRightObject[];
  @Field(() => [CooperationMode]) cooperationModes: CooperationMode[];
  @Field(() => DecimalScalarType, { nullable: true, description: 'CNY; null: 面议' }) priceCny: string | null;
  @Field(() => Boolean) open: boolean;
  @Field(() => StrictDateTime) createdAt: Date;
  @Field(() => StrictDateTime) updatedAt: Date;
}

@ObjectType('TechnologyNeed', { description: '技术需求 of a firm' })
export class TechnologyNeedObject {
  @Field(() => ID) id: string;
  @Field(() => EnterpriseObject, { middleware: [resolveLazy] }) enterprise: Lazy<EnterpriseObject>;
  @Field(() => String) title: string;
  @Field(() => String, { description: '需要解决的问题' }) problem: string;
  @Field(() => ChainCategoryObject, { nullable: true }) category: ChainCategoryObject | null;
  @Field(() => DecimalScalarType, { nullable: true }) budgetCny: string | null;
  @Field(() => DateScalarType) deadline: string;
  @Field(() => TechMaturity) minMaturity: TechMaturity;
  @Field(() => DockingEventObject, { nullable: true, middleware: [resolveLazy] })
  event: Lazy<DockingEventObject | null>;
  @Field(() => Boolean) open: boolean;
  @Field(() => StrictDateTime) createdAt: Date;
  @Field(() => StrictDateTime) updatedAt: Date;
}

@ObjectType('TechMatchReason', { description: 'One condition of a technology match, met or missing, in Chinese' })
export class TechMatchReasonObject {
  @Field(() => TechMatchCondition) condition: TechMatchCondition;
  @Field(() => Boolean) met: boolean;
  @Field(() => String) text: string;
}

@ObjectType('TechnologyMatch', { description: 'A technology result matched to a technology need, explained' })
export class TechnologyMatchObject {
  @Field(() => Float, { description: '0..1' }) score: number;
  @Field(() => [TechMatchReasonObject]) reasons: TechMatchReasonObject[];
  @Field(() => TechnologyResultObject, { middleware: [resolveLazy] }) result: Lazy<TechnologyResultObject>;
  @Field(() => TechnologyNeedObject, { middleware: [resolveLazy] }) need: Lazy<TechnologyNeedObject>;
}

@ObjectType('TechnologyContract', {
  description: '技术合同 between a research body and a firm; counts in reports once the other side confirmed',
})
export class TechnologyContractObject {
  @Field(() => ID) id: string;
  @Field(() => TechnologyResultObject, { middleware: [resolveLazy] }) result: Lazy<TechnologyResultObject>;
  @Field(() => TechnologyNeedObject, { middleware: [resolveLazy] }) need: Lazy<TechnologyNeedObject>;
  @Field(() => EnterpriseObject, { middleware: [resolveLazy], description: 'The research body' })
  research: Lazy<EnterpriseObject>;
  @Field(() => EnterpriseObject, { middleware: [resolveLazy], description: 'The firm' })
  firm: Lazy<EnterpriseObject>;
  @Field(() => EnterpriseObject, { middleware: [resolveLazy] }) proposedBy: Lazy<EnterpriseObject>;
  @Field(() => DecimalScalarType) amountCny: string;
  @Field(() => CooperationMode) mode: CooperationMode;
  @Field(() => DateScalarType) signedOn: string;
  @Field(() => TechContractStatus) status: TechContractStatus;
  @Field(() => DockingEventObject, { nullable: true, middleware: [resolveLazy] })
  event: Lazy<DockingEventObject | null>;
  @Field(() => Boolean, { description: 'The viewer’s firm is the side that must confirm or decline' })
  awaitingMyConfirmation: boolean;
  @Field(() => StrictDateTime) createdAt: Date;
}

export const TechnologyResultConnection = Connection(TechnologyResultObject, 'TechnologyResult');
export type TechnologyResultConnection = Page<TechnologyResultObject>;
export const TechnologyNeedConnection = Connection(TechnologyNeedObject, 'TechnologyNeed');
export type TechnologyNeedConnection = Page<TechnologyNeedObject>;
export const TechnologyContractConnection = Connection(TechnologyContractObject, 'TechnologyContract');
export type TechnologyContractConnection = Page<TechnologyContractObject>;

@ObjectType('TechContractSectorFigure')
export class TechContractSectorFigureObject {
  @Field(() => Sector, { description: 'The firm’s sector' }) sector: Sector;
  @Field(() => Int) contracts: number;
  @Field(() => DecimalScalarType) amountCny: string;
}

@ObjectType('TechContractCategoryFigure')
export class TechContractCategoryFigureObject {
  @Field(() => ChainCategoryObject, { description: 'The need’s category' }) category: ChainCategoryObject;
  @Field(() => Int) contracts: number;
  @Field(() => DecimalScalarType) amountCny: string;
}

@ObjectType('TechContractRegionFigure')
export class TechContractRegionFigureObject {
  @Field(() => RegionObject, { description: 'The firm’s prefecture (市)' }) region: RegionObject;
  @Field(() => Int) contracts: number;
  @Field(() => DecimalScalarType) amountCny: string;
}

@ObjectType('TechnologyContractFigures', {
  description: '技术合同 of an event: confirmed contracts on needs posted at the event',
})
export class TechnologyContractFiguresObject {
  @Field(() => Int) contracts: number;
  @Field(() => DecimalScalarType) amountCny: string;
  @Field(() => [TechContractSectorFigureObject]) bySector: TechContractSectorFigureObject[];
  @Field(() => [TechContractCategoryFigureObject]) byCategory: TechContractCategoryFigureObject[];
  @Field(() => [TechContractRegionFigureObject]) byRegion: TechContractRegionFigureObject[];
}
