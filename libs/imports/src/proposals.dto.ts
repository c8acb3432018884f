import { Field, Float, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

import { Connection, DateScalarType, StrictDateTime } from '@duijie/common';
import { ListingKind } from '@duijie/listings';

import { ListingProposalEntity, ListingProposalStatus } from './listing-proposal.entity';

registerEnumType(ListingProposalStatus, {
  name: 'ListingProposalStatus',
  description: '待确认 / 已接受 / 已拒绝',
});

@ObjectType('ListingProposal', {
  description:
    '待确认的供需信息: a listing an organiser’s import proposed to the firm; nothing of the firm changes until a member accepts it',
})
export class ListingProposalObject {
  @Field(() => ID) id: string;
  @Field(() => ListingProposalStatus) status: ListingProposalStatus;
  @Field(() => ID, { description: 'The docking event it was proposed for; accepting registers the firm for it' })
  eventId: string;
  @Field(() => String) eventTitle: string;
  @Field(() => ListingKind) kind: ListingKind;
  @Field(() => String) title: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => String) categoryCode: string;
  @Field(() => Float, { nullable: true }) quantity: number | null;
  @Field(() => String, { nullable: true }) unit: string | null;
  @Field(() => Float, { nullable: true }) priceMin: number | null;
  @Field(() => Float, { nullable: true }) priceMax: number | null;
  @Field(() => String) regionCode: string;
  @Field(() => [String]) certifications: string[];
  @Field(() => DateScalarType, { nullable: true }) validUntil: string | null;
  @Field(() => ID, { nullable: true, description: 'The listing an accepted proposal became' }) listingId: string | null;
  @Field(() => StrictDateTime) createdAt: Date;
  @Field(() => StrictDateTime, { nullable: true }) respondedAt: Date | null;
}

export const ListingProposalConnection = Connection(ListingProposalObject, 'ListingProposal');
export type ListingProposalConnection = InstanceType<typeof ListingProposalConnection>;

export function toProposalObject(p: ListingProposalEntity, eventTitle: string): ListingProposalObject {
  const d = p.draft;
  return {
    id: p.id,
    status: p.status,
    eventId: p.eventId,
    eventTitle,
    kind: d.kind,
    title: d.title,
    description: d.description,
    categoryCode: d.categoryCode,
    quantity: d.quantity,
    unit: d.unit,
    priceMin: d.priceMin,
    priceMax: d.priceMax,
    regionCode: d.regionCode,
    certifications: d.certifications,
    validUntil: d.validUntil,
    listingId: p.listingId,
    createdAt: p.createdAt,
    respondedAt: p.respondedAt,
  };
}
