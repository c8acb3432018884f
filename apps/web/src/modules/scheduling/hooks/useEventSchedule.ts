import { useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';

import { AcceptedRequestsDocument, EventScheduleDocument, ScheduleRunDocument } from '../../../generated/graphql';
import { usePollWhile } from '../../listings/hooks/usePollWhile';
import { strayMeetings, unscheduledRequests } from '../utils/scheduleGrid';
import { isRunActive } from '../utils/scheduleLabels';

/**
 * An event's schedule for its organiser: sessions, tables, meetings, the accepted requests still
 * without a meeting, and the latest scheduler run, polled while the worker solves it. When a run
 * finishes, the meetings it wrote are fetched again (the server decided them).
 */
export function useEventSchedule(eventId: string) {
  const schedule = useQuery(EventScheduleDocument, { variables: { eventId } });
  const accepted = useQuery(AcceptedRequestsDocument, { variables: { eventId } });
  const event = schedule.data?.dockingEvent ?? null;
  const latest = event?.latestScheduleRun ?? null;
  const active = isRunActive(latest?.status);
  const poll = useQuery(ScheduleRunDocument, { variables: { id: latest?.id ?? '' }, skip: !latest || !active });
  usePollWhile(active && Boolean(latest), poll, 1000);

  const { refetch: refetchSchedule } = schedule;
  const { refetch: refetchAccepted } = accepted;
  const wasActive = useRef(active);
  useEffect(() => {
    if (wasActive.current && !active) {
      void refetchSchedule();
      void refetchAccepted();
    }
    wasActive.current = active;
  }, [active, refetchSchedule, refetchAccepted]);

  const meetings = event?.meetings ?? [];
  return {
    event,
    run: latest,
    running: active,
    meetings,
    stray: event ? strayMeetings(event.sessions, event.tables, meetings) : [],
    unscheduled: unscheduledRequests(accepted.data?.dockingEvent?.meetingRequests ?? [], meetings),
    loading: schedule.loading && !schedule.data,
    error: schedule.error ?? null,
  };
}
