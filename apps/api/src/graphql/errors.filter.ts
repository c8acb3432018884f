import { ArgumentsHost, Catch, HttpException } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlArgumentsHost, GqlContextType } from '@nestjs/graphql';
import { Response } from 'express';

import { answerApiError } from '@duijie/accounts';

/**
 * In GraphQL, errors go back to Apollo untouched: deliberate ones (ApiError) are shown as they
 * are, anything else is masked and logged once with its request id by the Apollo plugin. On HTTP
 * routes a deliberate error is answered as REST JSON with its status; the rest keep Nest's handling.
 */
@Catch()
export class GraphqlErrorsFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() === 'graphql') {
      GqlArgumentsHost.create(host);
      return exception;
    }
    // A route's pipes refusing a parameter (a NUL in /imports/:id): the client's error, as REST answers it.
    if (answerApiError(host.switchToHttp().getResponse<Response>(), exception)) return;
    const status =
      exception instanceof HttpException ? exception.getStatus() : (exception as { status?: unknown }).status;
    const http = host.switchToHttp();
    // on /graphql every refusal is a GraphQL answer, with its code: a malformed JSON body had come back as
    // Nest's {message, error, statusCode}, which no GraphQL client reads
    const graphqlRoute = http.getRequest<{ path?: string }>().path === '/graphql';
    if (
      (graphqlRoute || !(exception instanceof HttpException)) &&
      typeof status === 'number' &&
      status >= 400 &&
      status < 500
    ) {
      // body-parser's refusals (malformed JSON, too large): the client's fault, answered as GraphQL does.
      const res = http.getResponse<Response>();
      res.status(status).json({
        errors: [
          {
            message: `请求无效：${(exception as Error).message}`,
            extensions: { code: 'BAD_USER_INPUT', http: { status } },
          },
        ],
      });
      return;
    }
    return super.catch(exception, host);
  }
}
