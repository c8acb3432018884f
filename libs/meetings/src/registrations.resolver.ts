import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';

import { Authenticated, CurrentViewer, RequestContext, RequestCtx, Role, Viewer } from '@duijie/accounts';
import { StrictDateTime } from '@duijie/common';
import { EventAccess } from '@duijie/events';

import { EventRegistrationObject, MeetingSessionInput, MeetingSessionObject } from './meetings.dto';
import { MeetingsMapper } from './meetings.mapper';
import { RegistrationsService } from './registrations.service';

/** Sessions and registrations. */
@Resolver()
export class RegistrationsResolver {
  constructor(
    private readonly service: RegistrationsService,
    private readonly mapper: MeetingsMapper,
    private readonly access: EventAccess,
  ) {}

  @Mutation(() => MeetingSessionObject, {
    description: 'ORGANISER of the event: a session (e.g. 09:00–12:00), cut into slots',
  })
  @Authenticated(Role.ORGANISER, Role.ADMIN)
  async addMeetingSession(
    @CurrentViewer() viewer: Viewer,
    @Args('eventId', { type: () => ID }) eventId: string,
    @Args('input') input: MeetingSessionInput,
  ): Promise<MeetingSessionObject> {
    const session = await this.service.addSession(viewer, eventId, input);
    return this.mapper.session(session, (await this.access.event(eventId)).slotMinutes);
  }

  @Mutation(() => EventRegistrationObject, {
    description: 'Your enterprise registers (again: updates the listings it brings)',
  })
  @Authenticated()
  async registerForEvent(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('eventId', { type: () => ID }) eventId: string,
    @Args('listingIds', { type: () => [ID], nullable: true }) listingIds?: string[] | null,
  ): Promise<EventRegistrationObject> {
    return this.mapper.registration(ctx, await this.service.register(viewer, eventId, listingIds));
  }

  @Mutation(() => EventRegistrationObject, {
    description: 'ORGANISER of the event: approve or reject (with the reason the firm reads); the firm is notified',
  })
  @Authenticated(Role.ORGANISER, Role.ADMIN)
  async reviewRegistration(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('approve', { type: () => Boolean }) approve: boolean,
    @Args('reason', {
      type: () => String,
      nullable: true,
      description:
        '驳回原因 (at most 500 characters): kept on the registration and told to the firm; ignored on approval',
    })
    reason?: string | null,
  ): Promise<EventRegistrationObject> {
    return this.mapper.registration(ctx, await this.service.review(viewer, id, approve, reason ?? null));
  }

  @Mutation(() => EventRegistrationObject, {
    description: 'Slots your enterprise cannot attend (replaces the earlier list)',
  })
  @Authenticated()
  async setUnavailableSlots(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('eventId', { type: () => ID }) eventId: string,
    @Args('slotStarts', { type: () => [StrictDateTime] }) slotStarts: Date[],
  ): Promise<EventRegistrationObject> {
    return this.mapper.registration(ctx, await this.service.setUnavailable(viewer, eventId, slotStarts));
  }
}
