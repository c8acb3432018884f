import { Module } from '@nestjs/common';

import { EnterprisesCoreModule } from '@duijie/enterprises';
import { EventsModule } from '@duijie/events';
import { NotificationsCoreModule } from '@duijie/notifications';
import { OutcomesModule } from '@duijie/outcomes';

import { FinanceMapper } from './finance.mapper';
import { FinanceRepository } from './finance.repository';
import { FinanceResolver } from './finance.resolver';
import { FinanceService } from './finance.service';
import { EventReportLoansResolver, LoanReportService } from './finance-report';
import { LendingService } from './lending.service';

/** 政银企对接, for the API. */
@Module({
  imports: [EnterprisesCoreModule, EventsModule, NotificationsCoreModule, OutcomesModule],
  providers: [
    FinanceRepository,
    FinanceService,
    LendingService,
    FinanceMapper,
    FinanceResolver,
    LoanReportService,
    EventReportLoansResolver,
  ],
})
export class FinanceModule {}
