import type { GraphQLFormattedError } from 'graphql';

import type { ApiErrorCode } from '@duijie/common';

const PUBLIC_CODES: ReadonlySet<string> = new Set<ApiErrorCode>([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
]);

/** Apollo's own request errors: the client sent something malformed, so they become BAD_USER_INPUT. */
const REQUEST_ERROR_CODES: ReadonlySet<string> = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

export const INTERNAL_MESSAGE = '服务器内部错误，请稍后再试（请提供 requestId 以便排查）';

/**
 * Errors go to clients in the API's codes only. Anything not raised on purpose (a database
 * failure, a bug) is masked: no message, no stack, just INTERNAL_SERVER_ERROR; the request id
 * is added by the error plugin, which also logs the original.
 */
export function formatError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : '';
  const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
  if (code === 'BAD_USER_INPUT' && !extensions.fields) {
    const fields = fieldsOfCoercionError(formatted.message);
    if (fields.length)
      return {
        ...formatted,
        message: `输入格式有误（${fields.join('、')}）：${formatted.message}`,
        extensions: { ...extensions, fields },
      };
  }
  if (PUBLIC_CODES.has(code)) return { ...formatted, extensions };
  if (REQUEST_ERROR_CODES.has(code)) {
    return { ...formatted, extensions: { ...extensions, code: 'BAD_USER_INPUT', reason: extensions.reason ?? code } };
  }
  return {
    message: INTERNAL_MESSAGE,
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/**
 * The field a variable-coercion error names, as the client wrote it: `Variable "$input" got invalid
 * value "x" at "input.quantity"` → `quantity`; `Variable "$first" ...` → `first`.
 */
export function fieldsOfCoercionError(message: string): string[] {
  const at = /at "([^"]+)"/.exec(message);
  if (at)
    return [
      at[1]
        .split('.')
        .pop()!
        .replace(/\[\d+\]$/, ''),
    ];
  const variable = /^Variable "\$([A-Za-z_][A-Za-z0-9_]*)"/.exec(message);
  return variable ? [variable[1]] : [];
}
