import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Authenticated, CurrentViewer, RequestContext, RequestCtx, Role, Viewer } from '@duijie/accounts';
import { DecimalScalarType } from '@duijie/common';
import { EnterpriseLoader, toEnterpriseObject } from '@duijie/enterprises';
import { DockingEventObject, EventsService, toEventObject } from '@duijie/events';
import { ListingMapper } from '@duijie/listings';
import { MeetingObject, MeetingsMapper } from '@duijie/meetings';

import { DealEntity, DealStage } from './deal.entity';
import { MeetingRating } from './meeting-rating.entity';
import { DealObject, EventReportObject, MeetingRatingObject, RecordDealInput } from './outcomes.dto';
import { OutcomesRepository } from './outcomes.repository';
import { OutcomesService } from './outcomes.service';
import { ReportService } from './report.service';

/** Ratings, deals and event reports. */
@Resolver()
export class OutcomesResolver {
  constructor(
    private readonly service: OutcomesService,
    private readonly reports: ReportService,
    private readonly meetings: MeetingsMapper,
    private readonly repository: OutcomesRepository,
    private readonly events: EventsService,
    private readonly enterprises: EnterpriseLoader,
    private readonly listings: ListingMapper,
  ) {}

  @Mutation(() => MeetingObject, { description: 'A party rates a meeting after it ended; changeable for a week' })
  @Authenticated()
  async rateMeeting(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('rating', { type: () => MeetingRating }) rating: MeetingRating,
    @Args('comment', { type: () => String, nullable: true }) comment?: string | null,
  ): Promise<MeetingObject> {
    return this.meetings.meeting(ctx, await this.service.rate(viewer, meetingId, rating, comment));
  }

  @Mutation(() => DealObject, {
    description: 'An intent or contract between two firms (a party, or the organiser at an on-site signing)',
  })
  @Authenticated()
  async recordDeal(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('input') input: RecordDealInput,
  ): Promise<DealObject> {
    return this.deal(ctx, viewer, await this.service.recordDeal(viewer, input));
  }

  @Mutation(() => DealObject, { description: 'Move a deal forward (INTENT → SIGNED → FULFILLED) or cancel it' })
  @Authenticated()
  async advanceDeal(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('stage', { type: () => DealStage }) stage: DealStage,
    @Args('amountCny', { type: () => DecimalScalarType, nullable: true }) amountCny?: string | null,
  ): Promise<DealObject> {
    return this.deal(ctx, viewer, await this.service.advanceDeal(viewer, id, stage, amountCny));
  }

  @Query(() => EventReportObject, {
    description: 'ORGANISER of the event: funnel, per sector and per category, local supply share, chain gaps',
  })
  @Authenticated(Role.ORGANISER, Role.ADMIN)
  eventReport(
    @CurrentViewer() viewer: Viewer,
    @Args('eventId', { type: () => ID }) eventId: string,
  ): Promise<EventReportObject> {
    return this.reports.report(viewer, eventId);
  }

  /** Maps a deal; a confidential demand shows only to its buyer and staff. */
  deal(ctx: RequestContext, viewer: Viewer, d: DealEntity): DealObject {
    const staff = viewer.role === Role.ORGANISER || viewer.role === Role.ADMIN;
    return {
      id: d.id,
      event: async () => (d.eventId ? toEventObject((await this.events.get(d.eventId))!) : null),
      meeting: async () => {
        const m = d.meetingId ? await this.repository.meeting(d.meetingId) : null;
        return m ? this.meetings.meeting(ctx, m) : null;
      },
      supplyListing: async () => (d.supplyListingId ? this.listings.byId(ctx, d.supplyListingId) : null),
      demandListing: async () => {
        if (!d.demandListingId) return null;
        const l = await this.listings.byId(ctx, d.demandListingId);
        return l.confidential && !staff && viewer.enterpriseId !== d.buyerEnterpriseId ? null : l;
      },
      supplier: async () => toEnterpriseObject((await this.enterprises.of(ctx).load(d.supplierEnterpriseId))!),
      buyer: async () => toEnterpriseObject((await this.enterprises.of(ctx).load(d.buyerEnterpriseId))!),
      stage: d.stage,
      amountCny: d.amountCny,
      note: d.note,
      createdAt: d.createdAt,
      updatedAt: d.updatedAt,
    };
  }
}

/** A meeting's ratings. */
@Resolver(() => MeetingObject)
export class MeetingRatingsResolver {
  constructor(
    private readonly service: OutcomesService,
    private readonly enterprises: EnterpriseLoader,
  ) {}

  @ResolveField(() => [MeetingRatingObject], {
    description: 'Parties’ ratings; comments for organisers and their authors only',
  })
  @Authenticated()
  async ratings(@Parent() m: MeetingObject, @RequestCtx() ctx: RequestContext): Promise<MeetingRatingObject[]> {
    const ratings = await this.service.ratingsFor(ctx, { id: m.id, eventId: m.eventId });
    return ratings.map((r) => ({
      enterprise: async () => toEnterpriseObject((await this.enterprises.of(ctx).load(r.enterpriseId))!),
      rating: r.rating,
      comment: r.comment,
      ratedAt: r.updatedAt,
    }));
  }
}

/** An event's deals. */
@Resolver(() => DockingEventObject)
export class EventDealsResolver {
  constructor(
    private readonly service: OutcomesService,
    private readonly outcomes: OutcomesResolver,
  ) {}

  @ResolveField(() => [DealObject], { description: 'Deals of the event: all for the organiser, your own otherwise' })
  @Authenticated()
  async deals(
    @Parent() e: DockingEventObject,
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
  ): Promise<DealObject[]> {
    const deals = await this.service.deals(viewer, e);
    return deals.map((d) => this.outcomes.deal(ctx, viewer, d));
  }
}
