import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';

import { Authenticated, CurrentViewer, RequestContext, RequestCtx, Viewer } from '@duijie/accounts';

import { MeetingRequestsService } from './meeting-requests.service';
import { MeetingRequestInput, MeetingRequestObject } from './meetings.dto';
import { MeetingsMapper } from './meetings.mapper';

/** Meeting requests: asked, answered, withdrawn. */
@Resolver()
export class MeetingRequestsResolver {
  constructor(
    private readonly service: MeetingRequestsService,
    private readonly mapper: MeetingsMapper,
  ) {}

  @Mutation(() => MeetingRequestObject, {
    description: 'Ask another approved registrant for a meeting; asking back accepts their request',
  })
  @Authenticated()
  async requestMeeting(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('eventId', { type: () => ID }) eventId: string,
    @Args('input') input: MeetingRequestInput,
  ): Promise<MeetingRequestObject> {
    return this.mapper.request(ctx, await this.service.requestMeeting(viewer, eventId, input));
  }

  @Mutation(() => MeetingRequestObject, { description: 'The invited firm accepts or declines' })
  @Authenticated()
  async respondToMeetingRequest(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('accept', { type: () => Boolean }) accept: boolean,
  ): Promise<MeetingRequestObject> {
    return this.mapper.request(ctx, await this.service.respond(viewer, id, accept));
  }

  @Mutation(() => MeetingRequestObject, {
    description: 'The requester withdraws a request not yet in a published schedule',
  })
  @Authenticated()
  async cancelMeetingRequest(
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<MeetingRequestObject> {
    return this.mapper.request(ctx, await this.service.cancelRequest(viewer, id));
  }
}
