import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { Request, Response } from 'express';

import { AccountsService } from '@duijie/accounts';
import { answerRest, sendXlsx, viewerFromRequest } from '@duijie/accounts';
import { EnterprisesRepository } from '@duijie/enterprises';
import { EventAccess } from '@duijie/events';
import { ReferenceService } from '@duijie/reference';

import { agendaCalendar, AgendaEntry } from './agenda-ics';
import { CalendarFeedsService } from './calendar-feeds.service';
import { RegistrationsRepository } from './registrations.repository';
import { RoundTablesService } from './round-tables.service';
import { ScheduleService } from './schedule.service';
import { scheduleWorkbook } from './schedule-xlsx';

/** Files of a docking event: a participant's calendar and the organisers' printable schedule. */
@Controller('events')
export class MeetingFilesController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly access: EventAccess,
    private readonly schedule: ScheduleService,
    private readonly registrations: RegistrationsRepository,
    private readonly enterprises: EnterprisesRepository,
    private readonly reference: ReferenceService,
    private readonly feeds: CalendarFeedsService,
    private readonly roundTables: RoundTablesService,
  ) {}

  /**
   * The caller's published meetings and its round tables as iCalendar (Asia/Shanghai), table and counterpart in each
   * entry. A calendar app polls it with `?key=` (the user's calendar feed key) instead of a token.
   */
  @Get(':id/agenda.ics')
  async agenda(
    @Param('id') id: string,
    @Query('key') key: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await answerRest(res, async () => {
      const viewer =
        typeof key === 'string' && key ? await this.feeds.viewerOf(key) : await viewerFromRequest(this.accounts, req);
      const event = await this.access.event(id);
      const meetings = await this.schedule.agenda(viewer, event.id);
      const roundTables = await this.roundTables.mine(viewer, event.id);
      const names = await this.schedule.names([
        ...new Set([
          ...meetings.flatMap((meeting) => [meeting.partyA, meeting.partyB]),
          ...roundTables.map((r) => r.hostEnterpriseId),
        ]),
      ]);
      const me = viewer.enterpriseId ?? '';
      const entries: AgendaEntry[] = meetings.map((meeting) => ({
        id: meeting.id,
        startsAt: meeting.startsAt,
        endsAt: meeting.endsAt,
        table: meeting.tableLabel,
        counterpart: names.get(meeting.partyA === me ? meeting.partyB : meeting.partyA) ?? '—',
        updatedAt: meeting.updatedAt,
      }));
      // Its round tables (圆桌) too: seats and tables it hosts, in time order with the meetings.
      for (const r of roundTables)
        entries.push({
          id: r.id,
          startsAt: r.startsAt,
          endsAt: r.endsAt,
          table: r.tableLabel,
          counterpart: names.get(r.hostEnterpriseId) ?? '—',
          updatedAt: r.updatedAt,
          roundTable: { topic: r.topic },
        });
      entries.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
      // A caller without a firm (an organiser) gets an empty calendar, not a look-up of no id.
      const firm = viewer.enterpriseId ? ((await this.enterprises.findById(viewer.enterpriseId))?.name ?? '') : '';
      res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
      res.setHeader('Cache-Control', 'private, no-store');
      res.setHeader('Content-Disposition', `attachment; filename="agenda-${event.id}.ics"`);
      res.send(agendaCalendar(event, firm, entries));
    });
  }

  /** ORGANISER: one sheet per session (tables × slots, firm names) and the participant list. */
  @Get(':id/schedule.xlsx')
  async workbook(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    await answerRest(res, async () => {
      const viewer = await viewerFromRequest(this.accounts, req);
      const event = await this.access.organisedEvent(viewer, id);
      const [sessions, slots, meetings, registrations] = await Promise.all([
        this.registrations.sessionsOf(event.id),
        this.schedule.slots(event),
        this.schedule.meetings(viewer, event),
        this.registrations.registrationsOf(event.id, null, 'ALL'),
      ]);
      const firms = await this.enterprises.findByIds([
        ...new Set([
          ...registrations.map((r) => r.enterpriseId),
          ...meetings.flatMap((meeting) => [meeting.partyA, meeting.partyB]),
        ]),
      ]);
      const byId = new Map(firms.map((f) => [f.id, f]));
      const count = new Map<string, number>();
      for (const meeting of meetings)
        for (const p of [meeting.partyA, meeting.partyB]) count.set(p, (count.get(p) ?? 0) + 1);
      const STATUS: Record<string, string> = { PENDING: '待审核', APPROVED: '已通过', REJECTED: '未通过' };
      const buffer = await scheduleWorkbook(
        event,
        sessions,
        slots,
        meetings.map((meeting) => ({
          startsAt: meeting.startsAt,
          table: meeting.tableLabel,
          parties: [byId.get(meeting.partyA)?.name ?? '—', byId.get(meeting.partyB)?.name ?? '—'],
          published: meeting.published,
        })),
        registrations.map((r) => {
          const f = byId.get(r.enterpriseId);
          return {
            name: f?.name ?? '—',
            creditCode: f?.creditCode ?? '',
            region: f ? (this.reference.region(f.regionCode)?.name ?? f.regionCode) : '',
            status: STATUS[r.status],
            meetings: count.get(r.enterpriseId) ?? 0,
          };
        }),
      );
      sendXlsx(res, `schedule-${event.id}.xlsx`, buffer);
    });
  }
}
