import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { LoggerModule } from 'nestjs-pino';

import { AccountsModule } from '@duijie/accounts';
import { ChainModule } from '@duijie/chain';
import { DateScalar, DecimalScalar } from '@duijie/common';
import { ConfigModule, ConfigService } from '@duijie/config';
import { DatabaseModule } from '@duijie/database';
import { EnterprisesModule } from '@duijie/enterprises';
import { EventsModule } from '@duijie/events';
import { FinanceModule } from '@duijie/finance';
import { ImportsModule } from '@duijie/imports';
import { InvestmentModule } from '@duijie/investment';
import { ListingPageCache, ListingPageCacheModule, ListingsModule } from '@duijie/listings';
import { MatchingModule } from '@duijie/matching';
import { MeetingsModule } from '@duijie/meetings';
import { NotificationsModule } from '@duijie/notifications';
import {
  HealthModule,
  HttpMetricsMiddleware,
  loggerParams,
  MetricsModule,
  MetricsService,
} from '@duijie/observability';
import { OutcomesModule } from '@duijie/outcomes';
import { PoliciesModule } from '@duijie/policies';
import { RedisModule } from '@duijie/queue';
import { ReferenceModule, ReferenceService } from '@duijie/reference';
import { ResearchModule } from '@duijie/research';

import { AdminBootstrap } from './admin-bootstrap';
import { AnswerReuse } from './graphql/answer-reuse';
import { ContextFactory } from './graphql/context';
import { GraphqlErrorsFilter } from './graphql/errors.filter';
import { graphqlOptions } from './graphql/graphql.options';
import { LISTING_PAGE_PURE_FIELDS, listingsFirstPage } from './graphql/listing-answers';
import { WsPayloadLimit } from './graphql/ws-payload-limit';
import { InputValidationPipe } from './validation.pipe';

@Module({
  imports: [ListingPageCacheModule],
  providers: [
    ContextFactory,
    {
      provide: AnswerReuse,
      inject: [ListingPageCache],
      useFactory: (pages: ListingPageCache) =>
        new AnswerReuse({ listings: listingsFirstPage(pages) }, LISTING_PAGE_PURE_FIELDS),
    },
  ],
  exports: [ContextFactory, AnswerReuse],
})
class GraphqlContextModule {}

@Module({
  imports: [
    ConfigModule,
    LoggerModule.forRootAsync({ inject: [ConfigService], useFactory: (c: ConfigService) => loggerParams(c, 'api') }),
    DatabaseModule.forApp('duijie-api'),
    RedisModule,
    MetricsModule,
    HealthModule,
    ReferenceModule,
    AccountsModule,
    EnterprisesModule,
    ListingsModule,
    MatchingModule,
    NotificationsModule,
    EventsModule,
    MeetingsModule,
    OutcomesModule,
    ImportsModule,
    ChainModule,
    ResearchModule,
    PoliciesModule,
    FinanceModule,
    InvestmentModule,
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [GraphqlContextModule, MetricsModule, ReferenceModule],
      inject: [ConfigService, MetricsService, ContextFactory, ReferenceService, AnswerReuse],
      useFactory: graphqlOptions,
    }),
  ],
  providers: [
    DateScalar,
    DecimalScalar,
    AdminBootstrap,
    WsPayloadLimit,
    { provide: APP_PIPE, useClass: InputValidationPipe },
    { provide: APP_FILTER, useClass: GraphqlErrorsFilter },
  ],
})
export class AppModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(HttpMetricsMiddleware).forRoutes('*path');
  }
}
