import { useMutation, useQuery } from '@apollo/client/react';
import { App } from 'antd';

import { useT } from '../../../app/i18n';
import {
  CalendarFeedDocument,
  CreateCalendarFeedDocument,
  RevokeCalendarFeedDocument,
} from '../../../generated/graphql';

/** My calendar subscription key: make (or replace) it, revoke it. */
export function useCalendarFeed() {
  const t = useT();
  const { message } = App.useApp();
  const { data, loading } = useQuery(CalendarFeedDocument);
  const [create, { loading: creating }] = useMutation(CreateCalendarFeedDocument, {
    update(cache, { data: result }) {
      if (result) cache.writeQuery({ query: CalendarFeedDocument, data: { calendarFeed: result.createCalendarFeed } });
    },
  });
  const [revoke, { loading: revoking }] = useMutation(RevokeCalendarFeedDocument, {
    update(cache) {
      cache.writeQuery({ query: CalendarFeedDocument, data: { calendarFeed: null } });
    },
  });
  return {
    feed: data?.calendarFeed ?? null,
    loading: loading && !data,
    busy: creating || revoking,
    create: () => create(),
    revoke: async () => {
      await revoke();
      void message.success(t('agenda.feed.revoked'));
    },
  };
}
