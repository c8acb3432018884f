import { ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlArgumentsHost, GqlContextType } from '@nestjs/graphql';

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
    return super.catch(exception, host);
  }
}
