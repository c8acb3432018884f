import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { Access, Viewer } from '@duijie/accounts';
import {
  ApiError,
  decodeTimeIdCursor,
  encodeTimeIdCursor,
  FieldErrors,
  isUuid,
  Page,
  pageSize,
  toPage,
} from '@duijie/common';
import { EnterprisesRepository } from '@duijie/enterprises';
import { DockingEventEntity, EventAccess, EventRef } from '@duijie/events';
import { ListingKind, ListingsRepository } from '@duijie/listings';
import { NotificationEntity, NotificationProducer } from '@duijie/notifications';

import { DealEntity, DealReview, DealStage } from './deal.entity';
import { dealAnswered, dealConfirmationRequested } from './deal-notices';
import { RecordDealInput } from './outcomes.dto';
import { DealChange, OutcomesRepository } from './outcomes.repository';

const ORDER: Record<DealStage, number> = { INTENT: 0, SIGNED: 1, FULFILLED: 2, CANCELLED: 3 };
const chars = (s: string) => [...s].length;
type Side = 'supplier' | 'buyer';
const other = (side: Side): Side => (side === 'supplier' ? 'buyer' : 'supplier');
const firmOf = (d: Pick<DealEntity, 'supplierEnterpriseId' | 'buyerEnterpriseId'>, side: Side) =>
  side === 'supplier' ? d.supplierEnterpriseId : d.buyerEnterpriseId;
const NOT_FOUND = '意向或签约记录不存在';
/** Deals one firm may have awaiting one other firm's answer at once (each sent that firm a notice). */
export const MAX_UNANSWERED_PER_PAIR = 10;

/**
 * Deals (意向 / 签约) need both sides: whatever one firm (or the event's organiser) records or
 * changes waits for the other firm's confirmation (确认) or refusal (不予确认), and only what both
 * agreed to counts in reports. A signed deal is cancelled by both firms or by the organiser.
 */
@Injectable()
export class DealsService {
  constructor(
    private readonly repository: OutcomesRepository,
    private readonly access: EventAccess,
    private readonly listings: ListingsRepository,
    private readonly enterprises: EnterprisesRepository,
    private readonly notifications: NotificationProducer,
  ) {}

  async record(viewer: Viewer, input: RecordDealInput): Promise<DealEntity> {
    const errors = new FieldErrors();
    const meeting = input.meetingId && isUuid(input.meetingId) ? await this.repository.meeting(input.meetingId) : null;
    if (input.meetingId && !meeting) errors.add('meetingId', 'meetingId（洽谈）不存在');
    const supply = input.supplyListingId
      ? await this.listing(viewer, input.supplyListingId, ListingKind.SUPPLY, 'supplyListingId', errors)
      : null;
    const demand = input.demandListingId
      ? await this.listing(viewer, input.demandListingId, ListingKind.DEMAND, 'demandListingId', errors)
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
    )
      errors.add('meetingId', 'meetingId（洽谈）的双方须是该合作的供方和需方');
    if (input.stage === DealStage.CANCELLED)
      errors.add('stage', 'stage（阶段）新记录只能是 INTENT、SIGNED 或 FULFILLED');
    if ((input.stage === DealStage.SIGNED || input.stage === DealStage.FULFILLED) && !input.amountCny)
      errors.add('amountCny', 'amountCny（金额）签约及履约时必填');
    const note = input.note?.trim() || null;
    if (note && chars(note) > 500) errors.add('note', 'note（备注）最多 500 个字符');
    const eventId = meeting?.eventId ?? input.eventId ?? null;
    const event: DockingEventEntity | null = eventId ? await this.access.event(eventId) : null;
    errors.throwIfAny();

    const deal = { supplierEnterpriseId: supplier!, buyerEnterpriseId: buyer! };
    const side = this.sideOf(viewer, deal);
    if (!side && !(event ? Access.mayActForEvent(viewer, event) : Access.isAdmin(viewer)))
      throw new ApiError('FORBIDDEN', '只有合作双方、或活动主办方（现场签约代录）可以登记意向或签约');
    if (event) {
      // Both firms must be approved registrants of the event the deal is booked into.
      const approved = await this.repository.approvedAt(event.id, [deal.supplierEnterpriseId, deal.buyerEnterpriseId]);
      if (!approved.has(deal.supplierEnterpriseId))
        errors.add('supplierEnterpriseId', 'supplierEnterpriseId（供方）不是本活动报名已通过的企业');
      if (!approved.has(deal.buyerEnterpriseId))
        errors.add('buyerEnterpriseId', 'buyerEnterpriseId（需方）不是本活动报名已通过的企业');
      errors.throwIfAny();
    }
    const now = new Date();
    const recorderName = await this.recorderName(viewer, side);
    return this.write(async (m) => {
      // The same deal recorded twice (a double click, or thirty requests at once) is one deal: the
      // pair's deals are written one at a time, and an identical one still awaiting an answer is refused.
      await this.repository.lockPair(m, deal.supplierEnterpriseId, deal.buyerEnterpriseId);
      const same = await this.repository.openDuplicate(m, {
        ...deal,
        eventId: event?.id ?? null,
        meetingId: meeting?.id ?? null,
        supplyListingId: supply?.id ?? null,
        demandListingId: demand?.id ?? null,
        stage: input.stage,
        amountCny: input.amountCny ?? null,
      });
      if (same) throw new ApiError('CONFLICT', '同一合作的相同记录已登记，正在等待对方确认', { dealId: same });
      // Each record asks the other firm to confirm: a firm may not pile up more unanswered asks on one firm.
      if (side && (await this.repository.unansweredAsks(m, deal, side)) >= MAX_UNANSWERED_PER_PAIR)
        throw new ApiError(
          'RATE_LIMITED',
          `对方企业尚有 ${MAX_UNANSWERED_PER_PAIR} 条本企业登记的记录未答复，请待对方确认或不予确认后再登记`,
          { reason: 'UNANSWERED_DEALS' },
        );
      const saved = await this.repository.insertDeal(m, {
        eventId: event?.id ?? null,
        meetingId: meeting?.id ?? null,
        supplyListingId: supply?.id ?? null,
        demandListingId: demand?.id ?? null,
        ...deal,
        stage: input.stage,
        amountCny: input.amountCny ?? null,
        note,
        recordedByUserId: viewer.userId,
        recordedByOrganiser: side === null,
        reportReview: null,
        reportReviewNote: null,
        reportReviewedAt: null,
        reportReviewedByUserId: null,
        supplierConfirmedAt: side === 'supplier' ? now : null,
        buyerConfirmedAt: side === 'buyer' ? now : null,
        agreedStage: null,
        agreedAmountCny: null,
      });
      return { deal: saved, notices: await this.askToConfirm(m, saved, recorderName) };
    });
  }

  /** Moves a deal forward (INTENT → SIGNED → FULFILLED) or cancels it; never backwards. */
  async advance(
    viewer: Viewer,
    id: string,
    stage: DealStage,
    amountCny: string | null | undefined,
  ): Promise<DealEntity> {
    const found = await this.visibleDeal(viewer, id);
    const side = this.sideOf(viewer, found);
    const errors = new FieldErrors();
    if (found.stage === DealStage.CANCELLED || found.stage === DealStage.FULFILLED)
      errors.add('stage', `已是 ${found.stage}，不能再变更`);
    else if (stage !== DealStage.CANCELLED && ORDER[stage] <= ORDER[found.stage])
      errors.add('stage', `stage（阶段）只能向前：当前 ${found.stage}`);
    if ((stage === DealStage.SIGNED || stage === DealStage.FULFILLED) && !amountCny && !found.amountCny)
      errors.add('amountCny', 'amountCny（金额）签约及履约时必填');
    errors.throwIfAny();
    const recorderName = await this.recorderName(viewer, side);
    return this.write(async (m) => {
      const d = (await this.repository.deal(found.id, m, true))!;
      const now = new Date();
      const amount = amountCny ?? d.amountCny;
      const signedByBoth = d.agreedStage === DealStage.SIGNED || d.agreedStage === DealStage.FULFILLED;
      let change: DealChange;
      if (stage === DealStage.CANCELLED && (!side || !signedByBoth)) {
        // The organiser cancels at once; so may a firm a deal that both never signed.
        change = {
          ...this.state(d),
          stage,
          supplierConfirmedAt: now,
          buyerConfirmedAt: now,
          agreedStage: stage,
          agreedAmountCny: d.amountCny,
        };
      } else {
        // A change by one firm waits for the other; one by the organiser waits for both.
        change = {
          ...this.state(d),
          stage,
          amountCny: amount,
          supplierConfirmedAt: side === 'supplier' ? now : null,
          buyerConfirmedAt: side === 'buyer' ? now : null,
          firmChangedTerms: side !== null,
        };
      }
      const changed = await this.repository.changeDeal(m, d.id, change);
      return { deal: changed, notices: await this.askToConfirm(m, changed, recorderName) };
    });
  }

  /** The viewer's firm agrees to the deal as now recorded; once both have, it counts. */
  /**
   * Trade already done with a region: per firm, the deals both sides confirmed as signed or
   * fulfilled with a firm whose code starts with `regionPrefix`, and their amount (for 招商 leads).
   */
  confirmedTradeWithRegion(
    firmIds: readonly string[],
    regionPrefix: string,
  ): Promise<{ enterpriseId: string; deals: number; amountCny: string }[]> {
    return this.repository.confirmedTradeWithRegion(firmIds, regionPrefix);
  }

  /**
   * With `expectedUpdatedAt` (the deal's `updatedAt` as the firm saw it), a deal changed since —
   * another stage or amount recorded meanwhile — is refused (CONFLICT) rather than confirmed.
   */
  async confirm(viewer: Viewer, id: string, expectedUpdatedAt?: Date | null): Promise<DealEntity> {
    return this.answer(viewer, id, true, expectedUpdatedAt);
  }

  /** The viewer's firm refuses the deal as now recorded: it returns to what both last agreed, or is cancelled. */
  async decline(viewer: Viewer, id: string): Promise<DealEntity> {
    return this.answer(viewer, id, false);
  }

  /**
   * The organiser's review for its event's report: COUNTED counts a deal the two firms' word alone
   * would not (they did not meet there), EXCLUDED leaves any deal out. The firms' own figures are unchanged.
   */
  async review(viewer: Viewer, id: string, review: DealReview, note?: string | null): Promise<DealEntity> {
    const deal = await this.visibleDeal(viewer, id);
    const event = deal.eventId ? await this.access.event(deal.eventId) : null;
    if (!event || !Access.mayActForEvent(viewer, event))
      throw new ApiError(
        'FORBIDDEN',
        event ? '只有活动主办方可以核实是否计入活动成效报告' : '该记录未属于任何活动，没有要核实的活动成效报告',
      );
    const text = note?.trim() || null;
    const errors = new FieldErrors();
    if (text && chars(text) > 200) errors.add('note', 'note（核实说明）最多 200 个字符');
    if (review === DealReview.EXCLUDED && !text) errors.add('note', 'note（核实说明）不计入报告时请写明原因');
    errors.throwIfAny();
    return this.repository.review(deal.id, review, text, viewer.userId);
  }

  async deals(viewer: Viewer, event: EventRef, limit: number): Promise<DealEntity[]> {
    const scope = Access.eventScope(viewer, event);
    if (!scope) return [];
    return this.repository.dealsOf(event.id, scope === 'ALL' ? 'ALL' : scope.enterpriseId, limit);
  }

  async awaitingConfirmation(viewer: Viewer, first?: number | null, after?: string | null): Promise<Page<DealEntity>> {
    const limit = pageSize(first);
    const key = after ? decodeTimeIdCursor(after) : undefined;
    if (!viewer.enterpriseId)
      return toPage(
        [],
        limit,
        0,
        () => '',
        (d: DealEntity) => d,
        !!key,
      );
    const firm = viewer.enterpriseId;
    const rows = await this.repository.awaiting(firm, limit, key);
    return toPage(
      rows,
      limit,
      () => this.repository.awaitingCount(firm),
      (d) => encodeTimeIdCursor(d.updatedAt, d.id),
      (d) => d,
      !!key,
    );
  }

  /** The deal if the viewer may see it (the access policy), else NOT_FOUND. */
  async visibleDeal(viewer: Viewer, id: string): Promise<DealEntity> {
    const deal = isUuid(id) ? await this.repository.deal(id) : null;
    const event = deal?.eventId ? await this.access.event(deal.eventId) : null;
    if (!deal || !Access.maySeeDeal(viewer, deal, event)) throw new ApiError('NOT_FOUND', NOT_FOUND);
    return deal;
  }

  private async answer(
    viewer: Viewer,
    id: string,
    confirmed: boolean,
    expectedUpdatedAt?: Date | null,
  ): Promise<DealEntity> {
    const found = await this.visibleDeal(viewer, id);
    const side = this.sideOf(viewer, found);
    if (!side) throw new ApiError('FORBIDDEN', '只有合作双方的企业可以确认或不予确认');
    const myName = await this.recorderName(viewer, side);
    return this.write(async (m) => {
      const d = (await this.repository.deal(found.id, m, true))!;
      if ((side === 'supplier' ? d.supplierConfirmedAt : d.buyerConfirmedAt) !== null)
        new FieldErrors().add('id', '本企业已确认该记录，没有等待本企业确认的变更').throwIfAny();
      if (expectedUpdatedAt && d.updatedAt.getTime() !== expectedUpdatedAt.getTime())
        throw new ApiError('CONFLICT', '该记录在您查看之后已被修改（阶段或金额可能已变），请查看最新内容后再确认', {
          fields: ['expectedUpdatedAt'],
        });
      const now = new Date();
      const state = this.state(d);
      let change: DealChange;
      if (confirmed) {
        change = side === 'supplier' ? { ...state, supplierConfirmedAt: now } : { ...state, buyerConfirmedAt: now };
        if (change.supplierConfirmedAt && change.buyerConfirmedAt) {
          change.agreedStage = d.stage;
          change.agreedAmountCny = d.amountCny;
        }
      } else {
        const back = d.agreedStage ?? DealStage.CANCELLED;
        change = {
          stage: back,
          amountCny: d.agreedStage ? d.agreedAmountCny : d.amountCny,
          supplierConfirmedAt: now,
          buyerConfirmedAt: now,
          agreedStage: back,
          agreedAmountCny: d.agreedStage ? d.agreedAmountCny : d.amountCny,
        };
      }
      const changed = await this.repository.changeDeal(m, d.id, change);
      const notice = await this.notifications.record(
        m,
        dealAnswered(changed, firmOf(changed, other(side)), myName, confirmed),
      );
      return { deal: changed, notices: [notice] };
    });
  }

  /** Notifies every firm whose confirmation the deal now awaits. */
  private async askToConfirm(m: EntityManager, d: DealEntity, byName: string): Promise<(NotificationEntity | null)[]> {
    const out: (NotificationEntity | null)[] = [];
    for (const side of ['supplier', 'buyer'] as const)
      if ((side === 'supplier' ? d.supplierConfirmedAt : d.buyerConfirmedAt) === null)
        out.push(await this.notifications.record(m, dealConfirmationRequested(d, firmOf(d, side), byName)));
    return out;
  }

  private async write(
    work: (m: EntityManager) => Promise<{ deal: DealEntity; notices: (NotificationEntity | null)[] }>,
  ) {
    const { deal, notices } = await this.repository.transaction(work);
    for (const n of notices) await this.notifications.publish(n);
    return deal;
  }

  private state(d: DealEntity): DealChange {
    return {
      stage: d.stage,
      amountCny: d.amountCny,
      supplierConfirmedAt: d.supplierConfirmedAt,
      buyerConfirmedAt: d.buyerConfirmedAt,
      agreedStage: d.agreedStage,
      agreedAmountCny: d.agreedAmountCny,
    };
  }

  private sideOf(viewer: Viewer, d: Pick<DealEntity, 'supplierEnterpriseId' | 'buyerEnterpriseId'>): Side | null {
    if (Access.isMemberOf(viewer, d.supplierEnterpriseId)) return 'supplier';
    if (Access.isMemberOf(viewer, d.buyerEnterpriseId)) return 'buyer';
    return null;
  }

  /** Who acts, as the counterpart reads it: the firm's name, or the organiser. */
  private async recorderName(viewer: Viewer, side: Side | null): Promise<string> {
    if (side && viewer.enterpriseId) return (await this.enterprises.findById(viewer.enterpriseId))?.name ?? '对方企业';
    return '活动主办方';
  }

  /** A listing the viewer may see (a confidential demand of others is "not found", as everywhere). */
  private async listing(viewer: Viewer, id: string, kind: ListingKind, field: string, errors: FieldErrors) {
    const listing = isUuid(id) ? (await this.listings.findVisible(viewer, [id]))[0] : null;
    if (!listing || listing.kind !== kind) {
      errors.add(field, `${field}（${kind === ListingKind.SUPPLY ? '供应' : '需求'}信息）不存在`);
      return null;
    }
    return listing;
  }
}
