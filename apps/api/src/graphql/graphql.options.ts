import { randomUUID } from 'node:crypto';

import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import type { GraphQLSchema } from 'graphql';
import type { DocumentNode, GraphQLFormattedError } from 'graphql';
import { getOperationAST, GraphQLError, parse, specifiedRules, validate } from 'graphql';

import { StrictDateTime } from '@duijie/common';
import type { ConfigService } from '@duijie/config';
import type { MetricsService } from '@duijie/observability';
import type { ReferenceService } from '@duijie/reference';

import type { AnswerReuse } from './answer-reuse';
import { duijiePlugin } from './apollo.plugin';
import type { ContextFactory, WsContext } from './context';
import { formatError } from './errors';
import { aliasLimitRule, assertCost, depthLimitRule, expensiveFieldRule, limitError, requestError } from './limits';
import { listBounds, referenceSizes } from './list-bounds';

/** What one WebSocket connection may hold (its frames are capped by `WsPayloadLimit`). */
export const WS_LIMITS = { maxSubscriptions: 10, maxPayloadBytes: 64 * 1024 } as const;

/** Password hashing makes these deliberately slow: once per request. */
// password hashing, and an import's every row checked again (previewListingImport by 30 aliases: minutes of CPU)
const EXPENSIVE_FIELDS = ['logIn', 'signUp', 'previewListingImport', 'commitListingImport'];

export function graphqlOptions(
  config: ConfigService,
  metrics: MetricsService,
  contexts: ContextFactory,
  reference: ReferenceService,
  answers: AnswerReuse,
): ApolloDriverConfig {
  const limits = config.get('graphql');
  const bounds = listBounds(referenceSizes(reference));
  const rules = [
    depthLimitRule(limits.maxDepth),
    aliasLimitRule(limits.maxAliases),
    expensiveFieldRule(EXPENSIVE_FIELDS),
  ];
  // The schema Apollo serves, kept for graphql-ws: subscriptions get the same limits as HTTP.
  const served: { schema?: GraphQLSchema } = {};
  const logger = new Logger('GraphQL-WS');
  /** Errors leave a socket as they leave HTTP: the API's codes only, anything else masked with a request id. */
  const mask = (id: string, errors: readonly GraphQLError[]): GraphQLFormattedError[] =>
    errors.map((e) => {
      const formatted = formatError(e.toJSON());
      if (formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR') return formatted;
      const requestId = randomUUID();
      logger.error({ reqId: requestId, err: e.originalError ?? e, operationId: id }, `GraphQL-WS error: ${e.message}`);
      return { ...formatted, extensions: { ...formatted.extensions, requestId } };
    });
  const onSubscribe = async (
    ctx: WsContext,
    _id: string,
    payload: { query: string; operationName?: string | null; variables?: Record<string, unknown> | null },
  ) => {
    // Apollo has started before the app listens; should a subscription come first, it is refused, not unchecked.
    if (!served.schema) return [new GraphQLError('服务正在启动，请稍后再订阅')];
    // graphql-ws has already added this operation to the connection's map.
    if (Object.keys(ctx.subscriptions).length > WS_LIMITS.maxSubscriptions)
      return [
        limitError(`每个连接最多同时订阅 ${WS_LIMITS.maxSubscriptions} 个；请先结束不用的订阅`, 'MAX_SUBSCRIPTIONS'),
      ];
    // The token is checked again for each operation, as an HTTP request would be.
    if (!(await contexts.recheckWs(ctx)))
      return [new GraphQLError('访问令牌已失效，请重新登录', { extensions: { code: 'UNAUTHENTICATED' } })];
    let document: DocumentNode;
    try {
      document = parse(payload.query, { maxTokens: limits.maxTokens });
    } catch (err) {
      return [requestError(err, 'GRAPHQL_PARSE_FAILED')];
    }
    const errors = validate(served.schema, document, [...specifiedRules, ...rules]);
    if (errors.length) return errors.map((e) => requestError(e, 'GRAPHQL_VALIDATION_FAILED'));
    const operation = getOperationAST(document, payload.operationName ?? undefined);
    // several operations and none named (or a name none bears): which to run is the client's to say
    if (!operation)
      return [
        new GraphQLError(
          payload.operationName
            ? `文档中没有名为“${payload.operationName}”的操作`
            : '文档含有多个操作时须用 operationName 指明要执行哪一个',
          { extensions: { code: 'BAD_USER_INPUT', reason: 'OPERATION_RESOLUTION_FAILURE' } },
        ),
      ];
    if (operation.operation !== 'subscription')
      return [
        limitError(
          `WebSocket 连接只用于订阅（subscription）；${operation.operation === 'query' ? '查询' : '变更'}请用 HTTP POST /graphql`,
          'SUBSCRIPTIONS_ONLY',
        ),
      ];
    try {
      assertCost(
        served.schema,
        document,
        payload.operationName ?? undefined,
        payload.variables ?? {},
        limits.maxCost,
        bounds,
      );
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
    // DateTime read strictly, as the contract writes it (ISO 8601 with offset, a real calendar day)
    buildSchemaOptions: { dateScalarMode: 'isoDate', scalarsMap: [{ type: Date, scalar: StrictDateTime }] },
    path: '/graphql',
    introspection: limits.introspection,
    // With introspection off, "Did you mean …?" in validation errors would still spell out the schema.
    hideSchemaDetailsFromClientErrors: !limits.introspection,
    // Nest's GraphQL Playground is off; outside production a browser opening /graphql gets Apollo
    // Sandbox (loaded from Apollo's CDN; see sandboxPolicy for the page's headers).
    playground: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // No automatic persisted queries: no client here sends them, and a hash that did not match its
    // query was answered as an internal error.
    persistedQueries: false,
    includeStacktraceInErrorResponses: false,
    // A document is refused while it is read once it is longer than any client's operations need.
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: rules,
    formatError,
    // No HTTP caching of GraphQL answers here, so no per-field cache-hint bookkeeping either.
    plugins: [
      duijiePlugin(metrics, config, bounds),
      // After every check above has run for the request: answers read from memory are sent again.
      answers.plugin(),
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
        onClose: (ctx) => contexts.onWsClose(ctx as unknown as WsContext),
        onSubscribe: (ctx, id, payload) => onSubscribe(ctx as unknown as WsContext, id, payload),
        onNext: (_ctx, id, _payload, _args, result) =>
          result.errors ? { ...result, errors: mask(id, result.errors) } : undefined,
        // Handed to graphql-ws as they are (Nest spreads these options over its own), though its type omits them.
        ...({
          context: (ctx: unknown) => contexts.forWs(ctx as WsContext),
          onError: (_ctx: unknown, id: string, _payload: unknown, errors: readonly GraphQLError[]) => mask(id, errors),
        } as object),
      },
    },
  };
}
