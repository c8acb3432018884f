import { useQuery } from '@apollo/client/react';

import { UnreadCountDocument } from '../../../generated/graphql';

/** The bell's number: read from the cache, kept fresh by NotificationsEffect. */
export function useUnreadCount(): number {
  const { data } = useQuery(UnreadCountDocument);
  return data?.me.unreadNotifications ?? 0;
}
