import { Injectable } from '@nestjs/common';

import { Access, Viewer } from '@duijie/accounts';
import { chineseDateTime, FieldErrors, isUuid } from '@duijie/common';
import { PG, pgCode } from '@duijie/database';
import { EnterprisesRepository } from '@duijie/enterprises';
import { EVENT_LIMITS, EventAccess, EventRef, slotCount } from '@duijie/events';
import { MatchingService } from '@duijie/matching';
import { NotificationProducer } from '@duijie/notifications';

import { MAX_REGISTRATION_LISTINGS } from './meeting-limits';
import { meetingAnswered, meetingRequested, registrationReviewed } from './meeting-notices';
import { MeetingRequestEntity, MeetingRequestStatus } from './meeting-request.entity';
import { MeetingRequestInput, MeetingSessionInput } from './meetings.dto';
import { MeetingsErrorCode, MeetingsException } from './meetings.exception';
import { RegistrationEntity, RegistrationStatus } from './registration.entity';
import { RegistrationsRepository } from './registrations.repository';
import { MeetingSessionEntity } from './session.entity';
import { slotsOf } from './slots';

const chars = (s: string) => [...s].length;

/** Sessions, registrations and meeting requests: the participants' side of a docking event. */
@Injectable()
export class RegistrationsService {
  constructor(
    private readonly repository: RegistrationsRepository,
    private readonly access: EventAccess,
    private readonly enterprises: EnterprisesRepository,
    private readonly matching: MatchingService,
    private readonly notifications: NotificationProducer,
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
      const valid = new Set(await this.repository.openListingsOf(enterpriseId, ids.filter(isUuid)));
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

  async review(viewer: Viewer, id: string, approve: boolean): Promise<RegistrationEntity> {
    const found = isUuid(id) ? await this.repository.registration(id) : null;
    if (!found) throw new MeetingsException(MeetingsErrorCode.REGISTRATION_NOT_FOUND, '报名记录不存在');
    const event = await this.access.organisedEvent(viewer, found.eventId);
    const status = approve ? RegistrationStatus.APPROVED : RegistrationStatus.REJECTED;
    const { registration, notice } = await this.repository.transaction(async (m) => {
      if (!approve) {
        // A rejected firm's requests lapse; its published meetings must be cancelled by hand first.
        const published: unknown[] = await m.query(
          `SELECT 1 FROM meeting WHERE event_id = $1 AND published AND (party_a = $2 OR party_b = $2) LIMIT 1`,
          [event.id, found.enterpriseId],
        );
        if (published.length)
          new FieldErrors().add('approve', '该企业已有已发布的洽谈安排，请先取消这些洽谈再拒绝报名').throwIfAny();
        await this.repository.cancelRequestsOf(m, event.id, found.enterpriseId);
        await m.query(`DELETE FROM meeting WHERE event_id = $1 AND NOT published AND (party_a = $2 OR party_b = $2)`, [
          event.id,
          found.enterpriseId,
        ]);
      }
      const registration = await this.repository.review(m, found.id, status);
      const notice =
        found.status === status ? null : await this.notifications.record(m, registrationReviewed(event, registration));
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
    status: RegistrationStatus | null,
    limit: number,
  ): Promise<RegistrationEntity[]> {
    const scope = Access.eventScope(viewer, event);
    const visibleTo = scope === 'ALL' ? 'ALL' : (scope?.enterpriseId ?? null);
    return this.repository.registrationsOf(event.id, status, visibleTo, limit);
  }

  async requestMeeting(viewer: Viewer, eventId: string, input: MeetingRequestInput): Promise<MeetingRequestEntity> {
    const me = this.access.enterpriseOf(viewer);
    const event = await this.access.event(eventId);
    const other = input.withEnterpriseId;
    const message = input.message?.trim() || null;
    const tags = [...new Set((input.tableTags ?? []).map((t) => t.trim().toLowerCase()).filter(Boolean))];
    const offered = new Set(event.tables.flatMap((t) => t.tags));
    const errors = new FieldErrors();
    if (other === me) errors.add('withEnterpriseId', 'withEnterpriseId（洽谈对象）不能是本企业');
    else if (!isUuid(other)) errors.add('withEnterpriseId', 'withEnterpriseId（洽谈对象）不是有效的企业编号');
    if (message && chars(message) > 500) errors.add('message', 'message（留言）最多 500 个字符');
    const missing = tags.filter((t) => !offered.has(t));
    if (missing.length)
      errors.add('tableTags', `tableTags（桌位要求）本活动没有带以下标签的洽谈桌：${missing.join('、')}`);
    let suggestionScore: number | null = null;
    let suggestionMutual = false;
    if (input.matchSuggestionId) {
      const s = isUuid(input.matchSuggestionId) ? await this.matching.findSuggestion(input.matchSuggestionId) : null;
      const pair = s ? new Set([s.supplyEnterpriseId, s.demandEnterpriseId]) : null;
      if (!s || !pair!.has(me) || !pair!.has(other))
        errors.add('matchSuggestionId', 'matchSuggestionId（匹配建议）须是本企业与洽谈对象之间的匹配建议');
      else {
        suggestionScore = s.score;
        suggestionMutual = s.supplyDecision === 'ACCEPT' && s.demandDecision === 'ACCEPT';
      }
    }
    errors.throwIfAny();

    // Read before the transaction: a transaction must never wait for a second pool connection.
    const myName = await this.nameOf(me);
    const outcome = await this.repository
      .transaction(async (m) => {
        // Locking the requester's registration serialises its requests, so the cap holds under concurrency.
        const mine = await this.repository.registrationOf(event.id, me, m, true);
        const theirs = await this.repository.registrationOf(event.id, other, m);
        if (mine?.status !== RegistrationStatus.APPROVED)
          throw new MeetingsException(MeetingsErrorCode.NOT_APPROVED, '只有报名已通过的企业才能发起洽谈请求');
        if (theirs?.status !== RegistrationStatus.APPROVED) {
          new FieldErrors()
            .add('withEnterpriseId', 'withEnterpriseId（洽谈对象）不是本活动报名已通过的企业')
            .throwIfAny();
        }
        const existing = await this.repository.livePair(m, event.id, me, other);
        if (existing?.requesterEnterpriseId === other && existing.status === MeetingRequestStatus.PENDING) {
          // They asked us first: asking back accepts their request, and both sides wanted it.
          const accepted = await this.repository.setRequestStatus(m, existing.id, MeetingRequestStatus.ACCEPTED, true);
          return {
            request: accepted,
            notice: await this.notifications.record(m, meetingAnswered(event, accepted, myName, true)),
          };
        }
        if (existing)
          throw new MeetingsException(
            MeetingsErrorCode.DUPLICATE_REQUEST,
            '你们之间在本活动已有洽谈请求，不能重复发起',
          );
        if ((await this.repository.sentCount(m, event.id, me)) >= event.maxRequestsPerFirm) {
          new FieldErrors()
            .add('withEnterpriseId', `每家企业在本活动最多发起 ${event.maxRequestsPerFirm} 个洽谈请求，已达上限`)
            .throwIfAny();
        }
        const request = await this.repository.insertRequest(m, {
          eventId: event.id,
          requesterEnterpriseId: me,
          inviteeEnterpriseId: other,
          matchSuggestionId: input.matchSuggestionId ?? null,
          matchScore: suggestionScore ?? (await this.repository.bestScore(m, me, other)),
          mutual: suggestionMutual,
          message,
          tableTags: tags,
        });
        return { request, notice: await this.notifications.record(m, meetingRequested(event, request, myName)) };
      })
      .catch((err: unknown) => {
        if (pgCode(err) === PG.UNIQUE_VIOLATION)
          throw new MeetingsException(
            MeetingsErrorCode.DUPLICATE_REQUEST,
            '你们之间在本活动已有洽谈请求，不能重复发起',
          );
        // Many requests of one firm at once queue on its registration; past the lock timeout, say so.
        if (pgCode(err) === PG.LOCK_NOT_AVAILABLE)
          throw new MeetingsException(MeetingsErrorCode.BUSY, '本企业的其他洽谈请求正在处理，请稍后重试');
        throw err;
      });
    await this.notifications.publish(outcome.notice);
    return outcome.request;
  }

  async respond(viewer: Viewer, id: string, accept: boolean): Promise<MeetingRequestEntity> {
    const found = isUuid(id) ? await this.repository.request(id) : null;
    if (!found) throw new MeetingsException(MeetingsErrorCode.REQUEST_NOT_FOUND, '洽谈请求不存在');
    if (!Access.isMemberOf(viewer, found.inviteeEnterpriseId))
      throw new MeetingsException(MeetingsErrorCode.NOT_INVITEE, '只有被邀请的企业可以接受或婉拒洽谈请求');
    const event = await this.access.event(found.eventId);
    const inviteeName = await this.nameOf(found.inviteeEnterpriseId);
    const outcome = await this.repository.transaction(async (m) => {
      const current = (await this.repository.request(found.id, m))!;
      if (current.status !== MeetingRequestStatus.PENDING)
        throw new MeetingsException(MeetingsErrorCode.ALREADY_ANSWERED, '该洽谈请求已处理过');
      const request = await this.repository.setRequestStatus(
        m,
        found.id,
        accept ? MeetingRequestStatus.ACCEPTED : MeetingRequestStatus.DECLINED,
      );
      return {
        request,
        notice: await this.notifications.record(m, meetingAnswered(event, request, inviteeName, accept)),
      };
    });
    await this.notifications.publish(outcome.notice);
    return outcome.request;
  }

  /** The requester withdraws a request that has no meeting yet. */
  async cancelRequest(viewer: Viewer, id: string): Promise<MeetingRequestEntity> {
    const found = isUuid(id) ? await this.repository.request(id) : null;
    if (!found) throw new MeetingsException(MeetingsErrorCode.REQUEST_NOT_FOUND, '洽谈请求不存在');
    if (!Access.isMemberOf(viewer, found.requesterEnterpriseId))
      throw new MeetingsException(MeetingsErrorCode.NOT_REQUESTER, '只有发起方可以撤回洽谈请求');
    return this.repository.transaction(async (m) => {
      const scheduled: unknown[] = await m.query(`SELECT 1 FROM meeting WHERE request_id = $1 AND published`, [
        found.id,
      ]);
      if (scheduled.length)
        throw new MeetingsException(MeetingsErrorCode.ALREADY_ANSWERED, '该洽谈已排入已发布的日程，请联系组织方取消');
      await m.query(`DELETE FROM meeting WHERE request_id = $1`, [found.id]);
      return this.repository.setRequestStatus(m, found.id, MeetingRequestStatus.CANCELLED);
    });
  }

  requests(
    viewer: Viewer,
    event: EventRef,
    status: MeetingRequestStatus | null,
    limit: number,
  ): Promise<MeetingRequestEntity[]> {
    const scope = Access.eventScope(viewer, event);
    if (!scope) return Promise.resolve([]);
    return this.repository.requestsOf(event.id, scope === 'ALL' ? 'ALL' : scope.enterpriseId, status, limit);
  }

  private async nameOf(enterpriseId: string): Promise<string> {
    return (await this.enterprises.findById(enterpriseId))?.name ?? '一家企业';
  }
}
