import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';

import { loaderOf, RequestContext, Role, Viewer } from '@duijie/accounts';
import { ApiError, FieldErrors, isUuid } from '@duijie/common';
import { DockingEventEntity, EventsService } from '@duijie/events';
import { ListingKind, ListingsRepository } from '@duijie/listings';
import { EventAccess, EventRef } from '@duijie/meetings';
import { MeetingEntity } from '@duijie/meetings';

import { DealEntity, DealStage } from './deal.entity';
import { MeetingRating, MeetingRatingEntity } from './meeting-rating.entity';
import { RecordDealInput } from './outcomes.dto';
import { OutcomesRepository } from './outcomes.repository';

const RATING_WINDOW_MS = 7 * 86400_000;
const ORDER: Record<DealStage, number> = { INTENT: 0, SIGNED: 1, FULFILLED: 2, CANCELLED: 3 };
const chars = (s: string) => [...s].length;

/** Ratings and deals: what a docking event produced. */
@Injectable()
export class OutcomesService {
  constructor(
    private readonly repository: OutcomesRepository,
    private readonly access: EventAccess,
    private readonly listings: ListingsRepository,
    private readonly events: EventsService,
  ) {}

  /** A party rates a published meeting once it has ended; it may change the rating for a week. */
  async rate(
    viewer: Viewer,
    meetingId: string,
    rating: MeetingRating,
    comment: string | null | undefined,
  ): Promise<MeetingEntity> {
    const meeting = isUuid(meetingId) ? await this.repository.meeting(meetingId) : null;
    const me = viewer.enterpriseId;
    if (!meeting || !meeting.published || (me !== meeting.partyA && me !== meeting.partyB)) {
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
    await this.repository.upsertRating(meeting.id, me, rating, text);
    return meeting;
  }

  /** Ratings of meetings as the viewer may see them: comments for organisers and their authors only. */
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
    const organisers = loaderOf(
      ctx,
      'eventOrganiser',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const events = new Map((await this.events.getMany(ids)).map((e) => [e.id, e]));
          return ids.map((id) => !!events.get(id) && this.access.isOrganiser(ctx.viewer, events.get(id)!));
        }),
    );
    return Promise.all([ratings.load(meeting.id), organisers.load(meeting.eventId)]).then(([list, organiser]) =>
      list.map((r) => (organiser || r.enterpriseId === ctx.viewer?.enterpriseId ? r : { ...r, comment: null })),
    );
  }

  async recordDeal(viewer: Viewer, input: RecordDealInput): Promise<DealEntity> {
    const errors = new FieldErrors();
    const meeting = input.meetingId
      ? isUuid(input.meetingId)
        ? await this.repository.meeting(input.meetingId)
        : null
      : null;
    if (input.meetingId && !meeting) errors.add('meetingId', 'meetingId（洽谈）不存在');
    const supply = input.supplyListingId
      ? await this.listing(input.supplyListingId, ListingKind.SUPPLY, 'supplyListingId', errors)
      : null;
    const demand = input.demandListingId
      ? await this.listing(input.demandListingId, ListingKind.DEMAND, 'demandListingId', errors)
      : null;
    const sides = meeting ? await this.repository.meetingSides(meeting.id) : null;
    const supplier = supply?.enterpriseId ?? input.supplierEnterpriseId ?? sides?.supplier ?? null;
    const buyer = demand?.enterpriseId ?? input.buyerEnterpriseId ?? sides?.buyer ?? null;
    if (!supplier)
      errors.add('supplierEnterpriseId', '请指明供方：supplyListingId（供应信息）或 supplierEnterpriseId（供方企业）');
    if (!buyer)
      errors.add('buyerEnterpriseId', '请指明需方：demandListingId（需求信息）或 buyerEnterpriseId（需方企业）');
    if (supplier && buyer && supplier === buyer) errors.add('buyerEnterpriseId', '供方与需方不能是同一企业');
    if (
      meeting &&
      supplier &&
      buyer &&
      !(new Set([meeting.partyA, meeting.partyB]).has(supplier) && new Set([meeting.partyA, meeting.partyB]).has(buyer))
    ) {
      errors.add('meetingId', 'meetingId（洽谈）的双方须是该合作的供方和需方');
    }
    if (input.stage === DealStage.CANCELLED)
      errors.add('stage', 'stage（阶段）新记录只能是 INTENT、SIGNED 或 FULFILLED');
    if ((input.stage === DealStage.SIGNED || input.stage === DealStage.FULFILLED) && !input.amountCny)
      errors.add('amountCny', 'amountCny（金额）签约及履约时必填');
    const note = input.note?.trim() || null;
    if (note && chars(note) > 500) errors.add('note', 'note（备注）最多 500 个字符');
    const eventId = meeting?.eventId ?? input.eventId ?? null;
    let event: DockingEventEntity | null = null;
    if (eventId) event = await this.access.event(eventId);
    errors.throwIfAny();

    const party = viewer.enterpriseId === supplier || viewer.enterpriseId === buyer;
    const organiser = event ? this.access.isOrganiser(viewer, event) : viewer.role === Role.ADMIN;
    if (!party && !organiser)
      throw new ApiError('FORBIDDEN', '只有合作双方、或活动组织方（现场签约代录）可以登记意向或签约');
    return this.repository.insertDeal({
      eventId: event?.id ?? null,
      meetingId: meeting?.id ?? null,
      supplyListingId: supply?.id ?? null,
      demandListingId: demand?.id ?? null,
      supplierEnterpriseId: supplier!,
      buyerEnterpriseId: buyer!,
      stage: input.stage,
      amountCny: input.amountCny ?? null,
      note,
      recordedByUserId: viewer.userId,
    });
  }

  /** Moves a deal forward (INTENT → SIGNED → FULFILLED) or cancels it; never backwards. */
  async advanceDeal(
    viewer: Viewer,
    id: string,
    stage: DealStage,
    amountCny: string | null | undefined,
  ): Promise<DealEntity> {
    const deal = isUuid(id) ? await this.repository.deal(id) : null;
    if (!deal || !(await this.canSee(viewer, deal))) throw new ApiError('NOT_FOUND', '意向或签约记录不存在');
    const errors = new FieldErrors();
    if (deal.stage === DealStage.CANCELLED || deal.stage === DealStage.FULFILLED)
      errors.add('stage', `已是 ${deal.stage}，不能再变更`);
    else if (stage !== DealStage.CANCELLED && ORDER[stage] <= ORDER[deal.stage])
      errors.add('stage', `stage（阶段）只能向前：当前 ${deal.stage}`);
    if ((stage === DealStage.SIGNED || stage === DealStage.FULFILLED) && !amountCny && !deal.amountCny)
      errors.add('amountCny', 'amountCny（金额）签约及履约时必填');
    errors.throwIfAny();
    return this.repository.updateDeal(deal.id, stage, amountCny ?? null);
  }

  async deals(viewer: Viewer, event: EventRef): Promise<DealEntity[]> {
    if (this.access.isOrganiser(viewer, event)) return this.repository.dealsOf(event.id, 'ALL');
    return viewer.enterpriseId ? this.repository.dealsOf(event.id, viewer.enterpriseId) : [];
  }

  private async canSee(viewer: Viewer, deal: DealEntity): Promise<boolean> {
    if (viewer.enterpriseId === deal.supplierEnterpriseId || viewer.enterpriseId === deal.buyerEnterpriseId)
      return true;
    if (deal.eventId) return this.access.isOrganiser(viewer, await this.access.event(deal.eventId));
    return viewer.role === Role.ADMIN;
  }

  private async listing(id: string, kind: ListingKind, field: string, errors: FieldErrors) {
    const listing = isUuid(id) ? await this.listings.findById(id) : null;
    if (!listing || listing.kind !== kind) {
      errors.add(field, `${field}（${kind === ListingKind.SUPPLY ? '供应' : '需求'}信息）不存在`);
      return null;
    }
    return listing;
  }
}
