import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

import { Connection, StrictDateTime } from '@duijie/common';

import { EnterpriseClaimEntity, EnterpriseClaimStatus } from './enterprise-claim.entity';
import { EnterpriseObject } from './enterprises.dto';

registerEnumType(EnterpriseClaimStatus, { name: 'EnterpriseClaimStatus', description: '待审核 / 已通过 / 已驳回' });

@ObjectType('EnterpriseClaim', {
  description:
    '认领企业: a user’s claim on a firm an organiser’s import created, reviewed by that organiser or an admin',
})
export class EnterpriseClaimObject {
  @Field(() => ID) id: string;
  @Field(() => EnterpriseClaimStatus) status: EnterpriseClaimStatus;
  @Field(() => String, { description: 'The firm’s name as the claimant gave it' }) name: string;
  @Field(() => String, { nullable: true }) contactName: string | null;
  @Field(() => String, { nullable: true }) contactPhone: string | null;
  @Field(() => ID) claimantUserId: string;
  @Field(() => StrictDateTime) createdAt: Date;
  @Field(() => StrictDateTime, { nullable: true }) reviewedAt: Date | null;
  enterpriseId: string;
}

export const EnterpriseClaimConnection = Connection(EnterpriseClaimObject, 'EnterpriseClaim');
export type EnterpriseClaimConnection = InstanceType<typeof EnterpriseClaimConnection>;

export const EnterpriseConnection = Connection(EnterpriseObject, 'Enterprise');
export type EnterpriseConnection = InstanceType<typeof EnterpriseConnection>;

export function toClaimObject(c: EnterpriseClaimEntity): EnterpriseClaimObject {
  return {
    id: c.id,
    status: c.status,
    name: c.name,
    contactName: c.contactName,
    contactPhone: c.contactPhone,
    claimantUserId: c.claimantUserId,
    createdAt: c.createdAt,
    reviewedAt: c.reviewedAt,
    enterpriseId: c.enterpriseId,
  };
}
