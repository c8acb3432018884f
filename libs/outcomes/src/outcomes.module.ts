import { Module } from '@nestjs/common';

import { EnterprisesCoreModule } from '@duijie/enterprises';
import { EventsModule } from '@duijie/events';
import { ListingsModule } from '@duijie/listings';
import { MeetingsModule } from '@duijie/meetings';
import { NotificationsCoreModule } from '@duijie/notifications';

import { DealsService } from './deals.service';
import { OutcomesRepository } from './outcomes.repository';
import { DealMapper, EventDealsResolver, MeetingRatingsResolver, OutcomesResolver } from './outcomes.resolver';
import { OutcomesService } from './outcomes.service';
import { ReportService } from './report.service';
import { ReportFilesController } from './report-files.controller';
import { ReportSheets } from './report-sheets';

/** Ratings, deals and event reports, for the API. */
@Module({
  imports: [EventsModule, EnterprisesCoreModule, ListingsModule, MeetingsModule, NotificationsCoreModule],
  controllers: [ReportFilesController],
  providers: [
    OutcomesRepository,
    OutcomesService,
    DealsService,
    DealMapper,
    ReportService,
    ReportSheets,
    OutcomesResolver,
    MeetingRatingsResolver,
    EventDealsResolver,
  ],
  exports: [DealsService, ReportSheets],
})
export class OutcomesModule {}
