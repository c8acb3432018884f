import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { Logger } from '@nestjs/common';

import type { RequestContext } from '@duijie/accounts';
import type { ConfigService } from '@duijie/config';
import type { MetricsService } from '@duijie/observability';

import type { Bound } from './limits';
import { CostCache, limitError, operationCost, refuseAbove } from './limits';

/**
 * One plugin for what every operation goes through: the cost limit once the operation is known,
 * timings into /metrics, the request id on internal errors, and the original error in the log.
 */
export function duijiePlugin(
  metrics: MetricsService,
  config: ConfigService,
  bounds: Record<string, () => Bound>,
): ApolloServerPlugin<RequestContext> {
  const logger = new Logger('GraphQL');
  const maxCost = config.get('graphql').maxCost;
  const costs = new CostCache();
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async didResolveOperation(ctx) {
          // a subscription runs over the socket only; over HTTP it has no stream to answer on
          if (ctx.operation?.operation === 'subscription')
            throw limitError(
              '订阅（subscription）须通过 WebSocket 连接 /graphql（graphql-transport-ws 协议），不能用 HTTP POST',
              'SUBSCRIPTION_OVER_HTTP',
            );
          const operationName = ctx.operationName ?? undefined;
          const variables = ctx.request.variables ?? {};
          const cost = costs.costOf(ctx.queryHash, operationName, variables, () =>
            operationCost(ctx.schema, ctx.document, operationName, variables, bounds),
          );
          refuseAbove(cost, maxCost);
        },
        async didEncounterErrors(ctx) {
          for (const err of ctx.errors) {
            const code = typeof err.extensions?.code === 'string' ? err.extensions.code : '';
            metrics.graphqlErrors.inc({ code: code || 'INTERNAL_SERVER_ERROR' });
            if (!code || code === 'INTERNAL_SERVER_ERROR') {
              const original = err.originalError ?? err;
              logger.error(
                { reqId: ctx.contextValue.requestId, err: original, path: err.path },
                `GraphQL error: ${original.message}`,
              );
            }
          }
        },
        async willSendResponse(ctx: GraphQLRequestContext<RequestContext>) {
          const body = ctx.response.body;
          let failed = false;
          if (body?.kind === 'single' && body.singleResult.errors) {
            failed = true;
            body.singleResult.errors = body.singleResult.errors.map((e) =>
              e.extensions?.code === 'INTERNAL_SERVER_ERROR'
                ? { ...e, extensions: { ...e.extensions, requestId: ctx.contextValue.requestId } }
                : e,
            );
          }
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          metrics.graphqlDuration.observe(
            {
              operation: metrics.operationLabel(ctx.operationName),
              type: ctx.operation?.operation ?? 'unknown',
              outcome: failed ? 'error' : 'ok',
            },
            seconds,
          );
        },
      };
    },
  };
}
