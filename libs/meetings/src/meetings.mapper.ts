import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';

import { loaderOf, RequestContext } from '@duijie/accounts';
import { EnterpriseLoader, toEnterpriseObject } from '@duijie/enterprises';
import { DockingEventObject, EVENT_LIST, EventsService, toEventObject } from '@duijie/events';
import { ListingMapper } from '@duijie/listings';
import { MatchingService, MatchSuggestionMapper } from '@duijie/matching';
import { UNPLACED_REASON_TEXT, UnplacedReason } from '@duijie/scheduling';

import { MeetingEntity } from './meeting.entity';
import { MAX_REGISTRATION_LISTINGS } from './meeting-limits';
import { MeetingRequestEntity } from './meeting-request.entity';
import { MeetingRequestsRepository } from './meeting-requests.repository';
import {
  EventRegistrationObject,
  MeetingObject,
  MeetingRequestObject,
  MeetingSessionObject,
  ScheduleRunObject,
} from './meetings.dto';
import { RegistrationEntity } from './registration.entity';
import { ScheduleRunEntity } from './schedule-run.entity';
import { MeetingSessionEntity } from './session.entity';
import { slotsOf } from './slots';

/** Maps meeting rows to GraphQL objects for one request; related rows load only when asked for. */
@Injectable()
export class MeetingsMapper {
  constructor(
    private readonly events: EventsService,
    private readonly enterprises: EnterpriseLoader,
    private readonly listings: ListingMapper,
    private readonly matching: MatchingService,
    private readonly suggestions: MatchSuggestionMapper,
    private readonly meetingRequests: MeetingRequestsRepository,
  ) {}

  session(s: MeetingSessionEntity, slotMinutes: number): MeetingSessionObject {
    return {
      id: s.id,
      title: s.title,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      slots: slotsOf([s], slotMinutes).map((x) => x.start),
    };
  }

  registration(ctx: RequestContext, r: RegistrationEntity): EventRegistrationObject {
    return {
      id: r.id,
      event: () => this.event(ctx, r.eventId),
      enterprise: () => this.enterprise(ctx, r.enterpriseId),
      status: r.status,
      // Each listing as the access policy lets the caller see it.
      // Bounded on read too: an import may have brought more than a firm can register itself.
      listings: async () =>
        (
          await Promise.all(r.listingIds.slice(0, MAX_REGISTRATION_LISTINGS).map((id) => this.listings.byId(ctx, id)))
        ).filter((l) => l !== null),
      unavailableSlots: r.unavailableSlots.map((d) => new Date(d)),
      createdAt: r.createdAt,
      reviewedAt: r.reviewedAt,
      reviewNote: r.reviewNote,
    };
  }

  request(ctx: RequestContext, q: MeetingRequestEntity): MeetingRequestObject {
    return {
      id: q.id,
      event: () => this.event(ctx, q.eventId),
      requester: () => this.enterprise(ctx, q.requesterEnterpriseId),
      invitee: () => this.enterprise(ctx, q.inviteeEnterpriseId),
      // Shown only when the caller may see both of its listings.
      matchSuggestion: async () =>
        this.suggestions.visible(
          ctx,
          q.matchSuggestionId ? await this.matching.findSuggestion(q.matchSuggestionId) : null,
        ),
      matchScore: q.matchScore,
      mutual: q.mutual,
      message: q.message,
      tableTags: q.tableTags,
      status: q.status,
      createdAt: q.createdAt,
      respondedAt: q.respondedAt,
    };
  }

  meeting(ctx: RequestContext, meeting: MeetingEntity): MeetingObject {
    return {
      id: meeting.id,
      event: () => this.event(ctx, meeting.eventId),
      startsAt: meeting.startsAt,
      endsAt: meeting.endsAt,
      table: meeting.tableLabel,
      parties: () => Promise.all([this.enterprise(ctx, meeting.partyA), this.enterprise(ctx, meeting.partyB)]),
      request: async () => {
        const q = meeting.requestId ? await this.requests(ctx).load(meeting.requestId) : null;
        return q ? this.request(ctx, q) : null;
      },
      published: meeting.published,
      locked: meeting.locked,
      eventId: meeting.eventId,
    };
  }

  run(ctx: RequestContext, r: ScheduleRunEntity): ScheduleRunObject {
    return {
      id: r.id,
      status: r.status,
      placed: r.placed,
      unplaced: r.unplaced,
      objective: r.objective,
      upperBound: r.upperBound,
      solveMillis: r.solveMillis,
      unplacedRequests: async () => {
        const shown = r.unplacedRequests.slice(0, EVENT_LIST.max);
        const byId = new Map(
          (await this.meetingRequests.requestsByIds(shown.map((u) => u.requestId))).map((q) => [q.id, q]),
        );
        return shown
          .filter((u) => byId.has(u.requestId))
          .map((u) => ({
            request: this.request(ctx, byId.get(u.requestId)!),
            reason: u.reason as UnplacedReason,
            detail: UNPLACED_REASON_TEXT[u.reason as UnplacedReason],
          }));
      },
      error: r.error,
      createdAt: r.createdAt,
      finishedAt: r.finishedAt,
    };
  }

  /** Events and requests of one GraphQL request, batched: a list of meetings costs one query for each. */
  private async event(ctx: RequestContext, id: string): Promise<DockingEventObject> {
    const loader = loaderOf(
      ctx,
      'dockingEvent',
      () => new DataLoader(async (ids: readonly string[]) => byId(ids, await this.events.getMany(ids))),
    );
    return toEventObject((await loader.load(id))!);
  }

  private requests(ctx: RequestContext) {
    return loaderOf(
      ctx,
      'meetingRequest',
      () => new DataLoader(async (ids: readonly string[]) => byId(ids, await this.meetingRequests.requestsByIds(ids))),
    );
  }

  private async enterprise(ctx: RequestContext, id: string) {
    return toEnterpriseObject((await this.enterprises.of(ctx).load(id))!);
  }
}

/** Rows in the order of the ids asked for, null where one is missing (a DataLoader batch's answer). */
function byId<T extends { id: string }>(ids: readonly string[], rows: T[]): (T | null)[] {
  const map = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => map.get(id) ?? null);
}
