import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriverConfig } from '@nestjs/apollo';
import { ConfigService } from '@duijie/config';
import { MetricsService } from '@duijie/observability';
import { duijiePlugin } from './apollo.plugin';
import { ContextFactory, WsContext } from './context';
import { formatError } from './errors';
import { aliasLimitRule, depthLimitRule, expensiveFieldRule } from './limits';

/** Password hashing makes these deliberately slow: once per request. */
const EXPENSIVE_FIELDS = ['logIn', 'signUp'];

export function graphqlOptions(config: ConfigService, metrics: MetricsService, contexts: ContextFactory): ApolloDriverConfig {
  const limits = config.get('graphql');
  return {
    // Built in memory; the committed schema.gql is checked against it (and rewritten on request)
    // by test/schema-contract.e2e-spec.ts.
    autoSchemaFile: true,
    sortSchema: true,
    buildSchemaOptions: { dateScalarMode: 'isoDate' },
    path: '/graphql',
    introspection: limits.introspection,
    playground: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    validationRules: [
      depthLimitRule(limits.maxDepth),
      aliasLimitRule(limits.maxAliases),
      expensiveFieldRule(EXPENSIVE_FIELDS),
    ],
    formatError,
    // No HTTP caching of GraphQL answers here, so no per-field cache-hint bookkeeping either.
    plugins: [duijiePlugin(metrics, config), ApolloServerPluginCacheControlDisabled()],
    context: ({ req }: { req: Parameters<ContextFactory['forHttp']>[0] }) => contexts.forHttp(req),
    subscriptions: {
      'graphql-ws': {
        path: '/graphql',
        onConnect: (ctx) => contexts.onWsConnect(ctx as unknown as WsContext),
        // Handed to graphql-ws as is (Nest spreads these options over its own), though its type omits it.
        ...({ context: (ctx: unknown) => contexts.forWs(ctx as WsContext) } as object),
      },
    },
  };
}
