import { Field, Float, ID, InputType, ObjectType, OmitType, PartialType } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';

import { Connection, DateScalarType, Page, StrictDateTime } from '@duijie/common';
import { EnterpriseObject } from '@duijie/enterprises';
import { ChainCategoryObject, RegionObject, Sector } from '@duijie/reference';

import { ListingKind, ListingStatus, MatchingStatus } from './listing.enums';

// Shape limits only (to bound what a request can make us hold); the rules live in listing-rules.ts.
@InputType()
export class CreateListingInput {
  @Field(() => ListingKind)
  kind: ListingKind;

  @Field(() => String, { description: '1..120 characters' })
  @MaxLength(1000, { message: 'title（标题）过长' })
  title: string;

  @Field(() => String, { nullable: true, description: 'At most 4000 characters' })
  @IsOptional()
  @MaxLength(20000, { message: 'description（描述）过长' })
  description?: string | null;

  @Field(() => String, { description: "The product's chain category code" })
  @MaxLength(20, { message: 'categoryCode（产品类别）无效' })
  categoryCode: string;

  @Field(() => Float, { nullable: true, description: '> 0; SUPPLY: capacity available, DEMAND: quantity required' })
  quantity?: number | null;

  @Field(() => String, { nullable: true, description: 'One of the units of data/units.json' })
  @IsOptional()
  @MaxLength(20, { message: 'unit（单位）无效' })
  unit?: string | null;

  @Field(() => Float, { nullable: true, description: 'CNY per unit, >= 0; both prices absent = 面议' })
  priceMin?: number | null;

  @Field(() => Float, { nullable: true })
  priceMax?: number | null;

  @Field(() => String, { nullable: true, description: "Defaults to the enterprise's region" })
  @IsOptional()
  @MaxLength(12, { message: 'regionCode（地区代码）无效' })
  regionCode?: string | null;

  @Field(() => [String], { nullable: true, description: 'SUPPLY: held; DEMAND: required of the supplier' })
  @IsOptional()
  @ArrayMaxSize(50, { message: 'certifications（认证）过多' })
  @MaxLength(40, { each: true, message: 'certifications（认证）代码无效' })
  certifications?: string[] | null;

  @Field(() => DateScalarType, { nullable: true, description: 'Not in the past' })
  validUntil?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'DEMAND only' })
  confidential?: boolean | null;
}

/** Every field of CreateListingInput but the kind, all optional; null clears an optional field. */
@InputType()
export class UpdateListingInput extends PartialType(OmitType(CreateListingInput, ['kind'] as const)) {}

@InputType()
export class ListingFilter {
  @Field(() => ListingKind, { nullable: true })
  kind?: ListingKind | null;

  @Field(() => Sector, { nullable: true, description: "The sector of the listing's category" })
  sector?: Sector | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(20, { message: 'categoryCode（产品类别）无效' })
  categoryCode?: string | null;

  @Field(() => String, { nullable: true, description: 'A province, prefecture or county: listings inside it' })
  @IsOptional()
  @MaxLength(12, { message: 'regionCode（地区代码）无效' })
  regionCode?: string | null;

  @Field(() => ListingStatus, { nullable: true })
  status?: ListingStatus | null;

  @Field(() => String, { nullable: true, description: 'Words that must all appear in the title or description' })
  @IsOptional()
  @MaxLength(200, { message: 'text（搜索词）不能超过 200 个字符' })
  text?: string | null;
}

@ObjectType('Listing', { description: '供需信息' })
export class ListingObject {
  @Field(() => ID)
  id: string;

  @Field(() => ListingKind)
  kind: ListingKind;

  @Field(() => String)
  title: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => Float, { nullable: true })
  quantity: number | null;

  @Field(() => String, { nullable: true })
  unit: string | null;

  @Field(() => Float, { nullable: true })
  priceMin: number | null;

  @Field(() => Float, { nullable: true })
  priceMax: number | null;

  @Field(() => Boolean, { description: '价格面议: no price given' })
  priceNegotiable: boolean;

  @Field(() => [String])
  certifications: string[];

  @Field(() => DateScalarType, { nullable: true })
  validUntil: string | null;

  @Field(() => ListingStatus)
  status: ListingStatus;

  @Field(() => Boolean)
  confidential: boolean;

  @Field(() => StrictDateTime)
  createdAt: Date;

  @Field(() => StrictDateTime)
  updatedAt: Date;

  @Field(() => MatchingStatus)
  matchingStatus: MatchingStatus;

  // Relations are plain values or thunks called only when selected: reference data is in memory,
  // the enterprise is batched by the request's DataLoader, nothing is loaded that is not asked for.
  @Field(() => ChainCategoryObject)
  category: ChainCategoryObject;

  @Field(() => RegionObject)
  region: RegionObject;

  // A getter, not a thunk behind field middleware (Nest's middleware chain costs several promises
  // per listing): a plain value when the firm came with the page, else the request's DataLoader.
  @Field(() => EnterpriseObject)
  readonly enterprise: EnterpriseObject | Promise<EnterpriseObject>;

  enterpriseId: string;
  categoryCode: string;
  regionCode: string;
}

export const ListingConnection = Connection(ListingObject, 'Listing');
export type ListingConnection = Page<ListingObject>;
