import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriverConfig } from '@nestjs/apollo';
import { join } from 'node:path';
import { ConfigService } from '@duijie/config';
import { MetricsService } from '@duijie/observability';
import { duijiePlugin } from './apollo.plugin';
import { ContextFactory } from './context';
import { formatError } from './errors';
import { aliasLimitRule, depthLimitRule, expensiveFieldRule } from './limits';

/** Password hashing makes these deliberately slow: once per request. */
const EXPENSIVE_FIELDS = ['logIn', 'signUp'];

export function graphqlOptions(config: ConfigService, metrics: MetricsService, contexts: ContextFactory): ApolloDriverConfig {
  const limits = config.get('graphql');
  return {
    // The schema file is committed; production only keeps it in memory.
    autoSchemaFile: config.isProduction ? true : join(process.cwd(), 'schema.gql'),
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
  };
}
