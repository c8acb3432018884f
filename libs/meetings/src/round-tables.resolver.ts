import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';

import { Authenticated, CurrentViewer, loaderOf, RequestContext, RequestCtx, Role, Viewer } from '@duijie/accounts';
import { listSize } from '@duijie/common';
import { EnterpriseLoader, toEnterpriseObject } from '@duijie/enterprises';
import { DockingEventObject, EVENT_LIST, EventsService, toEventObject } from '@duijie/events';

import { ROUND_TABLE_LIMITS, RoundTableEntity } from './round-table.entity';
import { RoundTableInput, RoundTableObject } from './round-tables.dto';
import { RoundTablesService } from './round-tables.service';

/** 圆桌对接: organisers set round tables up, approved registrants take seats. */
@Resolver(() => RoundTableObject)
export class RoundTablesResolver {
  constructor(
    private readonly service: RoundTablesService,
    private readonly events: EventsService,
    private readonly enterprises: EnterpriseLoader,
  ) {}

  @Mutation(() => RoundTableObject, {
    description:
      'ORGANISER: set up a round table (圆桌) hosted by an approved registrant, at a table for consecutive slots',
  })
  @Authenticated(Role.ORGANISER, Role.ADMIN)
  async createRoundTable(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('eventId', { type: () => ID }) eventId: string,
    @Args('input') input: RoundTableInput,
  ): Promise<RoundTableObject> {
    return this.object(ctx, await this.service.create(viewer, eventId, input));
  }

  @Mutation(() => Boolean, { description: 'ORGANISER: call a round table off; its seats are freed' })
  @Authenticated(Role.ORGANISER, Role.ADMIN)
  cancelRoundTable(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.service.cancel(viewer, id);
  }

  @Mutation(() => RoundTableObject, {
    description: 'An approved registrant takes a seat (first come, up to capacity); never over its one-to-one meetings',
  })
  @Authenticated()
  async takeRoundTableSeat(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<RoundTableObject> {
    return this.object(ctx, await this.service.takeSeat(viewer, id));
  }

  @Mutation(() => RoundTableObject, { description: 'Give up your enterprise’s seat; it is free for another firm' })
  @Authenticated()
  async leaveRoundTableSeat(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<RoundTableObject> {
    return this.object(ctx, await this.service.leaveSeat(viewer, id));
  }

  @Query(() => [RoundTableObject], {
    description: `The round tables your enterprise hosts or has a seat at, by time (your agenda’s 圆桌; at most ${ROUND_TABLE_LIMITS.maxPerFirm})`,
  })
  @Authenticated()
  async myRoundTables(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('eventId', { type: () => ID }) eventId: string,
  ): Promise<RoundTableObject[]> {
    return (await this.service.mine(viewer, eventId)).map((r) => this.object(ctx, r));
  }

  /** Maps a round table; counts, seats and the caller's seat load in batches for the whole request. */
  object(ctx: RequestContext, r: RoundTableEntity): RoundTableObject {
    const me = ctx.viewer?.enterpriseId ?? null;
    const seats = () => this.seatLoader(ctx).load(r.id);
    return {
      id: r.id,
      event: async () => toEventObject((await this.eventLoader(ctx).load(r.eventId))!),
      host: async () => toEnterpriseObject((await this.enterprises.of(ctx).load(r.hostEnterpriseId))!),
      topic: r.topic,
      description: r.description,
      table: r.tableLabel,
      startsAt: r.startsAt,
      endsAt: r.endsAt,
      capacity: r.capacity,
      seatsTaken: async () => (await this.countLoader(ctx).load(r.id)) ?? 0,
      mySeat: async () => !!me && (await seats()).includes(me),
      hosting: me === r.hostEnterpriseId,
      seats: async () => {
        const event = await this.eventLoader(ctx).load(r.eventId);
        if (!event || !this.service.maySeeSeats(ctx.viewer ?? null, event, r)) return [];
        const firms = await seats();
        return (await Promise.all(firms.map((id) => this.enterprises.of(ctx).load(id))))
          .filter((e) => e !== null)
          .map((e) => toEnterpriseObject(e));
      },
      createdAt: r.createdAt,
      eventId: r.eventId,
    };
  }

  private seatLoader(ctx: RequestContext) {
    return loaderOf(
      ctx,
      'roundTableSeats',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows = await this.service.seats(ids);
          return ids.map((id) => rows.filter((s) => s.roundTableId === id).map((s) => s.enterpriseId));
        }),
    );
  }

  /** The same per-request event loader as the meetings' mapper (same key, same batch). */
  private eventLoader(ctx: RequestContext) {
    return loaderOf(
      ctx,
      'dockingEvent',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows = new Map((await this.events.getMany(ids)).map((e) => [e.id, e]));
          return ids.map((id) => rows.get(id) ?? null);
        }),
    );
  }

  private countLoader(ctx: RequestContext) {
    return loaderOf(
      ctx,
      'roundTableSeatCounts',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const counts = await this.service.seatCounts(ids);
          return ids.map((id) => counts.get(id) ?? 0);
        }),
    );
  }
}

/** An event's round tables. */
@Resolver(() => DockingEventObject)
export class EventRoundTablesResolver {
  constructor(
    private readonly service: RoundTablesService,
    private readonly mapper: RoundTablesResolver,
  ) {}

  @ResolveField(() => [RoundTableObject], { description: '圆桌对接: the event’s round tables, by time' })
  async roundTables(
    @Parent() e: DockingEventObject,
    @RequestCtx() ctx: RequestContext,
    @Args('first', {
      type: () => Int,
      nullable: true,
      description: `How many (default ${EVENT_LIST.fallback}, at most ${EVENT_LIST.max})`,
    })
    first?: number | null,
  ): Promise<RoundTableObject[]> {
    return (await this.service.roundTables(e, listSize(first, EVENT_LIST))).map((r) => this.mapper.object(ctx, r));
  }
}
