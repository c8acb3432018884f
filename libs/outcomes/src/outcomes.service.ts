import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';

import { Access, loaderOf, RequestContext, Viewer } from '@duijie/accounts';
import { ApiError, FieldErrors, isUuid } from '@duijie/common';
import { EventsService } from '@duijie/events';
import { MeetingEntity } from '@duijie/meetings';

import { MeetingRating, MeetingRatingEntity } from './meeting-rating.entity';
import { OutcomesRepository } from './outcomes.repository';

const RATING_WINDOW_MS = 7 * 86400_000;
const chars = (s: string) => [...s].length;

/** Meeting ratings (洽谈评价): what the parties thought of a meeting. */
@Injectable()
export class OutcomesService {
  constructor(
    private readonly repository: OutcomesRepository,
    private readonly events: EventsService,
  ) {}

  /**
   * A party rates a published meeting once it has ended; it may change the rating for a week. A
   * comment left out (or null) keeps the earlier one; an empty comment clears it.
   */
  async rate(
    viewer: Viewer,
    meetingId: string,
    rating: MeetingRating,
    comment: string | null | undefined,
  ): Promise<MeetingEntity> {
    const meeting = isUuid(meetingId) ? await this.repository.meeting(meetingId) : null;
    const me = viewer.enterpriseId;
    const party = !!meeting && (Access.isMemberOf(viewer, meeting.partyA) || Access.isMemberOf(viewer, meeting.partyB));
    if (!meeting || !meeting.published || !me || !party) {
      throw new ApiError('NOT_FOUND', '洽谈不存在，或您不是该洽谈的一方');
    }
    const text = comment?.trim() || null;
    const errors = new FieldErrors();
    if (meeting.endsAt.getTime() > Date.now()) errors.add('meetingId', '洽谈结束后才能评价');
    if (text && chars(text) > 1000) errors.add('comment', 'comment（评价说明）最多 1000 个字符');
    const earlier = await this.repository.rating(meeting.id, me);
    if (earlier && Date.now() - earlier.createdAt.getTime() > RATING_WINDOW_MS)
      errors.add('rating', '评价提交一周后不能再修改');
    errors.throwIfAny();
    await this.repository.upsertRating(meeting.id, me, rating, text, comment === undefined || comment === null);
    return meeting;
  }

  /**
   * Ratings of one request's meetings, batched: one query for the ratings and one for the events
   * however many meetings a list holds; comments only for organisers and their authors.
   */
  ratingsFor(ctx: RequestContext, meeting: { id: string; eventId: string }): Promise<MeetingRatingEntity[]> {
    const ratings = loaderOf(
      ctx,
      'meetingRatings',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const all = await this.repository.ratingsOf(ids);
          return ids.map((id) => all.filter((r) => r.meetingId === id));
        }),
    );
    const events = loaderOf(
      ctx,
      'ratingEvent',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const found = new Map((await this.events.getMany(ids)).map((e) => [e.id, e]));
          return ids.map((id) => found.get(id) ?? null);
        }),
    );
    return Promise.all([ratings.load(meeting.id), events.load(meeting.eventId)]).then(([list, event]) =>
      list.map((r) => (Access.maySeeRatingComment(ctx.viewer, r, event) ? r : { ...r, comment: null })),
    );
  }
}
