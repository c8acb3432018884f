import { useApolloClient, useSubscription } from '@apollo/client/react';
import { useEffect, useRef } from 'react';

import { insertIntoConnection } from '../../../app/cache/connection';
import { onFeedback } from '../../../app/feedback';
import { NotificationReceivedDocument, NotificationsDocument, UnreadCountDocument } from '../../../generated/graphql';
import { refsOf, ROOT_LISTS, staleFieldsOf } from '../utils/kinds';

/**
 * One subscription for the signed-in user: a new notification goes into the cached inbox through
 * the connection helper, the lists it changes are evicted (their screens refetch), and the unread
 * count is asked again, debounced, since the server counts it.
 */
export function useLiveNotifications(): void {
  const client = useApolloClient();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const refreshCount = () => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void client.refetchQueries({ include: [UnreadCountDocument] }), 250);
  };

  useSubscription(NotificationReceivedDocument, {
    onData: ({ client: { cache }, data }) => {
      const n = data.data?.notificationReceived;
      if (!n) return;
      insertIntoConnection(
        cache,
        { fieldName: 'notifications', edgeTypename: 'NotificationEdge', nodeTypename: 'Notification' },
        n,
      );
      const { eventId } = refsOf(n.data);
      for (const field of staleFieldsOf(n.kind)) {
        if ((ROOT_LISTS as readonly string[]).includes(field)) cache.evict({ id: 'ROOT_QUERY', fieldName: field });
        else if (eventId)
          cache.evict({ id: cache.identify({ __typename: 'DockingEvent', id: eventId }), fieldName: field });
      }
      cache.gc();
      refreshCount();
    },
  });

  useEffect(
    () =>
      onFeedback((event) => {
        if (event.kind === 'reconnected')
          void client.refetchQueries({ include: [UnreadCountDocument, NotificationsDocument] });
      }),
    [client],
  );
  useEffect(() => () => clearTimeout(timer.current), []);
}
