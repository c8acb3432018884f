import { Module } from '@nestjs/common';

import { EnterprisesCoreModule } from '@duijie/enterprises';
import { EventsModule } from '@duijie/events';
import { NotificationsCoreModule } from '@duijie/notifications';
import { OutcomesModule } from '@duijie/outcomes';
import { JobsModule } from '@duijie/queue';

import { PoliciesRepository } from './policies.repository';
import { EventReportPoliciesResolver, PoliciesResolver, PolicyMapper } from './policies.resolver';
import { PoliciesService } from './policies.service';
import { PolicyEvaluator } from './policy-evaluator.service';
import { PolicyFacts } from './policy-facts.service';
import { PolicyReportSheet } from './policy-report-sheet';

/** 惠企政策 over GraphQL, for the API (evaluations are queued through the outbox). */
@Module({
  imports: [EnterprisesCoreModule, EventsModule, NotificationsCoreModule, OutcomesModule],
  providers: [
    PoliciesRepository,
    PolicyFacts,
    PoliciesService,
    PolicyMapper,
    PoliciesResolver,
    EventReportPoliciesResolver,
    PolicyReportSheet,
  ],
})
export class PoliciesModule {}

/** Evaluating policies, for the worker: facts, rules, eligible firms and their notices. */
@Module({
  imports: [EnterprisesCoreModule, EventsModule, NotificationsCoreModule, JobsModule],
  providers: [PoliciesRepository, PolicyFacts, PolicyEvaluator],
  exports: [PolicyEvaluator],
})
export class PoliciesCoreModule {}
