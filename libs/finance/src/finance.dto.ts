import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsOptional, MaxLength } from 'class-validator';

import { Connection, DecimalScalarType, Lazy, Page, resolveLazy, StrictDateTime } from '@duijie/common';
import { EnterpriseScale } from '@duijie/enterprises';
import { EnterpriseObject } from '@duijie/enterprises';
import { DockingEventObject } from '@duijie/events';
import { DealStage } from '@duijie/outcomes';
import { Sector } from '@duijie/reference';

import { FinancingConditionCode, FinancingStatus, GuaranteeType, LoanStage } from './finance.enums';

registerEnumType(GuaranteeType, {
  name: 'GuaranteeType',
  description: '担保方式: 信用 / 抵押 / 担保 / 知识产权质押 / 订单融资 / 供应链金融',
});
registerEnumType(FinancingStatus, { name: 'FinancingStatus', description: '开放 / 已关闭' });
registerEnumType(LoanStage, { name: 'LoanStage', description: '受理 → 审批 → 已放款, or 未通过' });
registerEnumType(FinancingConditionCode, {
  name: 'FinancingConditionCode',
  description: 'Eligibility (行业, 地区, 企业规模) and fit (额度, 期限, 担保方式)',
});

/** At most this many deals behind one need (订单融资). */
export const MAX_SHARED_DEALS = 50;
/** At most this many regions (or sectors) a product names. */
export const MAX_PRODUCT_REGIONS = 50;

@InputType()
export class FinancingProductInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100, { message: 'name（产品名称）不能超过 100 个字' })
  name?: string | null;

  @Field(() => DecimalScalarType, { nullable: true, description: '最低额度（元）' }) minAmountCny?: string | null;
  @Field(() => DecimalScalarType, { nullable: true, description: '最高额度（元）' }) maxAmountCny?: string | null;
  @Field(() => Float, { nullable: true, description: '最低年化利率（%）' }) minAnnualRate?: number | null;
  @Field(() => Float, { nullable: true, description: '最高年化利率（%）' }) maxAnnualRate?: number | null;
  @Field(() => Int, { nullable: true, description: '最短期限（月）' }) minTermMonths?: number | null;
  @Field(() => Int, { nullable: true, description: '最长期限（月）' }) maxTermMonths?: number | null;
  @Field(() => [GuaranteeType], { nullable: true, description: '接受的担保方式' }) guaranteeTypes?:
    GuaranteeType[] | null;
  @Field(() => [Sector], { nullable: true, description: '支持的行业；空为不限' }) sectors?: Sector[] | null;
  @Field(() => [String], { nullable: true, description: '服务地区（GB/T 2260，按前缀匹配：520000 全省）；空为不限' })
  regionCodes?: string[] | null;
  @Field(() => [EnterpriseScale], { nullable: true, description: '面向的企业规模；空为不限' }) scales?:
    EnterpriseScale[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000, { message: 'description（产品介绍）过长' })
  description?: string | null;

  @Field(() => FinancingStatus, { nullable: true, description: 'OPEN (default) or CLOSED' })
  status?: FinancingStatus | null;
}

@InputType()
export class FinancingNeedInput {
  @Field(() => DecimalScalarType, { nullable: true, description: '融资金额（元）' }) amountCny?: string | null;

  @Field(() => String, { nullable: true, description: '资金用途' })
  @IsOptional()
  @MaxLength(500, { message: 'purpose（资金用途）不能超过 500 个字' })
  purpose?: string | null;

  @Field(() => Int, { nullable: true, description: '期限（月）' }) termMonths?: number | null;
  @Field(() => [GuaranteeType], { nullable: true, description: '可提供的担保方式' }) guaranteeTypes?:
    GuaranteeType[] | null;
  @Field(() => EnterpriseScale, { nullable: true, description: '企业规模; left out, the firm’s declared scale' })
  scale?: EnterpriseScale | null;
  @Field(() => ID, { nullable: true, description: 'The docking event the need was raised at' }) eventId?: string | null;
  @Field(() => Boolean, { nullable: true, description: '仅金融机构可见 (default true)' }) confidential?: boolean | null;
  @Field(() => FinancingStatus, { nullable: true }) status?: FinancingStatus | null;
}

@InputType()
export class ShareDealsWithLenderInput {
  @Field(() => ID) needId: string;
  @Field(() => ID, { description: 'The bank that may see the deals' }) lenderEnterpriseId: string;
  @Field(() => ID, { nullable: true, description: 'The product applied for, if any (must be the bank’s)' })
  productId?: string | null;
  @Field(() => [ID], { description: `The firm’s confirmed signed sales to show (1 to ${MAX_SHARED_DEALS})` })
  dealIds: string[];
}

@ObjectType('FinancingProduct', { description: '金融产品: a financial institution’s loan offer' })
export class FinancingProductObject {
  @Field(() => ID) id: string;
  @Field(() => EnterpriseObject, { middleware: [resolveLazy], description: 'The bank' }) lender: Lazy<EnterpriseObject>;
  @Field(() => String) name: string;
  @Field(() => DecimalScalarType) minAmountCny: string;
  @Field(() => DecimalScalarType) maxAmountCny: string;
  @Field(() => Float) minAnnualRate: number;
  @Field(() => Float) maxAnnualRate: number;
  @Field(() => Int) minTermMonths: number;
  @Field(() => Int) maxTermMonths: number;
  @Field(() => [GuaranteeType]) guaranteeTypes: GuaranteeType[];
  @Field(() => [Sector]) sectors: Sector[];
  @Field(() => [String]) regionCodes: string[];
  @Field(() => [EnterpriseScale]) scales: EnterpriseScale[];
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => FinancingStatus) status: FinancingStatus;
  @Field(() => StrictDateTime) createdAt: Date;
  @Field(() => StrictDateTime) updatedAt: Date;
}

@ObjectType('SharedDeal', { description: 'A confirmed signed sale behind an order-financing need (订单融资)' })
export class SharedDealObject {
  @Field(() => ID) dealId: string;
  @Field(() => String, { description: 'The buyer (客户) named on the contract' }) counterpartName: string;
  @Field(() => DecimalScalarType, { nullable: true }) amountCny: string | null;
  @Field(() => DealStage) stage: DealStage;
  @Field(() => StrictDateTime, { description: 'When both firms agreed to the stage' }) agreedAt: Date;
}

@ObjectType('FinancingDealShare', { description: 'A firm’s consent that one bank sees chosen deals behind a need' })
export class FinancingDealShareObject {
  @Field(() => ID) id: string;
  @Field(() => ID) needId: string;
  @Field(() => EnterpriseObject, { middleware: [resolveLazy] }) lender: Lazy<EnterpriseObject>;
  @Field(() => ID, { nullable: true }) productId: string | null;
  @Field(() => [ID]) dealIds: string[];
  @Field(() => StrictDateTime) createdAt: Date;
  @Field(() => StrictDateTime, { nullable: true, description: 'Consent withdrawn (撤回授权)' })
  withdrawnAt: Date | null;
}

@ObjectType('FinancingNeed', { description: '融资需求: a firm asks for a loan; confidential needs are for banks only' })
export class FinancingNeedObject {
  @Field(() => ID) id: string;
  @Field(() => EnterpriseObject, { middleware: [resolveLazy] }) enterprise: Lazy<EnterpriseObject>;
  @Field(() => DockingEventObject, { nullable: true, middleware: [resolveLazy] })
  event: Lazy<DockingEventObject | null>;
  @Field(() => DecimalScalarType) amountCny: string;
  @Field(() => String) purpose: string;
  @Field(() => Int) termMonths: number;
  @Field(() => [GuaranteeType]) guaranteeTypes: GuaranteeType[];
  @Field(() => EnterpriseScale) scale: EnterpriseScale;
  @Field(() => Sector) sector: Sector;
  @Field(() => String) regionCode: string;
  @Field(() => Boolean) confidential: boolean;
  @Field(() => FinancingStatus) status: FinancingStatus;
  @Field(() => StrictDateTime) createdAt: Date;
  @Field(() => [SharedDealObject], {
    middleware: [resolveLazy],
    description:
      'Deals behind the need (订单融资): to the firm, those it shares; to a bank, those shared with it; else none',
  })
  sharedDeals: Lazy<SharedDealObject[]>;
  @Field(() => [FinancingDealShareObject], {
    middleware: [resolveLazy],
    description: 'The firm’s consents (to its members only), newest first',
  })
  dealShares: Lazy<FinancingDealShareObject[]>;
}

@ObjectType('FinancingCondition', { description: 'A condition of a match, met or missing, said in Chinese' })
export class FinancingConditionObject {
  @Field(() => FinancingConditionCode) code: FinancingConditionCode;
  @Field(() => Boolean) met: boolean;
  @Field(() => Float, { description: 'Share of the score this condition earned' }) contribution: number;
  @Field(() => String) detail: string;
}

@ObjectType('FinancingMatch', { description: '政银企匹配: a need against a product, with the bank’s loan record' })
export class FinancingMatchObject {
  @Field(() => FinancingNeedObject, { middleware: [resolveLazy] }) need: Lazy<FinancingNeedObject>;
  @Field(() => FinancingProductObject, { middleware: [resolveLazy] }) product: Lazy<FinancingProductObject>;
  @Field(() => Boolean, { description: 'Sector, region and firm size all met' }) eligible: boolean;
  @Field(() => Float, { description: '0..1 (额度, 期限, 担保方式); 0 when not eligible' }) score: number;
  @Field(() => [FinancingConditionObject]) conditions: FinancingConditionObject[];
  @Field(() => LoanStage, { nullable: true }) loanStage: LoanStage | null;
  @Field(() => DecimalScalarType, { nullable: true, description: '放款金额（元）' }) loanAmountCny: string | null;
  @Field(() => StrictDateTime, { nullable: true }) loanUpdatedAt: Date | null;
}

@ObjectType('LoanOutcome', { description: 'Loans disbursed (已放款) for needs raised at the event, in one group' })
export class LoanOutcomeObject {
  @Field(() => String, { description: 'A Sector, or a prefecture’s GB/T 2260 code' }) key: string;
  @Field(() => String) name: string;
  @Field(() => Int) loans: number;
  @Field(() => DecimalScalarType) amountCny: string;
}

@ObjectType('LoanReport', { description: '政银企: needs raised at the event and the loans disbursed for them' })
export class LoanReportObject {
  @Field(() => Int) needs: number;
  @Field(() => DecimalScalarType, { description: 'Amount asked for' }) needAmountCny: string;
  @Field(() => Int, { description: 'Needs with an eligible product' }) matchedNeeds: number;
  @Field(() => Int) loans: number;
  @Field(() => DecimalScalarType) amountCny: string;
  @Field(() => [LoanOutcomeObject]) bySector: LoanOutcomeObject[];
  @Field(() => [LoanOutcomeObject], { description: 'By the borrower’s prefecture (市/州)' })
  byRegion: LoanOutcomeObject[];
}

export const FinancingProductConnection = Connection(FinancingProductObject, 'FinancingProduct');
export type FinancingProductConnection = Page<FinancingProductObject>;
export const FinancingNeedConnection = Connection(FinancingNeedObject, 'FinancingNeed');
export type FinancingNeedConnection = Page<FinancingNeedObject>;
export const FinancingMatchConnection = Connection(FinancingMatchObject, 'FinancingMatch');
export type FinancingMatchConnection = Page<FinancingMatchObject>;
