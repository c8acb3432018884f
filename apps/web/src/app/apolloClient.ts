import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache, ServerError } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';

import { typePolicies } from './cache/typePolicies';
import { emitFeedback } from './feedback';

/** Codes the screens handle themselves (on a field, or as a message in place). */
const HANDLED_BY_CALLER = new Set(['BAD_USER_INPUT', 'CONFLICT', 'NOT_FOUND', 'FORBIDDEN', 'RATE_LIMITED']);

export interface ConsoleClient {
  client: ApolloClient;
  /** Closes the live connection, e.g. after log-out, so the next subscription opens with the new session. */
  restartLive: () => void;
}

/**
 * The one client: the session rides in the httpOnly cookie (same origin, so no token in script),
 * subscriptions over graphql-ws on the same path, errors nobody on the screen owns become a toast.
 */
export function createConsoleClient(): ConsoleClient {
  let connectedBefore = false;
  const ws = createClient({
    url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
    lazy: true,
    retryAttempts: 20,
    on: {
      connected: () => {
        if (connectedBefore) emitFeedback({ kind: 'reconnected' });
        connectedBefore = true;
      },
    },
  });
  const http = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });
  const errors = new ErrorLink(({ error }) => {
    if (CombinedGraphQLErrors.is(error)) {
      for (const e of error.errors) {
        const code = e.extensions?.code as string | undefined;
        if (code === 'UNAUTHENTICATED') emitFeedback({ kind: 'unauthenticated' });
        else if (!code || !HANDLED_BY_CALLER.has(code))
          emitFeedback({ kind: 'unexpected', requestId: (e.extensions?.requestId as string | undefined) ?? null });
      }
    } else if (ServerError.is(error) && error.statusCode >= 500) {
      emitFeedback({ kind: 'unexpected', requestId: null });
    } else {
      emitFeedback({ kind: 'network' });
    }
  });
  const transport = ApolloLink.split(
    ({ query }) => {
      const def = getMainDefinition(query);
      return def.kind === 'OperationDefinition' && def.operation === 'subscription';
    },
    new GraphQLWsLink(ws),
    http,
  );
  const client = new ApolloClient({
    link: ApolloLink.from([errors, transport]),
    cache: new InMemoryCache({ typePolicies }),
  });
  return { client, restartLive: () => ws.terminate() };
}
