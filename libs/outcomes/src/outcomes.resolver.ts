import { Injectable } from '@nestjs/common';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';

import {
  Access,
  Authenticated,
  CurrentViewer,
  loaderOf,
  RequestContext,
  RequestCtx,
  Role,
  Viewer,
} from '@duijie/accounts';
import { DecimalScalarType, listSize, Page } from '@duijie/common';
import { EnterpriseLoader, toEnterpriseObject } from '@duijie/enterprises';
import { DockingEventObject, EVENT_LIST, EventsService, toEventObject } from '@duijie/events';
import { ListingMapper } from '@duijie/listings';
import { MeetingObject, MeetingsMapper } from '@duijie/meetings';

import { DealEntity, DealReview, DealStage } from './deal.entity';
import { DealsService } from './deals.service';
import { MeetingRating } from './meeting-rating.entity';
import {
  DealConnection,
  DealObject,
  DealReportStatus,
  EventReportObject,
  MeetingRatingObject,
  RecordDealInput,
} from './outcomes.dto';
import { OutcomesRepository } from './outcomes.repository';
import { OutcomesService } from './outcomes.service';
import { ReportService } from './report.service';

/** Maps deals to objects for one request; its listings pass the access policy one by one. */
@Injectable()
export class DealMapper {
  constructor(
    private readonly meetings: MeetingsMapper,
    private readonly repository: OutcomesRepository,
    private readonly events: EventsService,
    private readonly enterprises: EnterpriseLoader,
    private readonly listings: ListingMapper,
  ) {}

  one(ctx: RequestContext, d: DealEntity): DealObject {
    const firm = async (id: string) => toEnterpriseObject((await this.enterprises.of(ctx).load(id))!);
    return {
      id: d.id,
      event: async () => (d.eventId ? toEventObject((await this.events.get(d.eventId))!) : null),
      meeting: async () => {
        const meeting = d.meetingId ? await this.repository.meeting(d.meetingId) : null;
        return meeting ? this.meetings.meeting(ctx, meeting) : null;
      },
      supplyListing: async () => (d.supplyListingId ? this.listings.byId(ctx, d.supplyListingId) : null),
      demandListing: async () => (d.demandListingId ? this.listings.byId(ctx, d.demandListingId) : null),
      supplier: () => firm(d.supplierEnterpriseId),
      buyer: () => firm(d.buyerEnterpriseId),
      stage: d.stage,
      amountCny: d.amountCny,
      confirmed: !!d.supplierConfirmedAt && !!d.buyerConfirmedAt,
      awaitingConfirmationFrom: () =>
        Promise.all(
          [d.supplierConfirmedAt ? null : d.supplierEnterpriseId, d.buyerConfirmedAt ? null : d.buyerEnterpriseId]
            .filter((id): id is string => !!id)
            .map(firm),
        ),
      agreedStage: d.agreedStage,
      agreedAmountCny: d.agreedAmountCny,
      note: d.note,
      reportStatus: () => this.reportStatus(ctx, d),
      reportReviewNote: async () => {
        const event = d.eventId ? await this.events.get(d.eventId) : null;
        return event && Access.mayActForEvent(ctx.viewer, event) ? d.reportReviewNote : null;
      },
      createdAt: d.createdAt,
      updatedAt: d.updatedAt,
    };
  }

  /** Whether the deal counts in its event's report: read once for all of a request's deals. */
  private async reportStatus(ctx: RequestContext, d: DealEntity): Promise<DealReportStatus | null> {
    if (!d.eventId) return null;
    const statuses = loaderOf(
      ctx,
      'dealReportStatus',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const found = await this.repository.reportStatuses(ids);
          return ids.map((id) => found.get(id) ?? null);
        }),
    );
    const status = await statuses.load(d.id);
    return status ? DealReportStatus[status] : null;
  }

  page(ctx: RequestContext, page: Page<DealEntity>): DealConnection {
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: this.one(ctx, e.node) })) };
  }
}

/** Ratings, deals and event reports. */
@Resolver()
export class OutcomesResolver {
  constructor(
    private readonly service: OutcomesService,
    private readonly deals: DealsService,
    private readonly reports: ReportService,
    private readonly meetings: MeetingsMapper,
    private readonly mapper: DealMapper,
  ) {}

  @Mutation(() => MeetingObject, {
    description:
      'A party rates a meeting after it ended; changeable for a week. Leaving out the comment (or null) keeps the earlier one; "" clears it',
  })
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
    description:
      'An intent or contract between two approved registrants of the event (a party, or the organiser at an on-site signing); it counts once the other side confirms',
  })
  @Authenticated()
  async recordDeal(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('input') input: RecordDealInput,
  ): Promise<DealObject> {
    return this.mapper.one(ctx, await this.deals.record(viewer, input));
  }

  @Mutation(() => DealObject, {
    description:
      'Move a deal forward (INTENT → SIGNED → FULFILLED) or cancel it; the other side confirms. A signed deal is cancelled by both firms or by the organiser',
  })
  @Authenticated()
  async advanceDeal(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('stage', { type: () => DealStage }) stage: DealStage,
    @Args('amountCny', { type: () => DecimalScalarType, nullable: true }) amountCny?: string | null,
  ): Promise<DealObject> {
    return this.mapper.one(ctx, await this.deals.advance(viewer, id, stage, amountCny));
  }

  @Mutation(() => DealObject, {
    description: 'Your firm confirms a deal as last recorded (确认); once both have, it counts',
  })
  @Authenticated()
  async confirmDeal(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedUpdatedAt', {
      type: () => Date,
      nullable: true,
      description:
        'The deal’s updatedAt as the firm saw it: if the deal changed since (another stage or amount), CONFLICT instead of confirming it',
    })
    expectedUpdatedAt?: Date | null,
  ): Promise<DealObject> {
    return this.mapper.one(ctx, await this.deals.confirm(viewer, id, expectedUpdatedAt));
  }

  @Mutation(() => DealObject, {
    description:
      'Your firm declines a deal as last recorded (不予确认): it returns to what both last agreed to, or is cancelled if they never agreed',
  })
  @Authenticated()
  async declineDeal(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<DealObject> {
    return this.mapper.one(ctx, await this.deals.decline(viewer, id));
  }

  @Mutation(() => DealObject, {
    description:
      'ORGANISER of the deal’s event: whether it counts in the event report (核实). COUNTED counts a deal whose firms did not meet at the event; EXCLUDED leaves any deal out, with a note saying why',
  })
  @Authenticated(Role.ORGANISER, Role.ADMIN)
  async reviewDealForReport(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('review', { type: () => DealReview }) review: DealReview,
    @Args('note', {
      type: () => String,
      nullable: true,
      description: 'Why (required for EXCLUDED), up to 200 characters',
    })
    note?: string | null,
  ): Promise<DealObject> {
    return this.mapper.one(ctx, await this.deals.review(viewer, id, review, note));
  }

  @Query(() => DealConnection, {
    description: 'Deals awaiting your firm’s confirmation (待对方确认), latest change first',
  })
  @Authenticated()
  async dealsAwaitingMyConfirmation(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<DealConnection> {
    return this.mapper.page(ctx, await this.deals.awaitingConfirmation(viewer, first, after));
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
}

/** A meeting's ratings. */
@Resolver(() => MeetingObject)
export class MeetingRatingsResolver {
  constructor(
    private readonly service: OutcomesService,
    private readonly enterprises: EnterpriseLoader,
  ) {}

  @ResolveField(() => [MeetingRatingObject], {
    description: 'Parties’ ratings; comments for the rating firm, the organisers of the event and admins only',
  })
  @Authenticated()
  async ratings(@Parent() meeting: MeetingObject, @RequestCtx() ctx: RequestContext): Promise<MeetingRatingObject[]> {
    const ratings = await this.service.ratingsFor(ctx, { id: meeting.id, eventId: meeting.eventId });
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
    private readonly service: DealsService,
    private readonly mapper: DealMapper,
  ) {}

  @ResolveField(() => [DealObject], { description: 'Deals of the event: all for the organiser, your own otherwise' })
  @Authenticated()
  async deals(
    @Parent() e: DockingEventObject,
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('first', {
      type: () => Int,
      nullable: true,
      description: `How many (default ${EVENT_LIST.fallback}, at most ${EVENT_LIST.max})`,
    })
    first?: number | null,
  ): Promise<DealObject[]> {
    return (await this.service.deals(viewer, e, listSize(first, EVENT_LIST))).map((d) => this.mapper.one(ctx, d));
  }
}
