import { useApolloClient, useMutation } from '@apollo/client/react';

import { LogOutDocument } from '../../../generated/graphql';

/** Ends the session: the API clears the cookie, the cache and the live connection are dropped. */
export function useLogOut(restartLive: () => void, onDone: () => void) {
  const client = useApolloClient();
  const [logOut] = useMutation(LogOutDocument);
  return async () => {
    try {
      await logOut();
    } finally {
      restartLive();
      await client.clearStore();
      onDone();
    }
  };
}
