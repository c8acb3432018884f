import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { Access, Viewer } from '@duijie/accounts';
import { chineseClock, FieldErrors, isUuid } from '@duijie/common';
import { EnterprisesRepository } from '@duijie/enterprises';
import { DockingEventEntity, EVENT_LIMITS, EventAccess, EventRef } from '@duijie/events';
import { NotificationProducer } from '@duijie/notifications';
import { recordJobs } from '@duijie/queue';

import { MeetingEntity } from './meeting.entity';
import { meetingCancelled, meetingMoved, schedulePublished } from './meeting-notices';
import { MeetingRequestStatus } from './meeting-request.entity';
import { MeetingRequestsRepository } from './meeting-requests.repository';
import { MeetingsErrorCode, MeetingsException } from './meetings.exception';
import { RegistrationsRepository } from './registrations.repository';
import { RoundTablesRepository } from './round-tables.repository';
import { ScheduleRepository } from './schedule.repository';
import { ScheduleRunEntity } from './schedule-run.entity';
import { EventSlot, slotsOf } from './slots';

const TAKEN = '该时段该洽谈桌已被占用（洽谈或圆桌），或一方在该时段已有洽谈或圆桌席位';
const meetingNotFound = () => new MeetingsException(MeetingsErrorCode.MEETING_NOT_FOUND, '洽谈不存在');

/** The organisers' side of a schedule: solving (on the worker), publishing, moving by hand; and agendas. */
@Injectable()
export class ScheduleService {
  constructor(
    private readonly repository: ScheduleRepository,
    private readonly registrations: RegistrationsRepository,
    private readonly requests: MeetingRequestsRepository,
    private readonly access: EventAccess,
    private readonly enterprises: EnterprisesRepository,
    private readonly notifications: NotificationProducer,
    private readonly roundTables: RoundTablesRepository,
  ) {}

  /** Queues a scheduler run; the worker solves it and writes unpublished meetings. */
  async schedule(viewer: Viewer, eventId: string): Promise<ScheduleRunEntity> {
    const event = await this.access.organisedEvent(viewer, eventId);
    if (!(await this.slots(event)).length)
      new FieldErrors().add('eventId', '请先为活动添加洽谈场次（addMeetingSession）再排程').throwIfAny();
    return this.repository.transaction(async (m) => {
      const run = await this.repository.insertRun(m, event.id, viewer.userId);
      await recordJobs(m, [{ name: 'schedule.solve', data: { runId: run.id } }]);
      return run;
    });
  }

  async run(viewer: Viewer, id: string): Promise<ScheduleRunEntity> {
    const run = isUuid(id) ? await this.repository.run(id) : null;
    const notFound = () => new MeetingsException(MeetingsErrorCode.RUN_NOT_FOUND, '排程记录不存在');
    if (!run) throw notFound();
    await this.access.organisedEventOf(viewer, run.eventId, notFound);
    return run;
  }

  latestRun(event: EventRef): Promise<ScheduleRunEntity | null> {
    return this.repository.latestRun(event.id);
  }

  /** Makes every meeting visible and tells each firm its meetings (one notice per firm). */
  async publish(viewer: Viewer, eventId: string): Promise<DockingEventEntity> {
    const event = await this.access.organisedEvent(viewer, eventId);
    const notices = await this.repository.transaction(async (m) => {
      await this.repository.lockEvent(m, event.id);
      const fresh = await this.repository.publish(m, event.id);
      const byFirm = new Map<string, MeetingEntity[]>();
      for (const meeting of fresh)
        for (const p of [meeting.partyA, meeting.partyB]) (byFirm.get(p) ?? byFirm.set(p, []).get(p)!).push(meeting);
      const names = await this.names([...byFirm.keys()], m);
      const stamp = Date.now();
      return this.notifications.recordAll(
        m,
        [...byFirm].map(([firm, meetings]) => {
          meetings.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
          return schedulePublished(event, firm, meetings, names, stamp);
        }),
      );
    });
    await this.notifications.publishAll(notices);
    return await this.access.event(event.id);
  }

  /** Places an accepted request by hand; the database refuses a double booking. */
  async book(viewer: Viewer, requestId: string, startsAt: Date, table: string): Promise<MeetingEntity> {
    const request = isUuid(requestId) ? await this.requests.request(requestId) : null;
    const notFound = () => new MeetingsException(MeetingsErrorCode.REQUEST_NOT_FOUND, '洽谈请求不存在');
    if (!request) throw notFound();
    const event = await this.access.organisedEventOf(viewer, request.eventId, notFound);
    if (request.status !== MeetingRequestStatus.ACCEPTED)
      new FieldErrors().add('requestId', '只有对方已接受的洽谈请求才能排入日程').throwIfAny();
    const slot = await this.slotAt(event, startsAt, table, request.tableTags);
    const id = await this.repository.transaction(async (m) => {
      const ids = await this.repository.insertMeetings(
        m,
        event.id,
        [
          {
            requestId: request.id,
            partyA: request.requesterEnterpriseId,
            partyB: request.inviteeEnterpriseId,
            startsAt: slot.start,
            endsAt: slot.end,
            tableLabel: table,
          },
        ],
        null,
      );
      return ids === 'TAKEN' ? null : ids[0];
    });
    if (!id) {
      const parties = [request.requesterEnterpriseId, request.inviteeEnterpriseId];
      const why = await this.whyTaken(event.id, slot, table, parties, null);
      throw new MeetingsException(MeetingsErrorCode.SLOT_TAKEN, why ?? '该洽谈请求已排入日程');
    }
    return (await this.repository.meeting(id))!;
  }

  /** Moves a meeting to another slot and table; a published one's parties are told. */
  async move(viewer: Viewer, meetingId: string, startsAt: Date, table: string): Promise<MeetingEntity> {
    const meeting = isUuid(meetingId) ? await this.repository.meeting(meetingId) : null;
    if (!meeting) throw meetingNotFound();
    const event = await this.access.organisedEventOf(viewer, meeting.eventId, meetingNotFound);
    const request = meeting.requestId ? await this.requests.request(meeting.requestId) : null;
    const slot = await this.slotAt(event, startsAt, table, request?.tableTags ?? []);
    const done = await this.repository.transaction(async (m) => {
      // Hand moves take turns with bookings and runs (see insertMeetings).
      await this.repository.lockEvent(m, meeting.eventId);
      if ((await this.repository.move(m, meeting.id, slot.start, slot.end, table)) === 'TAKEN') return null;
      const moved = (await this.repository.meeting(meeting.id, m))!;
      return {
        moved,
        notices: moved.published
          ? await this.tellParties(m, moved, (firm, other) => meetingMoved(event, moved, firm, other))
          : [],
      };
    });
    if (!done) {
      const why = await this.whyTaken(event.id, slot, table, [meeting.partyA, meeting.partyB], meeting.id);
      throw new MeetingsException(MeetingsErrorCode.SLOT_TAKEN, why ?? TAKEN);
    }
    await Promise.all(done.notices.map((n) => this.notifications.publish(n)));
    return done.moved;
  }

  /** Locks (锁定) or unlocks a meeting: scheduler runs keep a locked one where it is. */
  async setLocked(viewer: Viewer, meetingId: string, locked: boolean): Promise<MeetingEntity> {
    const meeting = isUuid(meetingId) ? await this.repository.meeting(meetingId) : null;
    if (!meeting) throw meetingNotFound();
    await this.access.organisedEventOf(viewer, meeting.eventId, meetingNotFound);
    return this.repository.transaction(async (m) => {
      // Serialised with scheduler runs, which replace unlocked meetings under the same lock.
      await this.repository.lockEvent(m, meeting.eventId);
      const current = await this.repository.meeting(meeting.id, m);
      if (!current)
        throw new MeetingsException(MeetingsErrorCode.MEETING_NOT_FOUND, '洽谈不存在（可能已被新的排程替换）');
      await this.repository.setLocked(m, current.id, locked);
      return (await this.repository.meeting(current.id, m))!;
    });
  }

  /** Cancels a meeting: its request lapses (so a new run does not place it again); parties are told if it was published. */
  async cancel(viewer: Viewer, meetingId: string): Promise<boolean> {
    const meeting = isUuid(meetingId) ? await this.repository.meeting(meetingId) : null;
    if (!meeting) throw meetingNotFound();
    const event = await this.access.organisedEventOf(viewer, meeting.eventId, meetingNotFound);
    const notices = await this.repository.transaction(async (m) => {
      await this.repository.deleteMeeting(m, meeting.id);
      if (meeting.requestId) await this.requests.setRequestStatus(m, meeting.requestId, MeetingRequestStatus.CANCELLED);
      return meeting.published
        ? this.tellParties(m, meeting, (firm, other) => meetingCancelled(event, meeting, firm, other))
        : [];
    });
    await Promise.all(notices.map((n) => this.notifications.publish(n)));
    return true;
  }

  /** The caller's published meetings at the event, by time. */
  async agenda(viewer: Viewer, eventId: string): Promise<MeetingEntity[]> {
    const event = await this.access.event(eventId);
    return viewer.enterpriseId
      ? this.repository.meetingsOf(event.id, {
          enterpriseId: viewer.enterpriseId,
          publishedOnly: true,
          // A firm meets once per slot at most, and an event has at most this many slots.
          limit: EVENT_LIMITS.maxSlotsPerEvent,
        })
      : [];
  }

  /** Every meeting for organisers (published or not); a participant's own published ones otherwise. */
  meetings(viewer: Viewer, event: EventRef, limit?: number): Promise<MeetingEntity[]> {
    const scope = Access.eventScope(viewer, event);
    if (scope === 'ALL') return this.repository.meetingsOf(event.id, { limit });
    return scope
      ? this.repository.meetingsOf(event.id, { enterpriseId: scope.enterpriseId, publishedOnly: true, limit })
      : Promise.resolve([]);
  }

  async slots(event: DockingEventEntity): Promise<EventSlot[]> {
    return slotsOf(await this.registrations.sessionsOf(event.id), event.slotMinutes);
  }

  /** Names by id; inside a transaction pass its manager, so it never waits for a second pool connection. */
  names(ids: string[], m?: EntityManager): Promise<Map<string, string>> {
    return this.enterprises.namesByIds(ids, m);
  }

  /** The slot starting at `startsAt`, checked with the table and the tags the meeting needs. */
  async slotAt(event: DockingEventEntity, startsAt: Date, table: string, needs: string[]): Promise<EventSlot> {
    const slot = (await this.slots(event)).find((s) => s.start.getTime() === startsAt.getTime());
    const errors = new FieldErrors();
    if (!slot) errors.add('startsAt', 'startsAt（洽谈时间）须为本活动某个洽谈时段的开始时间');
    const t = event.tables.find((x) => x.label === table);
    if (!t) errors.add('table', `table（桌号）本活动没有洽谈桌「${table}」`);
    else if (needs.some((n) => !t.tags.includes(n)))
      errors.add('table', `table（桌号）「${table}」不满足该洽谈的桌位要求：${needs.join('、')}`);
    errors.throwIfAny();
    return slot!;
  }

  /** Why the database refused a table and slot, in words an organiser can act on (null: nothing clashes now). */
  private async whyTaken(
    eventId: string,
    slot: EventSlot,
    table: string,
    parties: string[],
    exceptMeetingId: string | null,
  ): Promise<string | null> {
    const { atTable, busy } = await this.repository.clashes(
      eventId,
      slot.start,
      slot.end,
      table,
      parties,
      exceptMeetingId,
    );
    const names = await this.names([
      ...parties,
      ...(atTable ? [atTable.partyA, atTable.partyB] : []),
      ...busy.flatMap((b) => [b.meeting.partyA, b.meeting.partyB]),
    ]);
    const name = (id: string) => `「${names.get(id) ?? '—'}」`;
    const at = chineseClock(slot.start);
    if (atTable) return `洽谈桌「${table}」在 ${at} 已安排 ${name(atTable.partyA)} 与 ${name(atTable.partyB)} 的洽谈`;
    const roundTable = await this.roundTables.atTable(eventId, table, slot.start, slot.end);
    if (roundTable) return `洽谈桌「${table}」在 ${at} 用于圆桌「${roundTable.topic}」`;
    const clash = busy[0];
    if (!clash) {
      const seated = await this.roundTables.ofFirmsAt(parties, slot.start, slot.end);
      if (!seated) return null;
      const seatNames = await this.names([seated.enterpriseId]);
      return `「${seatNames.get(seated.enterpriseId) ?? '—'}」 在 ${at} 已参加圆桌「${seated.roundTable.topic}」`;
    }
    const elsewhere = clash.meeting.eventId !== eventId;
    return elsewhere
      ? `${name(clash.enterpriseId)} 在 ${at} 已有其他活动的洽谈`
      : `${name(clash.enterpriseId)} 在 ${at} 已有洽谈（洽谈桌「${clash.meeting.tableLabel}」，与 ${name(
          clash.meeting.partyA === clash.enterpriseId ? clash.meeting.partyB : clash.meeting.partyA,
        )}）`;
  }

  private async tellParties(
    m: EntityManager,
    meeting: MeetingEntity,
    make: (firm: string, otherName: string) => Parameters<NotificationProducer['record']>[1],
  ) {
    const names = await this.names([meeting.partyA, meeting.partyB], m);
    return [
      await this.notifications.record(m, make(meeting.partyA, names.get(meeting.partyB) ?? '—')),
      await this.notifications.record(m, make(meeting.partyB, names.get(meeting.partyA) ?? '—')),
    ];
  }
}
