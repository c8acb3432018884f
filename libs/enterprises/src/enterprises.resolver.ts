import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';

import {
  AccessService,
  Authenticated,
  CurrentViewer,
  loaderOf,
  OptionalViewer,
  RequestContext,
  RequestCtx,
  UnauthenticatedGuardError,
  UserObject,
  Viewer,
} from '@duijie/accounts';
import { ChainCategory, ChainCategoryObject, ReferenceService, RegionObject, toRegionObject } from '@duijie/reference';
import { Sector } from '@duijie/reference';

import { EnterpriseConnection } from './claims.dto';
import { ClaimsService } from './claims.service';
import { EnterpriseEntity } from './enterprise.entity';
import { EnterpriseLoader } from './enterprise.loader';
import { EnterpriseObject, RegisterEnterpriseInput, UpdateEnterpriseInput } from './enterprises.dto';
import { EnterprisesService } from './enterprises.service';
import { ParticipantType, proposeParticipantType } from './participant-type';

export function toEnterpriseObject(e: EnterpriseEntity): EnterpriseObject {
  return {
    id: e.id,
    name: e.name,
    creditCode: e.creditCode,
    sector: e.sector as Sector,
    participantType: e.participantType,
    scale: e.scale,
    description: e.description,
    createdAt: e.createdAt,
    regionCode: e.regionCode,
    categoryCodes: e.categoryCodes,
    contactName: e.contactName,
    contactPhone: e.contactPhone,
    verificationStatus: e.verificationStatus,
    verifiedAt: e.verifiedAt ?? null,
    claimed: e.claimed,
  };
}

@Resolver(() => EnterpriseObject)
export class EnterprisesResolver {
  constructor(
    private readonly enterprises: EnterprisesService,
    private readonly reference: ReferenceService,
    private readonly access: AccessService,
    private readonly claims: ClaimsService,
  ) {}

  @Mutation(() => EnterpriseObject, {
    description:
      'Registers an enterprise; the caller becomes its owner. For the credit code of a firm an organiser imported and nobody has claimed, it asks to claim it instead (认领企业): the firm is answered with claimed false, and the claim is in myEnterpriseClaims until the organiser who imported it or an admin approves',
  })
  @Authenticated()
  async registerEnterprise(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: RegisterEnterpriseInput,
  ): Promise<EnterpriseObject> {
    return toEnterpriseObject(await this.enterprises.register(viewer, input));
  }

  @Mutation(() => EnterpriseObject)
  @Authenticated()
  async updateEnterprise(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateEnterpriseInput,
  ): Promise<EnterpriseObject> {
    return toEnterpriseObject(await this.enterprises.update(viewer, id, input));
  }

  @Query(() => EnterpriseObject, { nullable: true })
  async enterprise(@Args('id', { type: () => ID }) id: string): Promise<EnterpriseObject | null> {
    const e = await this.enterprises.get(id);
    return e ? toEnterpriseObject(e) : null;
  }

  @Mutation(() => EnterpriseObject, {
    description:
      '已认证: marks the firm verified (an admin, or an organiser of an event the firm registered for), confirming its participant type; only an admin may give a different participantType',
  })
  @Authenticated()
  async verifyEnterprise(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('participantType', { type: () => ParticipantType, nullable: true }) participantType?: ParticipantType | null,
  ): Promise<EnterpriseObject> {
    await this.claims.verify(viewer, id, participantType ?? null);
    return toEnterpriseObject((await this.enterprises.get(id))!);
  }

  @Query(() => EnterpriseConnection, {
    description: 'ADMIN: firms to review — not verified, with the same name (normalised) as another firm; newest first',
  })
  @Authenticated()
  async enterprisesToReview(
    @CurrentViewer() viewer: Viewer,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<EnterpriseConnection> {
    const page = await this.claims.toReview(viewer, first, after);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toEnterpriseObject(e.node) })) };
  }

  @ResolveField(() => Boolean, {
    description:
      'Flagged for review: not verified, and another firm has the same name (normalised: spaces, brackets, full-width forms)',
  })
  needsReview(@Parent() e: EnterpriseObject, @RequestCtx() ctx: RequestContext): Promise<boolean> {
    const loader = loaderOf(
      ctx,
      'enterprise.needsReview',
      () =>
        new DataLoader<string, boolean>(async (ids) => {
          const flagged = await this.claims.needingReview(ids);
          return ids.map((id) => flagged.has(id));
        }),
    );
    return loader.load(e.id);
  }

  @ResolveField(() => ParticipantType, {
    description: 'The type the credit code’s registering-authority digits and the name propose (for the verifier)',
  })
  proposedParticipantType(@Parent() e: EnterpriseObject): ParticipantType {
    return proposeParticipantType(e.creditCode, e.name).type;
  }

  @ResolveField(() => RegionObject)
  region(@Parent() e: EnterpriseObject): RegionObject {
    return toRegionObject(this.reference.regions, e.regionCode)!;
  }

  @ResolveField(() => [ChainCategoryObject])
  categories(@Parent() e: EnterpriseObject): ChainCategory[] {
    return e.categoryCodes.map((c) => this.reference.category(c)).filter((c): c is ChainCategory => !!c);
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      '联系人 — its members, admins, organisers of events it registered for, and firms with business with it (an accepted meeting request, or a match both sides accepted); null for other logged-in users',
  })
  async contactName(
    @Parent() e: EnterpriseObject,
    @OptionalViewer() viewer: Viewer | null,
    @RequestCtx() ctx: RequestContext,
  ): Promise<string | null> {
    return (await this.contactShown(e, viewer, ctx)) ? e.contactName : null;
  }

  @ResolveField(() => String, { nullable: true, description: '联系电话 — to whom contactName is shown' })
  async contactPhone(
    @Parent() e: EnterpriseObject,
    @OptionalViewer() viewer: Viewer | null,
    @RequestCtx() ctx: RequestContext,
  ): Promise<string | null> {
    return (await this.contactShown(e, viewer, ctx)) ? e.contactPhone : null;
  }

  private contactShown(e: EnterpriseObject, viewer: Viewer | null, ctx: RequestContext): Promise<boolean> {
    if (!viewer) throw new UnauthenticatedGuardError(ctx);
    return this.access.maySeeContactDetails(ctx, e.id);
  }
}

@Resolver(() => UserObject)
export class UserEnterpriseResolver {
  constructor(private readonly loader: EnterpriseLoader) {}

  @ResolveField(() => EnterpriseObject, { nullable: true, description: 'The enterprise the user acts for' })
  async enterprise(@Parent() user: UserObject, @RequestCtx() ctx: RequestContext): Promise<EnterpriseObject | null> {
    if (!user.enterpriseId) return null;
    const e = await this.loader.of(ctx).load(user.enterpriseId);
    return e ? toEnterpriseObject(e) : null;
  }
}
