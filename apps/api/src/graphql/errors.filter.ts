import { ArgumentsHost, Catch, HttpException } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlArgumentsHost, GqlContextType } from '@nestjs/graphql';
import { Response } from 'express';

/**
 * In GraphQL, errors go back to Apollo untouched: deliberate ones (ApiError) are shown as they
 * are, anything else is masked and logged once with its request id by the Apollo plugin. HTTP
 * routes keep Nest's default handling.
 */
@Catch()
export class GraphqlErrorsFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() === 'graphql') {
      GqlArgumentsHost.create(host);
      return exception;
    }
    const status = (exception as { status?: unknown }).status;
    if (!(exception instanceof HttpException) && typeof status === 'number' && status >= 400 && status < 500) {
      // body-parser's refusals (malformed JSON, too large): the client's fault, answered as GraphQL does.
      const res = host.switchToHttp().getResponse<Response>();
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
