import { Injectable } from '@nestjs/common';

import { Access, Viewer } from '@duijie/accounts';
import { chineseClock, chineseTimeRange, FieldErrors, isUuid } from '@duijie/common';
import { EnterprisesRepository } from '@duijie/enterprises';
import { DockingEventEntity, EVENT_LIMITS, EventAccess, EventRef } from '@duijie/events';
import { NotificationProducer } from '@duijie/notifications';

import { roundTableCancelled, roundTableHosted } from './meeting-notices';
import { MeetingsErrorCode, MeetingsException } from './meetings.exception';
import { RegistrationStatus } from './registration.entity';
import { RegistrationsRepository } from './registrations.repository';
import { ROUND_TABLE_LIMITS, RoundTableEntity } from './round-table.entity';
import { RoundTableInput } from './round-tables.dto';
import { ClaimRefusal, RoundTableFigures, RoundTableSeat, RoundTablesRepository } from './round-tables.repository';
import { slotsOf } from './slots';

const chars = (s: string) => [...s].length;

/** Round tables a report lists at most (an event has at most tables × slots of them). */
const MAX_REPORT_ROWS = 2000;

export interface RoundTableReportRow {
  topic: string;
  host: string;
  table: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  seatsTaken: number;
}

/**
 * 圆桌对接: organisers set up round tables (a host, a table, consecutive slots, N seats); approved
 * registrants take and give up seats, first come first seated. The database keeps seats, hosts and
 * tables clear of one-to-one meetings; this service says why when it refuses.
 */
@Injectable()
export class RoundTablesService {
  constructor(
    private readonly repository: RoundTablesRepository,
    private readonly registrations: RegistrationsRepository,
    private readonly access: EventAccess,
    private readonly enterprises: EnterprisesRepository,
    private readonly notifications: NotificationProducer,
  ) {}

  /** ORGANISER: sets up a round table; its table, and its host's time, must be free of meetings and other round tables. */
  async create(viewer: Viewer, eventId: string, input: RoundTableInput): Promise<RoundTableEntity> {
    const event = await this.access.organisedEvent(viewer, eventId);
    const topic = input.topic.trim();
    const description = input.description?.trim() || null;
    const count = input.slots ?? 1;
    const errors = new FieldErrors();
    if (!topic) errors.add('topic', 'topic（圆桌主题）不能为空');
    else if (chars(topic) > ROUND_TABLE_LIMITS.maxTopic)
      errors.add('topic', `topic（圆桌主题）最多 ${ROUND_TABLE_LIMITS.maxTopic} 个字符`);
    if (description && chars(description) > ROUND_TABLE_LIMITS.maxDescription)
      errors.add('description', `description（圆桌说明）最多 ${ROUND_TABLE_LIMITS.maxDescription} 个字符`);
    if (
      !Number.isInteger(input.capacity) ||
      input.capacity < ROUND_TABLE_LIMITS.minCapacity ||
      input.capacity > ROUND_TABLE_LIMITS.maxCapacity
    )
      errors.add(
        'capacity',
        `capacity（席位数）须为 ${ROUND_TABLE_LIMITS.minCapacity}–${ROUND_TABLE_LIMITS.maxCapacity} 之间的整数`,
      );
    if (!event.tables.some((t) => t.label === input.table))
      errors.add('table', `table（桌号）本活动没有洽谈桌「${input.table}」`);
    if (!isUuid(input.hostEnterpriseId)) errors.add('hostEnterpriseId', 'hostEnterpriseId（主办方）不是有效的企业编号');
    const slots = slotsOf(await this.registrations.sessionsOf(event.id), event.slotMinutes);
    const first = slots.findIndex((s) => s.start.getTime() === input.startsAt.getTime());
    if (first < 0) errors.add('startsAt', 'startsAt（开始时间）须为本活动某个洽谈时段的开始时间');
    else if (!Number.isInteger(count) || count < 1 || count > EVENT_LIMITS.maxSlotsPerSession)
      errors.add('slots', 'slots（时段数）须为正整数');
    else {
      const span = slots.slice(first, first + count);
      if (span.length < count || span.some((s) => s.sessionId !== slots[first].sessionId))
        errors.add('slots', `slots（时段数）从 ${chineseClock(input.startsAt)} 起同一场次内没有 ${count} 个连续时段`);
    }
    errors.throwIfAny();
    const span = slots.slice(first, first + count);
    const startsAt = span[0].start;
    const endsAt = span[span.length - 1].end;

    const outcome = await this.repository.transaction(async (m) => {
      const host = await this.registrations.registrationOf(event.id, input.hostEnterpriseId, m);
      if (host?.status !== RegistrationStatus.APPROVED)
        new FieldErrors()
          .add('hostEnterpriseId', 'hostEnterpriseId（主办方）须是本活动报名已通过的参会方')
          .throwIfAny();
      const id = await this.repository.insert(m, {
        eventId: event.id,
        hostEnterpriseId: input.hostEnterpriseId,
        topic,
        description,
        tableLabel: input.table,
        startsAt,
        endsAt,
        capacity: input.capacity,
        createdByUserId: viewer.userId,
      });
      if (isRefusal(id)) return id;
      // The host is told in the same transaction: no round table without its notice, nor the reverse.
      const made = (await this.repository.roundTable(id, m))!;
      return { made, notice: await this.notifications.record(m, roundTableHosted(event, made)) };
    });
    if (isRefusal(outcome)) {
      const why = await this.whyRefused(event, outcome, input.table, [input.hostEnterpriseId], startsAt, endsAt);
      throw new MeetingsException(MeetingsErrorCode.SLOT_TAKEN, why);
    }
    await this.notifications.publish(outcome.notice);
    return outcome.made;
  }

  /** ORGANISER: calls a round table off; its seats go with it, and its host and seated firms are told. */
  async cancel(viewer: Viewer, id: string): Promise<boolean> {
    const roundTable = await this.get(id);
    const event = await this.access.organisedEvent(viewer, roundTable.eventId);
    const notices = await this.repository.transaction(async (m) => {
      const parties = await this.repository.delete(m, roundTable.id);
      const told = [roundTable.hostEnterpriseId, ...parties.filter((p) => p !== roundTable.hostEnterpriseId)];
      return this.notifications.recordAll(
        m,
        told.map((enterpriseId) => roundTableCancelled(event, roundTable, enterpriseId)),
      );
    });
    await this.notifications.publishAll(notices);
    return true;
  }

  /**
   * A member of an approved registrant takes a seat. The round table's row is locked while seats
   * are counted, so concurrent sign-ups fill exactly its capacity; the firm's time claim is refused
   * by the database when it has a meeting or another seat then.
   */
  async takeSeat(viewer: Viewer, id: string): Promise<RoundTableEntity> {
    const me = this.access.enterpriseOf(viewer);
    const roundTable = await this.get(id);
    const event = await this.access.event(roundTable.eventId);
    if (roundTable.hostEnterpriseId === me)
      throw new MeetingsException(MeetingsErrorCode.ROUND_TABLE_HOST, '主办方不能在自己主持的圆桌报名席位');
    if (roundTable.endsAt.getTime() <= Date.now())
      throw new MeetingsException(MeetingsErrorCode.ENDED, `圆桌「${roundTable.topic}」已结束，不能再报名席位`);
    const outcome = await this.repository.transaction(async (m) => {
      const mine = await this.registrations.registrationOf(event.id, me, m);
      if (mine?.status !== RegistrationStatus.APPROVED)
        throw new MeetingsException(MeetingsErrorCode.NOT_APPROVED, '只有报名已通过的企业才能报名圆桌席位');
      const locked = await this.repository.roundTable(roundTable.id, m, true);
      if (!locked) throw new MeetingsException(MeetingsErrorCode.ROUND_TABLE_NOT_FOUND, '圆桌不存在（可能已取消）');
      if ((await this.repository.seatCount(m, locked)) >= locked.capacity) return 'FULL' as const;
      return this.repository.insertSeat(m, locked, me);
    });
    if (outcome === 'FULL')
      throw new MeetingsException(MeetingsErrorCode.ROUND_TABLE_FULL, `圆桌「${roundTable.topic}」的席位已满`);
    if (outcome === 'DUPLICATE')
      throw new MeetingsException(MeetingsErrorCode.ALREADY_SEATED, `本企业已报名圆桌「${roundTable.topic}」`);
    if (outcome !== 'OK')
      throw new MeetingsException(
        MeetingsErrorCode.BUSY,
        await this.whyRefused(event, outcome, roundTable.tableLabel, [me], roundTable.startsAt, roundTable.endsAt),
      );
    return roundTable;
  }

  /** A member gives up its firm's seat; the seat is free for the next firm. */
  async leaveSeat(viewer: Viewer, id: string): Promise<RoundTableEntity> {
    const me = this.access.enterpriseOf(viewer);
    const roundTable = await this.get(id);
    const left = await this.repository.transaction(async (m) => {
      if ((await this.registrations.registrationOf(roundTable.eventId, me, m))?.status !== RegistrationStatus.APPROVED)
        throw new MeetingsException(MeetingsErrorCode.NOT_APPROVED, '只有报名已通过的企业才能管理圆桌席位');
      return this.repository.deleteSeat(m, roundTable, me);
    });
    if (!left) throw new MeetingsException(MeetingsErrorCode.NOT_SEATED, `本企业没有报名圆桌「${roundTable.topic}」`);
    return roundTable;
  }

  /** The event's round tables, for anyone who may see the event. */
  roundTables(event: EventRef, limit: number): Promise<RoundTableEntity[]> {
    return this.repository.roundTablesOf(event.id, limit);
  }

  /** The round tables the caller's firm hosts or sits at, by time. */
  async mine(viewer: Viewer, eventId: string): Promise<RoundTableEntity[]> {
    const event = await this.access.event(eventId);
    return viewer.enterpriseId
      ? this.repository.roundTablesOfFirm(event.id, viewer.enterpriseId, ROUND_TABLE_LIMITS.maxPerFirm)
      : [];
  }

  /** Seated firms of round tables the viewer may see seats of (organisers, hosts). */
  seats(ids: readonly string[]): Promise<RoundTableSeat[]> {
    return this.repository.seatsOf(ids, ROUND_TABLE_LIMITS.maxCapacity);
  }

  seatCounts(ids: readonly string[]): Promise<Map<string, number>> {
    return this.repository.seatCounts(ids);
  }

  maySeeSeats(viewer: Viewer | null, event: EventRef, roundTable: RoundTableEntity): boolean {
    return Access.maySeeRoundTableSeats(viewer, event, roundTable);
  }

  /** Round-table figures of an event (for its report). */
  figures(eventId: string): Promise<RoundTableFigures> {
    return this.repository.figures(eventId);
  }

  /** Each round table of the event with its host's name and seats taken, by time (for the report's sheet). */
  async rows(eventId: string): Promise<RoundTableReportRow[]> {
    const tables = await this.repository.roundTablesOf(eventId, MAX_REPORT_ROWS);
    const [names, counts] = await Promise.all([
      this.enterprises.namesByIds([...new Set(tables.map((r) => r.hostEnterpriseId))]),
      this.repository.seatCounts(tables.map((r) => r.id)),
    ]);
    return tables.map((r) => ({
      topic: r.topic,
      host: names.get(r.hostEnterpriseId) ?? '—',
      table: r.tableLabel,
      startsAt: r.startsAt,
      endsAt: r.endsAt,
      capacity: r.capacity,
      seatsTaken: counts.get(r.id) ?? 0,
    }));
  }

  private async get(id: string): Promise<RoundTableEntity> {
    const roundTable = isUuid(id) ? await this.repository.roundTable(id) : null;
    if (!roundTable) throw new MeetingsException(MeetingsErrorCode.ROUND_TABLE_NOT_FOUND, '圆桌不存在');
    return roundTable;
  }

  /** Why the database refused a round table or a seat, in words an organiser or a firm can act on. */
  private async whyRefused(
    event: DockingEventEntity,
    refusal: ClaimRefusal,
    table: string,
    firms: string[],
    startsAt: Date,
    endsAt: Date,
  ): Promise<string> {
    const when = chineseTimeRange(startsAt, endsAt);
    if (refusal === 'TABLE_TAKEN') {
      const other = await this.repository.atTable(event.id, table, startsAt, endsAt);
      if (other) return `洽谈桌「${table}」在 ${when} 已用于圆桌「${other.topic}」`;
      const meeting = await this.repository.meetingAtTable(event.id, table, startsAt, endsAt);
      return meeting
        ? `洽谈桌「${table}」在 ${chineseClock(meeting.startsAt)} 已安排一对一洽谈，请先调整该洽谈`
        : `洽谈桌「${table}」在 ${when} 已被占用`;
    }
    const names = await this.enterprises.namesByIds(firms);
    const name = (id: string) => `「${names.get(id) ?? '—'}」`;
    const seat = await this.repository.ofFirmsAt(firms, startsAt, endsAt);
    if (seat) return `${name(seat.enterpriseId)} 在 ${when} 已参加圆桌「${seat.roundTable.topic}」`;
    const meeting = await this.repository.meetingOfFirmsAt(firms, startsAt, endsAt);
    if (meeting)
      return `${name(meeting.enterpriseId)} 在 ${chineseClock(meeting.startsAt)} 已有一对一洽谈，圆桌时段不能与洽谈重叠`;
    return `${names.size ? name(firms[0]) : '该企业'} 在 ${when} 已有其他安排`;
  }
}

function isRefusal<T>(x: T | ClaimRefusal): x is ClaimRefusal {
  return x === 'TABLE_TAKEN' || x === 'BUSY' || x === 'DUPLICATE';
}
