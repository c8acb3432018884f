import { useApolloClient, useMutation } from '@apollo/client/react';

import { LogOutDocument } from '../../../generated/graphql';

/**
 * Ends a session by `end` (logOut, logOutEverywhere): whatever the API answers, the cache and the
 * live connection are dropped and `onDone` takes the user on.
 */
export function useEndSession(restartLive: () => void, onDone: () => void) {
  const client = useApolloClient();
  return async (end: () => Promise<unknown>) => {
    try {
      await end();
    } finally {
      restartLive();
      await client.clearStore();
      onDone();
    }
  };
}

/** Ends the session: the API clears the cookie, the cache and the live connection are dropped. */
export function useLogOut(restartLive: () => void, onDone: () => void) {
  const [logOut] = useMutation(LogOutDocument);
  const endSession = useEndSession(restartLive, onDone);
  return () => endSession(() => logOut());
}
