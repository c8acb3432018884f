import { Injectable } from '@nestjs/common';

import { Viewer } from '@duijie/accounts';
import { EventAccess } from '@duijie/events';

import { EventDayRepository } from './event-day.repository';
import { MeetingEntity } from './meeting.entity';
import { ScheduleService } from './schedule.service';
import { EventSlot } from './slots';

export interface Floor {
  now: Date;
  slot: { startsAt: Date; endsAt: Date; session: string; current: boolean } | null;
  nextSlotStartsAt: Date | null;
  tables: { table: string; meeting: MeetingEntity | null }[];
  noShows: number;
  checkIns: { approved: number; checkedIn: number };
}

/** The slot a floor screen shows at `now`: the one running, else the next; and the next one's start. */
export function floorSlots(
  slots: readonly EventSlot[],
  now: number,
): { shown: EventSlot | null; next: EventSlot | null; current: boolean } {
  const current = slots.find((s) => s.start.getTime() <= now && now < s.end.getTime()) ?? null;
  const next = slots.find((s) => s.start.getTime() > now) ?? null;
  return { shown: current ?? next, next, current: !!current };
}

/** 现场大屏: what the venue's screen shows, for the event's organisers (polled by the screen). */
@Injectable()
export class FloorService {
  constructor(
    private readonly repository: EventDayRepository,
    private readonly schedule: ScheduleService,
    private readonly access: EventAccess,
  ) {}

  async floor(viewer: Viewer, eventId: string): Promise<Floor> {
    const event = await this.access.organisedEvent(viewer, eventId);
    const now = new Date();
    const { shown, next, current } = floorSlots(await this.schedule.slots(event), now.getTime());
    const [meetings, checkIns, session] = await Promise.all([
      shown ? this.repository.meetingsAt(event.id, shown.start) : Promise.resolve([]),
      this.repository.checkInCounts(event.id),
      shown ? this.repository.sessionTitle(shown.sessionId) : Promise.resolve(null),
    ]);
    const byTable = new Map(meetings.map((meeting) => [meeting.tableLabel, meeting]));
    const labels = [...event.tables.map((t) => t.label), ...meetings.map((meeting) => meeting.tableLabel)];
    const attendance = await this.repository.attendanceOf(meetings.map((meeting) => meeting.id));
    return {
      now,
      slot: shown && { startsAt: shown.start, endsAt: shown.end, session: session ?? '', current },
      nextSlotStartsAt: next?.start ?? null,
      tables: [...new Set(labels)].map((table) => ({ table, meeting: byTable.get(table) ?? null })),
      noShows: attendance.filter((a) => a.status === 'NO_SHOW').length,
      checkIns,
    };
  }
}
