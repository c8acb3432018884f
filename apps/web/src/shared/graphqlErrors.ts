import { CombinedGraphQLErrors } from '@apollo/client';

import type { ServerFieldError } from './applyServerErrors';

/** The GraphQL errors of a failed operation (none for a network failure, which the client link reports). */
export function graphQLErrorsOf(error: unknown): readonly ServerFieldError[] {
  return CombinedGraphQLErrors.is(error) ? error.errors : [];
}

/** The first error's code (`BAD_USER_INPUT`, `CONFLICT`, …), if any. */
export function errorCodeOf(error: unknown): string | undefined {
  const code = graphQLErrorsOf(error)[0]?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}
