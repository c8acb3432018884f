import { Module } from '@nestjs/common';

import { EnterprisesCoreModule } from '@duijie/enterprises';
import { EventsModule } from '@duijie/events';
import { ListingsModule } from '@duijie/listings';
import { MatchingModule } from '@duijie/matching';
import { NotificationsCoreModule } from '@duijie/notifications';

import { AttendanceService } from './attendance.service';
import { CalendarFeedsRepository } from './calendar-feeds.repository';
import { CalendarFeedsResolver } from './calendar-feeds.resolver';
import { CalendarFeedsService } from './calendar-feeds.service';
import { CheckInService } from './check-in.service';
import { EventCommitmentsRepository } from './event-commitments.repository';
import { EventDayRepository } from './event-day.repository';
import { EventDayResolver, MeetingAttendanceFieldsResolver } from './event-day.resolver';
import { EventFieldsResolver } from './event-fields.resolver';
import { FloorService } from './floor.service';
import { MeetingFilesController } from './meeting-files.controller';
import { MeetingRequestsRepository } from './meeting-requests.repository';
import { MeetingRequestsResolver } from './meeting-requests.resolver';
import { MeetingRequestsService } from './meeting-requests.service';
import { MeetingsMapper } from './meetings.mapper';
import { RegistrationsRepository } from './registrations.repository';
import { RegistrationsResolver } from './registrations.resolver';
import { RegistrationsService } from './registrations.service';
import { RoundTablesRepository } from './round-tables.repository';
import { EventRoundTablesResolver, RoundTablesResolver } from './round-tables.resolver';
import { RoundTablesService } from './round-tables.service';
import { ScheduleRepository } from './schedule.repository';
import { ScheduleResolver } from './schedule.resolver';
import { ScheduleService } from './schedule.service';
import { ScheduleSolverService } from './schedule-solver.service';

/** Registrations, meeting requests, schedules and agendas over GraphQL and HTTP, for the API. */
@Module({
  imports: [EventsModule, EnterprisesCoreModule, ListingsModule, MatchingModule, NotificationsCoreModule],
  controllers: [MeetingFilesController],
  providers: [
    RegistrationsRepository,
    MeetingRequestsRepository,
    ScheduleRepository,
    RegistrationsService,
    MeetingRequestsService,
    ScheduleService,
    MeetingsMapper,
    RegistrationsResolver,
    MeetingRequestsResolver,
    ScheduleResolver,
    EventFieldsResolver,
    CalendarFeedsRepository,
    CalendarFeedsService,
    CalendarFeedsResolver,
    EventDayRepository,
    CheckInService,
    AttendanceService,
    FloorService,
    EventDayResolver,
    MeetingAttendanceFieldsResolver,
    RoundTablesRepository,
    RoundTablesService,
    RoundTablesResolver,
    EventRoundTablesResolver,
    EventCommitmentsRepository,
  ],
  exports: [MeetingsMapper, RoundTablesService],
})
export class MeetingsModule {}

/** The scheduler's jobs, for the worker. */
@Module({
  imports: [EventsModule],
  providers: [RegistrationsRepository, ScheduleRepository, RoundTablesRepository, ScheduleSolverService],
  exports: [ScheduleSolverService],
})
export class MeetingsCoreModule {}
