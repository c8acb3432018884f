import { useMutation, useQuery } from '@apollo/client/react';

import { MarkNotificationsReadDocument, NotificationsDocument, UnreadCountDocument } from '../../../generated/graphql';

/** The inbox, newest first, with paging and marking read (the unread count is the server's). */
export function useNotifications(first = 20) {
  const { data, loading, fetchMore } = useQuery(NotificationsDocument, { variables: { first } });
  const [mark, { loading: marking }] = useMutation(MarkNotificationsReadDocument, {
    refetchQueries: [UnreadCountDocument],
  });
  const connection = data?.notifications;
  const items = connection?.edges.map((e) => e.node) ?? [];

  async function markRead(ids: string[]) {
    if (!ids.length) return;
    const now = new Date().toISOString();
    await mark({
      variables: { ids },
      update(cache) {
        for (const id of ids)
          cache.modify({
            id: cache.identify({ __typename: 'Notification', id }),
            fields: { readAt: (v: string | null) => v ?? now },
          });
      },
    });
  }

  return {
    items,
    loading: loading && !data,
    marking,
    hasMore: connection?.pageInfo.hasNextPage ?? false,
    loadMore: () => fetchMore({ variables: { after: connection?.pageInfo.endCursor } }),
    markRead,
    markAllRead: () => markRead(items.filter((n) => !n.readAt).map((n) => n.id)),
  };
}
