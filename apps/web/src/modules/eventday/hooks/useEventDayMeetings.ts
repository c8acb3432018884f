import { useQuery } from '@apollo/client/react';

import { EventDayMeetingsDocument } from '../../../generated/graphql';

/** The event's meetings for its organisers, published ones only (the ones that can take place), by time. */
export function useEventDayMeetings(eventId: string) {
  const { data, loading, error } = useQuery(EventDayMeetingsDocument, { variables: { eventId } });
  return {
    event: data?.dockingEvent ?? null,
    meetings: (data?.dockingEvent?.meetings ?? []).filter((meeting) => meeting.published),
    loading: loading && !data,
    error,
  };
}
