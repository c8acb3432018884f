import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { GraphQLSchema } from 'graphql';
import { GraphQLError, parse, specifiedRules, validate } from 'graphql';

import type { ConfigService } from '@duijie/config';
import type { MetricsService } from '@duijie/observability';

import { duijiePlugin } from './apollo.plugin';
import type { ContextFactory, WsContext } from './context';
import { formatError } from './errors';
import { aliasLimitRule, assertCost, depthLimitRule, expensiveFieldRule } from './limits';

/** Password hashing makes these deliberately slow: once per request. */
const EXPENSIVE_FIELDS = ['logIn', 'signUp'];

export function graphqlOptions(
  config: ConfigService,
  metrics: MetricsService,
  contexts: ContextFactory,
): ApolloDriverConfig {
  const limits = config.get('graphql');
  const rules = [
    depthLimitRule(limits.maxDepth),
    aliasLimitRule(limits.maxAliases),
    expensiveFieldRule(EXPENSIVE_FIELDS),
  ];
  // The schema Apollo serves, kept for graphql-ws: subscriptions get the same limits as HTTP.
  const served: { schema?: GraphQLSchema } = {};
  const onSubscribe = (
    _ctx: unknown,
    _id: string,
    payload: { query: string; operationName?: string | null; variables?: Record<string, unknown> | null },
  ) => {
    // Apollo has started before the app listens; should a subscription come first, it is refused, not unchecked.
    if (!served.schema) return [new GraphQLError('服务正在启动，请稍后再订阅')];
    try {
      const document = parse(payload.query);
      const errors = validate(served.schema, document, [...specifiedRules, ...rules]);
      if (errors.length) return errors;
      assertCost(served.schema, document, payload.operationName ?? undefined, payload.variables ?? {}, limits.maxCost);
      return undefined;
    } catch (err) {
      return [err instanceof GraphQLError ? err : new GraphQLError('Invalid subscription')];
    }
  };
  return {
    // Built in memory; the committed schema.gql is checked against it (and rewritten on request)
    // by test/schema-contract.e2e-spec.ts.
    autoSchemaFile: true,
    sortSchema: true,
    buildSchemaOptions: { dateScalarMode: 'isoDate' },
    path: '/graphql',
    introspection: limits.introspection,
    // Nest's GraphQL Playground is off; outside production a browser opening /graphql gets Apollo
    // Sandbox (loaded from Apollo's CDN; see sandboxPolicy for the page's headers).
    playground: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    validationRules: rules,
    formatError,
    // No HTTP caching of GraphQL answers here, so no per-field cache-hint bookkeeping either.
    plugins: [
      duijiePlugin(metrics, config),
      ApolloServerPluginCacheControlDisabled(),
      ...(config.isProduction
        ? []
        : [ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false })]),
      { serverWillStart: async ({ schema }) => void (served.schema = schema) },
    ],
    context: ({
      req,
      res,
    }: {
      req: Parameters<ContextFactory['forHttp']>[0];
      res: Parameters<ContextFactory['forHttp']>[1];
    }) => contexts.forHttp(req, res),
    subscriptions: {
      'graphql-ws': {
        path: '/graphql',
        onConnect: (ctx) => contexts.onWsConnect(ctx as unknown as WsContext),
        onSubscribe,
        // Handed to graphql-ws as is (Nest spreads these options over its own), though its type omits it.
        ...({ context: (ctx: unknown) => contexts.forWs(ctx as WsContext) } as object),
      },
    },
  };
}
