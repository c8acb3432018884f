import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Authenticated, CurrentViewer, RequestContext, RequestCtx, Viewer } from '@duijie/accounts';

import { EnterpriseClaimConnection, EnterpriseClaimObject, toClaimObject } from './claims.dto';
import { ClaimsService } from './claims.service';
import { EnterpriseLoader } from './enterprise.loader';
import { EnterpriseClaimStatus } from './enterprise-claim.entity';
import { EnterpriseObject } from './enterprises.dto';
import { toEnterpriseObject } from './enterprises.resolver';

@Resolver(() => EnterpriseClaimObject)
export class ClaimsResolver {
  constructor(
    private readonly claims: ClaimsService,
    private readonly loader: EnterpriseLoader,
  ) {}

  @Query(() => EnterpriseClaimConnection, { description: 'The caller’s own claims (认领企业), newest first' })
  @Authenticated()
  async myEnterpriseClaims(
    @CurrentViewer() viewer: Viewer,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<EnterpriseClaimConnection> {
    const page = await this.claims.myClaims(viewer, first, after);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toClaimObject(e.node) })) };
  }

  @Query(() => EnterpriseClaimConnection, {
    description: 'Claims to review: on the firms the calling ORGANISER imported, or all for an ADMIN; newest first',
  })
  @Authenticated()
  async enterpriseClaims(
    @CurrentViewer() viewer: Viewer,
    @Args('status', { type: () => EnterpriseClaimStatus, nullable: true }) status?: EnterpriseClaimStatus | null,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<EnterpriseClaimConnection> {
    const page = await this.claims.claimsToReview(viewer, status ?? null, first, after);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toClaimObject(e.node) })) };
  }

  @Mutation(() => EnterpriseClaimObject, {
    description:
      'The organiser who imported the firm, or an admin, approves (the claimant becomes its member; ENTERPRISE_CLAIM_APPROVED) or rejects a claim',
  })
  @Authenticated()
  async reviewEnterpriseClaim(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('approve', { type: () => Boolean }) approve: boolean,
  ): Promise<EnterpriseClaimObject> {
    return toClaimObject(await this.claims.review(viewer, id, approve));
  }

  @ResolveField(() => EnterpriseObject)
  async enterprise(@Parent() c: EnterpriseClaimObject, @RequestCtx() ctx: RequestContext): Promise<EnterpriseObject> {
    return toEnterpriseObject((await this.loader.of(ctx).load(c.enterpriseId))!);
  }
}
