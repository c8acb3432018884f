import { Module } from '@nestjs/common';

import { ChainModule } from '@duijie/chain';
import { EventsModule } from '@duijie/events';
import { NotificationsCoreModule } from '@duijie/notifications';
import { OutcomesModule } from '@duijie/outcomes';

import { InvestmentRepository } from './investment.repository';
import {
  ChainNodeInvestmentResolver,
  ChainPanoramaInvestmentResolver,
  EventReportInvestmentResolver,
  InvestmentMapper,
  InvestmentResolver,
} from './investment.resolver';
import { InvestmentService } from './investment.service';

/** 产业招商: leads from chain gaps, projects, and the pipeline, for the API. */
@Module({
  imports: [ChainModule, OutcomesModule, EventsModule, NotificationsCoreModule],
  providers: [
    InvestmentRepository,
    InvestmentService,
    InvestmentMapper,
    InvestmentResolver,
    ChainPanoramaInvestmentResolver,
    ChainNodeInvestmentResolver,
    EventReportInvestmentResolver,
  ],
})
export class InvestmentModule {}
