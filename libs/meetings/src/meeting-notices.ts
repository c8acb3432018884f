import { chineseTimeRange } from '@duijie/common';
import type { DockingEventEntity } from '@duijie/events';
import type { NewNotification } from '@duijie/notifications';

import type { MeetingEntity } from './meeting.entity';
import type { MeetingRequestEntity } from './meeting-request.entity';
import type { RegistrationEntity } from './registration.entity';
import { RegistrationStatus } from './registration.entity';
import type { RoundTableEntity } from './round-table.entity';

/** The notification texts of docking events, one function per kind. */
const when = (meeting: MeetingEntity) => chineseTimeRange(meeting.startsAt, meeting.endsAt);

export function registrationReviewed(event: DockingEventEntity, r: RegistrationEntity): NewNotification {
  const approved = r.status === RegistrationStatus.APPROVED;
  return {
    enterpriseId: r.enterpriseId,
    kind: approved ? 'EVENT_REGISTRATION_APPROVED' : 'EVENT_REGISTRATION_REJECTED',
    key: `registration-${r.id}-${r.status}-${r.reviewedAt?.getTime() ?? 0}`,
    title: approved ? `报名已通过：${event.title}` : `报名未通过：${event.title}`,
    body: approved
      ? `您已获准参加「${event.title}」，可以向其他参会企业发起洽谈请求。`
      : `很遗憾，您报名的「${event.title}」未获通过${r.reviewNote ? `。原因：${r.reviewNote}` : '。'}`,
    data: { eventId: event.id, registrationId: r.id },
  };
}

export function meetingRequested(
  event: DockingEventEntity,
  q: MeetingRequestEntity,
  requesterName: string,
): NewNotification {
  return {
    enterpriseId: q.inviteeEnterpriseId,
    kind: 'MEETING_REQUESTED',
    key: `meeting-request-${q.id}`,
    title: `${requesterName} 希望与您洽谈`,
    body: `「${event.title}」：${requesterName} 向您发起洽谈请求${q.message ? `：${q.message}` : ''}`,
    data: { eventId: event.id, meetingRequestId: q.id, requesterEnterpriseId: q.requesterEnterpriseId },
  };
}

export function meetingAnswered(
  event: DockingEventEntity,
  q: MeetingRequestEntity,
  inviteeName: string,
  accepted: boolean,
): NewNotification {
  return {
    enterpriseId: q.requesterEnterpriseId,
    kind: accepted ? 'MEETING_ACCEPTED' : 'MEETING_DECLINED',
    key: `meeting-request-${q.id}-${accepted ? 'accepted' : 'declined'}`,
    title: accepted ? `${inviteeName} 接受了您的洽谈请求` : `${inviteeName} 婉拒了您的洽谈请求`,
    body: accepted
      ? `「${event.title}」：洽谈将由主办方排入日程，发布后您会收到通知。`
      : `「${event.title}」：您可以继续联系其他参会企业。`,
    data: { eventId: event.id, meetingRequestId: q.id },
  };
}

/** One notice per firm when a schedule is published: its meetings, in time order. */
export function schedulePublished(
  event: DockingEventEntity,
  enterpriseId: string,
  meetings: MeetingEntity[],
  names: Map<string, string>,
  stamp: number,
): NewNotification {
  const lines = meetings.map(
    (meeting) =>
      `${when(meeting)} ${meeting.tableLabel} 与 ${names.get(meeting.partyA === enterpriseId ? meeting.partyB : meeting.partyA) ?? '—'}`,
  );
  return {
    enterpriseId,
    kind: 'MEETING_SCHEDULED',
    key: `schedule-${event.id}-${stamp}-${enterpriseId}`,
    title: `洽谈日程已发布：${event.title}（${meetings.length} 场）`,
    body: lines.join('\n'),
    data: { eventId: event.id, meetingIds: meetings.map((meeting) => meeting.id) },
  };
}

export function meetingMoved(
  event: DockingEventEntity,
  meeting: MeetingEntity,
  enterpriseId: string,
  otherName: string,
): NewNotification {
  return {
    enterpriseId,
    kind: 'MEETING_MOVED',
    key: `meeting-moved-${meeting.id}-${meeting.updatedAt.getTime()}-${enterpriseId}`,
    title: `洽谈时间或桌号已调整：${event.title}`,
    body: `与 ${otherName} 的洽谈改为 ${when(meeting)}，${meeting.tableLabel}。`,
    data: { eventId: event.id, meetingId: meeting.id },
  };
}

export function meetingCancelled(
  event: DockingEventEntity,
  meeting: MeetingEntity,
  enterpriseId: string,
  otherName: string,
): NewNotification {
  return {
    enterpriseId,
    kind: 'MEETING_CANCELLED',
    key: `meeting-cancelled-${meeting.id}-${enterpriseId}`,
    title: `洽谈已取消：${event.title}`,
    body: `原定 ${when(meeting)} 在 ${meeting.tableLabel} 与 ${otherName} 的洽谈已取消。`,
    data: { eventId: event.id, meetingId: meeting.id },
  };
}

/** The organiser set up a round table the firm hosts (圆桌对接). */
export function roundTableHosted(event: DockingEventEntity, r: RoundTableEntity): NewNotification {
  return {
    enterpriseId: r.hostEnterpriseId,
    kind: 'ROUND_TABLE_HOSTED',
    key: `round-table-${r.id}-hosted`,
    title: `请主持圆桌「${r.topic}」`,
    body: `「${event.title}」主办方安排贵企业主持圆桌「${r.topic}」：${chineseTimeRange(r.startsAt, r.endsAt)}，${r.tableLabel} 号桌，${r.capacity} 个席位。参会企业报名席位后会出现在贵企业的日程中。`,
    data: { eventId: event.id, roundTableId: r.id },
  };
}

/** The organiser called off a round table; its host and every seated firm are told. */
export function roundTableCancelled(
  event: DockingEventEntity,
  r: RoundTableEntity,
  enterpriseId: string,
): NewNotification {
  const host = enterpriseId === r.hostEnterpriseId;
  return {
    enterpriseId,
    kind: 'ROUND_TABLE_CANCELLED',
    key: `round-table-${r.id}-cancelled-${enterpriseId}`,
    title: `圆桌「${r.topic}」已取消`,
    body: `「${event.title}」主办方取消了圆桌「${r.topic}」（${chineseTimeRange(r.startsAt, r.endsAt)}，${r.tableLabel} 号桌）。${host ? '贵企业不再主持该圆桌。' : '贵企业的席位已释放，该时段可另行安排洽谈。'}`,
    data: { eventId: event.id, roundTableId: r.id },
  };
}
