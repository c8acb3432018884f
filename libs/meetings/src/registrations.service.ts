import { Injectable } from '@nestjs/common';

import { Access, Viewer } from '@duijie/accounts';
import { chineseDateTime, FieldErrors, isUuid } from '@duijie/common';
import { EVENT_LIMITS, EventAccess, EventRef, slotCount } from '@duijie/events';
import { ListingsRepository } from '@duijie/listings';
import { NotificationProducer } from '@duijie/notifications';

import { MAX_REGISTRATION_LISTINGS, MAX_REVIEW_NOTE } from './meeting-limits';
import { registrationReviewed } from './meeting-notices';
import { MeetingRequestsRepository } from './meeting-requests.repository';
import { MeetingSessionInput } from './meetings.dto';
import { MeetingsErrorCode, MeetingsException } from './meetings.exception';
import { RegistrationEntity, RegistrationStatus } from './registration.entity';
import { RegistrationsRepository } from './registrations.repository';
import { RoundTablesRepository } from './round-tables.repository';
import { ScheduleRepository } from './schedule.repository';
import { MeetingSessionEntity } from './session.entity';
import { slotsOf } from './slots';

const chars = (s: string) => [...s].length;

/** Sessions and registrations: how firms take part in a docking event. */
@Injectable()
export class RegistrationsService {
  constructor(
    private readonly repository: RegistrationsRepository,
    private readonly requests: MeetingRequestsRepository,
    private readonly schedule: ScheduleRepository,
    private readonly listings: ListingsRepository,
    private readonly access: EventAccess,
    private readonly notifications: NotificationProducer,
    private readonly roundTables: RoundTablesRepository,
  ) {}

  async addSession(viewer: Viewer, eventId: string, input: MeetingSessionInput): Promise<MeetingSessionEntity> {
    const event = await this.access.organisedEvent(viewer, eventId);
    const title = input.title.trim();
    const errors = new FieldErrors();
    if (chars(title) < 1 || chars(title) > 120) errors.add('title', 'title（场次名称）长度须为 1 到 120 个字符');
    if (!(input.endsAt.getTime() > input.startsAt.getTime()))
      errors.add('endsAt', 'endsAt（场次结束时间）须晚于 startsAt（开始时间）');
    else if (input.endsAt.getTime() - input.startsAt.getTime() < event.slotMinutes * 60_000)
      errors.add('endsAt', `场次时长不足一个洽谈时段（${event.slotMinutes} 分钟）`);
    if (input.startsAt.getTime() < event.startsAt.getTime() || input.endsAt.getTime() > event.endsAt.getTime()) {
      errors.add('startsAt', 'startsAt/endsAt（场次时间）须在活动的起止时间之内');
    }
    const slots = slotCount(input.startsAt, input.endsAt, event.slotMinutes);
    if (slots > EVENT_LIMITS.maxSlotsPerSession)
      errors.add(
        'endsAt',
        `场次最多切分为 ${EVENT_LIMITS.maxSlotsPerSession} 个洽谈时段（现为 ${slots} 个），请缩短场次或加长 slotMinutes`,
      );
    errors.throwIfAny();
    const existing = await this.repository.sessionsOf(event.id);
    if (existing.length >= EVENT_LIMITS.maxSessions)
      errors.add('eventId', `每个活动最多 ${EVENT_LIMITS.maxSessions} 个场次`);
    const total = existing.reduce((n, s) => n + slotCount(s.startsAt, s.endsAt, event.slotMinutes), slots);
    if (total > EVENT_LIMITS.maxSlotsPerEvent)
      errors.add(
        'endsAt',
        `活动的洽谈时段合计不能超过 ${EVENT_LIMITS.maxSlotsPerEvent} 个（加上本场次为 ${total} 个）`,
      );
    errors.throwIfAny();
    const session = await this.repository.insertSession(event.id, title, input.startsAt, input.endsAt);
    if (!session) new FieldErrors().add('startsAt', 'startsAt/endsAt（场次时间）与本活动已有场次重叠').throwIfAny();
    return session!;
  }

  sessions(eventId: string): Promise<MeetingSessionEntity[]> {
    return this.repository.sessionsOf(eventId);
  }

  async register(
    viewer: Viewer,
    eventId: string,
    listingIds: string[] | null | undefined,
  ): Promise<RegistrationEntity> {
    const enterpriseId = this.access.enterpriseOf(viewer);
    const event = await this.access.event(eventId);
    const closes = event.registrationClosesAt ?? event.endsAt;
    const errors = new FieldErrors();
    if (Date.now() > closes.getTime()) errors.add('eventId', `该活动报名已于 ${chineseDateTime(closes)} 截止`);
    const ids = listingIds ? [...new Set(listingIds)] : null;
    if (ids && ids.length > MAX_REGISTRATION_LISTINGS)
      errors.add('listingIds', `listingIds（参会供需信息）最多 ${MAX_REGISTRATION_LISTINGS} 条`);
    else if (ids?.length) {
      const valid = new Set(await this.listings.openOfEnterprise(enterpriseId, ids.filter(isUuid)));
      const bad = ids.filter((id) => !valid.has(id));
      if (bad.length)
        errors.add(
          'listingIds',
          `listingIds（参会供需信息）须为本企业有效（OPEN）的信息，以下不符合：${bad.join('、')}`,
        );
    }
    errors.throwIfAny();
    return this.repository.upsertRegistration(event.id, enterpriseId, ids);
  }

  async review(viewer: Viewer, id: string, approve: boolean, reason: string | null): Promise<RegistrationEntity> {
    const found = isUuid(id) ? await this.repository.registration(id) : null;
    const notFound = () => new MeetingsException(MeetingsErrorCode.REGISTRATION_NOT_FOUND, '报名记录不存在');
    if (!found) throw notFound();
    const event = await this.access.organisedEventOf(viewer, found.eventId, notFound);
    const note = approve ? null : reason?.trim() || null;
    if (note && [...note].length > MAX_REVIEW_NOTE)
      new FieldErrors().add('reason', `reason（驳回原因）最多 ${MAX_REVIEW_NOTE} 个字符`).throwIfAny();
    const status = approve ? RegistrationStatus.APPROVED : RegistrationStatus.REJECTED;
    const { registration, notice } = await this.repository.transaction(async (m) => {
      if (!approve) {
        // A rejected firm's requests lapse; its published meetings must be cancelled by hand first.
        if (await this.schedule.hasPublishedMeetingOf(m, event.id, found.enterpriseId))
          new FieldErrors().add('approve', '该企业已有已发布的洽谈安排，请先取消这些洽谈再拒绝报名').throwIfAny();
        await this.requests.cancelRequestsOf(m, event.id, found.enterpriseId);
        await this.schedule.deleteUnpublishedOf(m, event.id, found.enterpriseId);
        // Its round-table seats are freed for other firms (round tables it hosts stay, for the organiser to call off).
        await this.roundTables.deleteSeatsOf(m, event.id, found.enterpriseId);
      }
      const registration = await this.repository.review(m, found.id, status, note);
      const notice =
        found.status === status && found.reviewNote === note
          ? null
          : await this.notifications.record(m, registrationReviewed(event, registration));
      return { registration, notice };
    });
    await this.notifications.publish(notice);
    return registration;
  }

  async setUnavailable(viewer: Viewer, eventId: string, slotStarts: Date[]): Promise<RegistrationEntity> {
    const enterpriseId = this.access.enterpriseOf(viewer);
    const event = await this.access.event(eventId);
    const registration = await this.repository.registrationOf(event.id, enterpriseId);
    if (!registration)
      throw new MeetingsException(MeetingsErrorCode.REGISTRATION_NOT_FOUND, '请先报名该活动（registerForEvent）');
    const starts = new Set(
      slotsOf(await this.repository.sessionsOf(event.id), event.slotMinutes).map((s) => s.start.getTime()),
    );
    const unique = [...new Map(slotStarts.map((d) => [d.getTime(), d])).values()];
    const bad = unique.filter((d) => !starts.has(d.getTime()));
    if (bad.length) {
      new FieldErrors()
        .add(
          'slotStarts',
          `slotStarts（不能参加的时段）须为本活动洽谈时段的开始时间，以下不是：${bad.map((d) => chineseDateTime(d)).join('、')}`,
        )
        .throwIfAny();
    }
    return this.repository.setUnavailable(
      registration.id,
      unique.sort((a, b) => a.getTime() - b.getTime()),
    );
  }

  registrations(
    viewer: Viewer | null,
    event: EventRef,
    filter: { status: RegistrationStatus | null; sector?: string | null },
    limit: number,
  ): Promise<RegistrationEntity[]> {
    const scope = Access.eventScope(viewer, event);
    const visibleTo = scope === 'ALL' ? 'ALL' : (scope?.enterpriseId ?? null);
    return this.repository.registrationsOf(event.id, filter.status, visibleTo, limit, filter.sector ?? null);
  }
}
