import { Injectable } from '@nestjs/common';

import { Access, Viewer } from '@duijie/accounts';
import { FieldErrors, isUuid } from '@duijie/common';
import { PG, pgCode } from '@duijie/database';
import { EnterprisesRepository } from '@duijie/enterprises';
import { EventAccess, EventRef } from '@duijie/events';
import { MatchingService, SuggestionsRepository } from '@duijie/matching';
import { NotificationProducer } from '@duijie/notifications';

import { meetingAnswered, meetingRequested } from './meeting-notices';
import { MeetingRequestEntity, MeetingRequestStatus } from './meeting-request.entity';
import { MeetingRequestsRepository } from './meeting-requests.repository';
import { MeetingRequestInput } from './meetings.dto';
import { MeetingsErrorCode, MeetingsException } from './meetings.exception';
import { RegistrationStatus } from './registration.entity';
import { RegistrationsRepository } from './registrations.repository';
import { ScheduleRepository } from './schedule.repository';

const chars = (s: string) => [...s].length;

/** Meeting requests between approved registrants: asked, answered, withdrawn. */

/** Requests one firm may send another in one event, withdrawn ones counted: the first, and one more after withdrawing it. */
export const MAX_ASKS_OF_ONE_FIRM = 2;
@Injectable()
export class MeetingRequestsService {
  constructor(
    private readonly repository: MeetingRequestsRepository,
    private readonly registrations: RegistrationsRepository,
    private readonly schedule: ScheduleRepository,
    private readonly access: EventAccess,
    private readonly enterprises: EnterprisesRepository,
    private readonly matching: MatchingService,
    private readonly suggestions: SuggestionsRepository,
    private readonly notifications: NotificationProducer,
  ) {}

  async requestMeeting(viewer: Viewer, eventId: string, input: MeetingRequestInput): Promise<MeetingRequestEntity> {
    const me = this.access.enterpriseOf(viewer);
    const event = await this.access.event(eventId);
    // An event that has ended takes no more requests: its report's figures are settled (an outside
    // tester added and accepted requests at a 2020 event in 2026).
    if (event.endsAt.getTime() <= Date.now())
      throw new MeetingsException(MeetingsErrorCode.ENDED, '本活动已结束，不能再发起洽谈邀约');
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
        const mine = await this.registrations.registrationOf(event.id, me, m, true);
        const theirs = await this.registrations.registrationOf(event.id, other, m);
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
        // Withdrawing and asking again notifies the firm each time: once asked again, no more.
        if ((await this.repository.sentTo(m, event.id, me, other)) >= MAX_ASKS_OF_ONE_FIRM)
          new FieldErrors()
            .add(
              'withEnterpriseId',
              `你已向该企业发起过 ${MAX_ASKS_OF_ONE_FIRM} 次洽谈请求（含已撤回的），本活动不能再次发起`,
            )
            .throwIfAny();
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
          matchScore: suggestionScore ?? (await this.suggestions.bestScoreBetween(me, other, m)),
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
    const found = await this.visibleRequest(viewer, id);
    if (!Access.isMemberOf(viewer, found.inviteeEnterpriseId))
      throw new MeetingsException(MeetingsErrorCode.NOT_INVITEE, '只有被邀请的企业可以接受或婉拒洽谈请求');
    const event = await this.access.event(found.eventId);
    if (accept && event.endsAt.getTime() <= Date.now())
      throw new MeetingsException(MeetingsErrorCode.ENDED, '本活动已结束，不能再接受洽谈邀约');
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
    const found = await this.visibleRequest(viewer, id);
    if (!Access.isMemberOf(viewer, found.requesterEnterpriseId))
      throw new MeetingsException(MeetingsErrorCode.NOT_REQUESTER, '只有发起方可以撤回洽谈请求');
    return this.repository.transaction(async (m) => {
      if (await this.schedule.hasPublishedMeetingFor(m, found.id))
        throw new MeetingsException(MeetingsErrorCode.ALREADY_ANSWERED, '该洽谈已排入已发布的日程，请联系主办方取消');
      await this.schedule.deleteMeetingOf(m, found.id);
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

  /**
   * The request, for its two firms, the event's organisers and admins; to anyone else it does not
   * exist (NOT_FOUND, as for an id that was never issued: a refusal would tell them it was).
   */
  private async visibleRequest(viewer: Viewer, id: string): Promise<MeetingRequestEntity> {
    const found = isUuid(id) ? await this.repository.request(id) : null;
    const party =
      found &&
      (Access.isMemberOf(viewer, found.requesterEnterpriseId) || Access.isMemberOf(viewer, found.inviteeEnterpriseId));
    if (found && (party || Access.mayActForEvent(viewer, await this.access.event(found.eventId)))) return found;
    throw new MeetingsException(MeetingsErrorCode.REQUEST_NOT_FOUND, '洽谈请求不存在');
  }

  private async nameOf(enterpriseId: string): Promise<string> {
    return (await this.enterprises.findById(enterpriseId))?.name ?? '一家企业';
  }
}
