import { useMutation, useQuery } from '@apollo/client/react';
import { App } from 'antd';
import { useState } from 'react';

import { CheckInFirmDocument, CheckInSummaryDocument, EventAttendeesDocument } from '../../../generated/graphql';
import { graphQLErrorsOf } from '../../../shared/graphqlErrors';

const PAGE = 50;

/**
 * The door desk (签到台): the approved firms by name (filtered by a search), the counts, and check-in
 * by code or from the list. The answer's message (签到成功 / 已签到 with the time) is the toast and
 * stays on screen as the last result; a refused code shows the server's Chinese reason.
 */
export function useCheckInDesk(eventId: string) {
  const { message } = App.useApp();
  const [search, setSearch] = useState('');
  const [last, setLast] = useState<{ ok: boolean; text: string } | null>(null);
  const variables = { eventId, search: search.trim() || null, first: PAGE };
  const list = useQuery(EventAttendeesDocument, { variables });
  const summary = useQuery(CheckInSummaryDocument, { variables: { eventId } });
  const [checkIn, { loading: checkingIn }] = useMutation(CheckInFirmDocument, {
    // Who is in, and how many, are the server's to say.
    refetchQueries: [EventAttendeesDocument, CheckInSummaryDocument],
  });
  const connection = list.data?.eventAttendees;
  return {
    search,
    setSearch,
    attendees: connection?.edges.map((e) => e.node) ?? [],
    total: connection?.totalCount ?? 0,
    loading: list.loading && !list.data,
    error: list.error ?? summary.error,
    hasMore: connection?.pageInfo.hasNextPage ?? false,
    loadMore: () =>
      void list.fetchMore({
        variables: { after: connection?.pageInfo.endCursor },
        updateQuery: (prev, { fetchMoreResult }) => ({
          eventAttendees: {
            ...fetchMoreResult.eventAttendees,
            edges: [...prev.eventAttendees.edges, ...fetchMoreResult.eventAttendees.edges],
          },
        }),
      }),
    summary: summary.data?.checkInSummary ?? null,
    checkingIn,
    last,
    checkIn: async (by: { code: string } | { enterpriseId: string }) => {
      try {
        const { data } = await checkIn({ variables: { eventId, ...by } });
        const done = data!.checkInFirm;
        setLast({ ok: true, text: done.message });
        void (done.alreadyCheckedIn ? message.info(done.message) : message.success(done.message));
        return true;
      } catch (error) {
        const text = graphQLErrorsOf(error)
          .map((e) => e.message)
          .join('；');
        if (text) {
          setLast({ ok: false, text });
          void message.error(text);
        }
        return false;
      }
    },
  };
}
