import { Module } from '@nestjs/common';

import { EnterprisesCoreModule } from '@duijie/enterprises';
import { EventsModule } from '@duijie/events';
import { ListingsModule } from '@duijie/listings';
import { MeetingsModule } from '@duijie/meetings';
import { NotificationsCoreModule } from '@duijie/notifications';
import { ResearchModule } from '@duijie/research';

import { DealsService } from './deals.service';
import { OutcomesRepository } from './outcomes.repository';
import { DealMapper, EventDealsResolver, MeetingRatingsResolver, OutcomesResolver } from './outcomes.resolver';
import { OutcomesService } from './outcomes.service';
import { ReportService } from './report.service';
import { ReportFilesController } from './report-files.controller';
import { ReportSheets } from './report-sheets';
import { SignedDealsRepository } from './signed-deals.repository';

/** Ratings, deals and event reports, for the API. */
@Module({
  imports: [
    EventsModule,
    EnterprisesCoreModule,
    ListingsModule,
    MeetingsModule,
    NotificationsCoreModule,
    ResearchModule,
  ],
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
    ReportSheets,
    SignedDealsRepository,
  ],
  exports: [DealsService, ReportSheets, SignedDealsRepository],
})
export class OutcomesModule {}
