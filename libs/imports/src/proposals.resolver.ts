import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Authenticated, CurrentViewer, Viewer } from '@duijie/accounts';

import { ListingProposalStatus } from './listing-proposal.entity';
import { ListingProposalConnection, ListingProposalObject, toProposalObject } from './proposals.dto';
import { ProposalsService } from './proposals.service';

@Resolver(() => ListingProposalObject)
export class ProposalsResolver {
  constructor(private readonly proposals: ProposalsService) {}

  @Query(() => ListingProposalConnection, {
    description: '待确认的供需信息: listings organisers’ imports proposed to the caller’s firm, newest first',
  })
  @Authenticated()
  async listingProposals(
    @CurrentViewer() viewer: Viewer,
    @Args('status', { type: () => ListingProposalStatus, nullable: true }) status?: ListingProposalStatus | null,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<ListingProposalConnection> {
    const page = await this.proposals.page(viewer, status ?? null, first, after);
    const titles = await this.proposals.eventTitles(page.edges.map((e) => e.node.eventId));
    return {
      ...page,
      edges: page.edges.map((e) => ({ cursor: e.cursor, node: toProposalObject(e.node, titles.get(e.node.eventId)!) })),
    };
  }

  @Mutation(() => ListingProposalObject, {
    description:
      'A member of the firm answers a proposal: accept (it becomes the firm’s listing, and the firm is registered for the event with it) or reject (nothing remains)',
  })
  @Authenticated()
  async respondToListingProposal(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('accept', { type: () => Boolean }) accept: boolean,
  ): Promise<ListingProposalObject> {
    const p = await this.proposals.respond(viewer, id, accept);
    const titles = await this.proposals.eventTitles([p.eventId]);
    return toProposalObject(p, titles.get(p.eventId)!);
  }
}
