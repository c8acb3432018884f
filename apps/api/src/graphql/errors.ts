import type { GraphQLFormattedError } from 'graphql';

import type { ApiErrorCode } from '@duijie/common';

import { chineseCoercionReason, fieldAtPosition, fieldNamedByReason } from './coercion-messages';

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
export function formatError(formatted: GraphQLFormattedError, error?: unknown): GraphQLFormattedError {
  const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : '';
  const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
  if (code === 'BAD_USER_INPUT' && !extensions.fields) {
    const coercion = variableCoercion(formatted.message);
    if (coercion)
      return {
        ...formatted,
        message: `输入格式有误（${coercion.field}）：${coercion.message}`,
        extensions: { ...extensions, fields: [coercion.field] },
      };
  }
  if (code === 'GRAPHQL_PARSE_FAILED') {
    // graphql-js 16 writes "more that".
    const tokens = /Document contains more th[ae][nt] (\d+) tokens/.exec(formatted.message);
    if (tokens)
      return {
        ...formatted,
        message: `查询文档过长（超过 ${tokens[1]} 个记号），请拆分查询，或把数据放在变量（variables）中传递`,
        extensions: { ...extensions, code: 'BAD_USER_INPUT', reason: 'MAX_TOKENS' },
      };
  }
  if (code === 'GRAPHQL_VALIDATION_FAILED') {
    const literal = literalCoercion(formatted.message, error);
    if (literal)
      return {
        ...formatted,
        message: `输入格式有误（${literal.field}）：${literal.message}`,
        extensions: { ...extensions, code: 'BAD_USER_INPUT', reason: code, fields: [literal.field] },
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
 * A variable's value of the wrong type, in Chinese with the field it is for: graphql-js says
 * `Variable "$input" got invalid value "50万" at "input.quantity"; Float cannot represent non
 * numeric value: "50万"`. Null for any other message.
 */
export function variableCoercion(message: string): { field: string; message: string } | null {
  // The reason follows the path (`at "input.quantity"; `), or the value when the variable itself is wrong.
  const at = /^Variable "\$\w+" got invalid value .*? at "[^"]*"; /s.exec(message);
  const reasonAt = at ? at[0].length : message.indexOf('; ') + 2;
  const reason = reasonAt >= 2 ? message.slice(reasonAt) : message;
  const field = fieldNamedByReason(reason) ?? fieldsOfCoercionError(message)[0];
  if (!field) return null;
  return { field, message: chineseCoercionReason(reason, field) ?? message };
}

/**
 * A literal of the wrong type written into the document (`quantity: "50万"`): graphql-js'
 * validation names neither field nor, for built-in scalars, the expected type; the field is read
 * from the document at the value's position.
 */
function literalCoercion(message: string, error: unknown): { field: string; message: string } | null {
  const node = (error as { nodes?: readonly { loc?: { start: number; source: { body: string } } }[] } | undefined)
    ?.nodes?.[0];
  const field =
    fieldNamedByReason(message) ?? (node?.loc ? fieldAtPosition(node.loc.source.body, node.loc.start) : null);
  if (!field) return null;
  const chinese = chineseCoercionReason(message, field);
  return chinese ? { field, message: chinese } : null;
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
