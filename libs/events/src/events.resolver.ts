import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Authenticated, CurrentViewer, RequestContext, RequestCtx, Role, Viewer } from '@duijie/accounts';
import { PageArgs } from '@duijie/common';
import { ChainCategory, ChainCategoryObject, ReferenceService, Sector } from '@duijie/reference';

import { DockingEventEntity } from './docking-event.entity';
import {
  CreateDockingEventInput,
  DockingEventConnection,
  DockingEventObject,
  UpdateDockingEventInput,
} from './events.dto';
import { EventsService } from './events.service';

export function toEventObject(e: DockingEventEntity): DockingEventObject {
  return {
    id: e.id,
    title: e.title,
    theme: e.theme,
    sectors: e.sectors as Sector[],
    venue: e.venue,
    startsAt: e.startsAt,
    endsAt: e.endsAt,
    slotMinutes: e.slotMinutes,
    tables: e.tables,
    registrationClosesAt: e.registrationClosesAt,
    createdAt: e.createdAt,
    maxRequestsPerFirm: e.maxRequestsPerFirm,
    schedulePublishedAt: e.schedulePublishedAt,
    categoryCodes: e.categoryCodes,
    organiserUserId: e.organiserUserId,
  };
}

@Resolver(() => DockingEventObject)
export class EventsResolver {
  constructor(
    private readonly events: EventsService,
    private readonly reference: ReferenceService,
  ) {}

  @Mutation(() => DockingEventObject, { description: 'ORGANISER (or ADMIN)' })
  @Authenticated(Role.ORGANISER, Role.ADMIN)
  async createDockingEvent(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateDockingEventInput,
  ): Promise<DockingEventObject> {
    return toEventObject(await this.events.create(viewer, input));
  }

  @Mutation(() => DockingEventObject, {
    description:
      'ORGANISER of the event (or ADMIN): change what the input names; refused, naming the field, when it would orphan sessions or placed meetings',
  })
  @Authenticated(Role.ORGANISER, Role.ADMIN)
  async updateDockingEvent(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateDockingEventInput,
  ): Promise<DockingEventObject> {
    return toEventObject(await this.events.update(viewer, id, input));
  }

  @Query(() => DockingEventConnection, { description: 'Docking events, latest start first' })
  async dockingEvents(
    @Args() page: PageArgs,
    @RequestCtx() ctx: RequestContext,
    @Args('organisedByMe', {
      type: () => Boolean,
      nullable: true,
      description: 'Only the events the caller created (主办方的活动); UNAUTHENTICATED without a log-in',
    })
    organisedByMe?: boolean | null,
  ): Promise<DockingEventConnection> {
    const result = await this.events.list(page.first, page.after, organisedByMe ? ctx.viewer : undefined);
    return { ...result, edges: result.edges.map((e) => ({ cursor: e.cursor, node: toEventObject(e.node) })) };
  }

  @Query(() => DockingEventObject, { nullable: true })
  async dockingEvent(@Args('id', { type: () => ID }) id: string): Promise<DockingEventObject | null> {
    const e = await this.events.get(id);
    return e ? toEventObject(e) : null;
  }

  @ResolveField(() => [ChainCategoryObject])
  categories(@Parent() e: DockingEventObject): ChainCategory[] {
    return e.categoryCodes.map((c) => this.reference.category(c)).filter((c): c is ChainCategory => !!c);
  }
}
