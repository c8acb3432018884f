import { Injectable } from '@nestjs/common';

import { Access, Viewer } from '@duijie/accounts';
import { ApiError, chineseDateTime, FieldErrors, isUuid } from '@duijie/common';
import { EventAccess } from '@duijie/events';

import { EventDayRepository } from './event-day.repository';
import { MeetingEntity } from './meeting.entity';
import { AttendanceOutcome } from './meeting-attendance.entity';
import { MeetingsErrorCode, MeetingsException } from './meetings.exception';
import { ScheduleRepository } from './schedule.repository';
import { ScheduleService } from './schedule.service';

const NOT_YOURS = '洽谈不存在，或您不是该洽谈的一方';

/**
 * 到场情况 and 现场加入: whether meetings took place, marked by organisers or by the parties, and
 * meetings organisers add on the day between checked-in firms.
 *
 * Conflicting marks: the organiser's mark decides. Without one, a single party's mark stands; two
 * parties agree only when both say HELD (each NO_SHOW names the other firm absent, so two of them
 * contradict each other), otherwise the meeting is DISPUTED (双方登记不一致) until an organiser
 * marks it; `partiesDisagree` stays visible after that. The view `meeting_attendance_outcome`
 * holds this rule for the API, the floor screen and the report alike.
 */
@Injectable()
export class AttendanceService {
  constructor(
    private readonly repository: EventDayRepository,
    private readonly schedule: ScheduleService,
    private readonly meetings: ScheduleRepository,
    private readonly access: EventAccess,
  ) {}

  /**
   * Marks a published meeting HELD or NO_SHOW, once it has started. An organiser names the absent
   * parties (one or both); a party may only say the other firm did not come (or that it was held).
   */
  async mark(
    viewer: Viewer,
    meetingId: string,
    outcome: AttendanceOutcome,
    absentEnterpriseIds: string[] | null | undefined,
  ): Promise<MeetingEntity> {
    const meeting = isUuid(meetingId) ? await this.meetings.meeting(meetingId) : null;
    if (!meeting) throw new ApiError('NOT_FOUND', NOT_YOURS);
    const event = await this.access.event(meeting.eventId);
    const organiser = this.access.isOrganiser(viewer, event);
    if (!organiser && !(meeting.published && Access.isPartyOf(viewer, meeting)))
      throw new ApiError('NOT_FOUND', NOT_YOURS);
    const parties = [meeting.partyA, meeting.partyB];
    const errors = new FieldErrors();
    if (!meeting.published) errors.add('meetingId', '该洽谈尚未发布，不能登记到场情况');
    else if (meeting.startsAt.getTime() > Date.now())
      errors.add('meetingId', `洽谈开始（${chineseDateTime(meeting.startsAt)}）后才能登记到场情况`);
    const given = [...new Set(absentEnterpriseIds ?? [])];
    let absent: string[] = [];
    if (outcome === AttendanceOutcome.HELD) {
      if (given.length) errors.add('absentEnterpriseIds', 'absentEnterpriseIds（缺席方）仅在登记缺席时填写');
    } else if (organiser) {
      if (!given.length || given.some((id) => !parties.includes(id)))
        errors.add('absentEnterpriseIds', 'absentEnterpriseIds（缺席方）须为该洽谈的一方或双方');
      absent = given;
    } else {
      const other = parties.find((p) => p !== viewer.enterpriseId)!;
      if (given.length && (given.length > 1 || given[0] !== other))
        errors.add('absentEnterpriseIds', 'absentEnterpriseIds（缺席方）只能是洽谈的对方企业');
      absent = [other];
    }
    errors.throwIfAny();
    await this.repository.mark(meeting.id, organiser ? null : viewer.enterpriseId, viewer.userId, outcome, absent);
    return meeting;
  }

  /**
   * Adds a walk-in meeting (现场加入) between two checked-in, approved firms at a table and a slot
   * that has not ended; the same slot and table rules as `bookMeeting`, and the database's
   * no-overlap constraints refuse a taken table or a busy firm. It is published at once.
   */
  async walkIn(
    viewer: Viewer,
    eventId: string,
    input: { enterpriseIds: string[]; startsAt: Date; table: string },
  ): Promise<MeetingEntity> {
    const event = await this.access.organisedEvent(viewer, eventId);
    const firms = [...new Set(input.enterpriseIds)];
    const errors = new FieldErrors();
    if (firms.length !== 2 || !firms.every(isUuid))
      new FieldErrors().add('enterpriseIds', 'enterpriseIds（洽谈双方）须为两家不同的企业').throwIfAny();
    const registrations = await Promise.all(firms.map((id) => this.repository.registrationOf(event.id, id)));
    if (registrations.some((r) => r?.status !== 'APPROVED'))
      errors.add('enterpriseIds', 'enterpriseIds（洽谈双方）须为本活动报名已通过的企业');
    else {
      const inHouse = await this.repository.checkedIn(event.id, firms);
      if (firms.some((f) => !inHouse.has(f)))
        errors.add('enterpriseIds', 'enterpriseIds（洽谈双方）须均已签到，现场加入的洽谈只能在到场企业之间安排');
    }
    errors.throwIfAny();
    const slot = await this.schedule.slotAt(event, input.startsAt, input.table, []);
    if (slot.end.getTime() <= Date.now())
      new FieldErrors().add('startsAt', 'startsAt（洽谈时间）所在时段已结束，请选择当前或之后的时段').throwIfAny();
    const id = await this.repository.transaction(async (m) => {
      const ids = await this.meetings.insertMeetings(
        m,
        event.id,
        [
          {
            requestId: null,
            partyA: firms[0],
            partyB: firms[1],
            startsAt: slot.start,
            endsAt: slot.end,
            tableLabel: input.table,
          },
        ],
        null,
      );
      if (ids === 'TAKEN')
        throw new MeetingsException(
          MeetingsErrorCode.SLOT_TAKEN,
          '该时段该洽谈桌已被占用（洽谈或圆桌），或一方在该时段已有洽谈或圆桌席位',
        );
      await this.repository.markWalkIn(m, ids[0]);
      return ids[0];
    });
    return (await this.meetings.meeting(id))!;
  }
}
