import { Module } from '@nestjs/common';

import { EnterprisesCoreModule } from '@duijie/enterprises';
import { EventsModule } from '@duijie/events';
import { NotificationsCoreModule } from '@duijie/notifications';

import { ResearchMapper } from './research.mapper';
import { ResearchRepository } from './research.repository';
import { ResearchResolver } from './research.resolver';
import { ResearchService } from './research.service';
import { ResearchReportService } from './research-report.service';
import { TechnologyContractsService } from './technology-contracts.service';
import { TechnologyMatcher } from './technology-matcher';

/** 产学研对接 for the API: results, needs, matches (scored on write), technology contracts. */
@Module({
  imports: [EventsModule, EnterprisesCoreModule, NotificationsCoreModule],
  providers: [
    ResearchRepository,
    TechnologyMatcher,
    ResearchService,
    TechnologyContractsService,
    ResearchMapper,
    ResearchResolver,
    ResearchReportService,
  ],
  exports: [ResearchReportService],
})
export class ResearchModule {}
