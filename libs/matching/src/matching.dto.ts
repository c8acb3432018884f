import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { Connection, Lazy, Page, resolveLazy, StrictDateTime } from '@duijie/common';
import { EnterpriseObject } from '@duijie/enterprises';
import { ListingObject } from '@duijie/listings';

import { MatchReasonCode } from './engine/types';
import { MatchRunStatus } from './match-run.entity';
import { MatchDecision } from './match-suggestion.entity';

export enum MatchReasonCodeEnum {
  SAME_CATEGORY = 'SAME_CATEGORY',
  CHAIN_LINK = 'CHAIN_LINK',
  KEYWORDS = 'KEYWORDS',
  QUANTITY_FIT = 'QUANTITY_FIT',
  PRICE_OVERLAP = 'PRICE_OVERLAP',
  REGION = 'REGION',
  CERTIFICATION = 'CERTIFICATION',
  VALIDITY = 'VALIDITY',
}
// The engine's codes and the API's enum are one list: this fails to compile if they drift apart.
const _sameCodes: Record<MatchReasonCode, MatchReasonCodeEnum> = MatchReasonCodeEnum;
void _sameCodes;

registerEnumType(MatchReasonCodeEnum, { name: 'MatchReasonCode' });
registerEnumType(MatchDecision, { name: 'MatchDecision' });
registerEnumType(MatchRunStatus, { name: 'MatchRunStatus' });

export enum PartnerDirection {
  UPSTREAM = 'UPSTREAM',
  DOWNSTREAM = 'DOWNSTREAM',
}
registerEnumType(PartnerDirection, {
  name: 'PartnerDirection',
  description: 'UPSTREAM: the partner supplies the enterprise; DOWNSTREAM: the partner buys from it',
});

@ObjectType('MatchReason', { description: 'One part of a match score, tied to the listings’ own fields' })
export class MatchReasonObject {
  @Field(() => MatchReasonCodeEnum)
  code: MatchReasonCodeEnum;

  @Field(() => Float, { description: "This part's share of the score" })
  contribution: number;

  @Field(() => String, { description: 'The reason in words, e.g. 供应能力 300万只 ≥ 需求 200万只' })
  detail: string;
}

@ObjectType('MatchSuggestion', { description: '匹配建议: one supply paired with one demand' })
export class MatchSuggestionObject {
  @Field(() => ID)
  id: string;

  @Field(() => ListingObject, { middleware: [resolveLazy] })
  supply: Lazy<ListingObject>;

  @Field(() => ListingObject, { middleware: [resolveLazy] })
  demand: Lazy<ListingObject>;

  @Field(() => Float, { description: '0..1, higher is better' })
  score: number;

  @Field(() => [MatchReasonObject])
  reasons: MatchReasonObject[];

  @Field(() => MatchDecision, { nullable: true })
  supplyDecision: MatchDecision | null;

  @Field(() => MatchDecision, { nullable: true })
  demandDecision: MatchDecision | null;

  @Field(() => StrictDateTime)
  createdAt: Date;

  @Field(() => StrictDateTime, { description: 'When the score or a decision last changed' })
  updatedAt: Date;
}

export const MatchSuggestionConnection = Connection(MatchSuggestionObject, 'MatchSuggestion');
export type MatchSuggestionConnection = Page<MatchSuggestionObject>;

@ObjectType('PartnerSuggestion', { description: 'A firm up- or downstream whose open listings fit the enterprise’s' })
export class PartnerSuggestionObject {
  @Field(() => EnterpriseObject, { middleware: [resolveLazy] })
  enterprise: Lazy<EnterpriseObject>;

  @Field(() => PartnerDirection)
  direction: PartnerDirection;

  @Field(() => Float, { description: 'The best match score between the two firms’ listings' })
  score: number;

  @Field(() => Int, { description: 'How many of their listings were matched' })
  matchCount: number;

  @Field(() => MatchSuggestionObject, { middleware: [resolveLazy] })
  bestMatch: Lazy<MatchSuggestionObject>;
}

@ObjectType('MatchRun', { description: 'A full re-match of every open listing, run as chunked jobs' })
export class MatchRunObject {
  @Field(() => ID)
  id: string;

  @Field(() => MatchRunStatus)
  status: MatchRunStatus;

  @Field(() => Int, {
    nullable: true,
    description: 'Open listings to recompute; known once the worker has listed them',
  })
  total: number | null;

  @Field(() => Int)
  done: number;

  @Field(() => StrictDateTime)
  createdAt: Date;

  @Field(() => StrictDateTime, { nullable: true })
  finishedAt: Date | null;
}
