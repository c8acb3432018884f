import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { App } from 'antd';
import { useState } from 'react';

import { useT } from '../../../app/i18n';
import {
  BookMeetingDocument,
  CancelMeetingDocument,
  LockMeetingDocument,
  MoveMeetingDocument,
  PublishScheduleDocument,
  ScheduleMeetingsDocument,
  UnlockMeetingDocument,
} from '../../../generated/graphql';
import { errorCodeOf, graphQLErrorsOf } from '../../../shared/graphqlErrors';
import { cellName } from '../utils/scheduleGrid';

/** A move or placement the API refused, shown in the cell it was aimed at. */
export interface Refusal {
  table: string;
  slot: string;
  message: string;
}

type Ref = { __ref: string };

/** The refusal's words: the server's Chinese message for what the caller can fix; the link toasts the rest. */
function reasonOf(error: unknown): string | null {
  const code = errorCodeOf(error);
  if (code === 'CONFLICT' || code === 'BAD_USER_INPUT' || code === 'NOT_FOUND' || code === 'FORBIDDEN')
    return graphQLErrorsOf(error)
      .map((e) => e.message)
      .join('；');
  return null;
}

/**
 * What an organiser does to a schedule: run the scheduler, move, place, lock, cancel, publish.
 * Moves and locks update the cached meeting by id; placing and cancelling edit the event's cached
 * meeting list; a refused move or placement becomes a Refusal for its target cell and a toast.
 */
export function useScheduleActions(eventId: string) {
  const t = useT();
  const { message } = App.useApp();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [scheduleMeetings, { loading: starting }] = useMutation(ScheduleMeetingsDocument);
  const [publishSchedule, { loading: publishing }] = useMutation(PublishScheduleDocument);
  const [moveMeeting] = useMutation(MoveMeetingDocument);
  const [bookMeeting] = useMutation(BookMeetingDocument);
  const [cancelMeeting] = useMutation(CancelMeetingDocument);
  const [lockMeeting] = useMutation(LockMeetingDocument);
  const [unlockMeeting] = useMutation(UnlockMeetingDocument);
  const eventRef = (cache: ApolloCache) => cache.identify({ __typename: 'DockingEvent', id: eventId });

  function refuse(error: unknown, table: string, slot: string): void {
    const reason = reasonOf(error);
    if (!reason) return;
    setRefusal({ table, slot, message: reason });
    void message.error({ content: t('schedule.refused', { cell: cellName(table, slot), reason }), key: 'refused' });
  }

  async function run(): Promise<void> {
    try {
      await scheduleMeetings({
        variables: { eventId },
        update(cache, { data }) {
          if (!data) return;
          cache.modify({
            id: eventRef(cache),
            fields: { latestScheduleRun: (_, { toReference }) => toReference(data.scheduleMeetings, true) },
          });
        },
      });
      setRefusal(null);
      void message.info(t('schedule.run.started'));
    } catch (error) {
      const reason = reasonOf(error);
      if (reason) void message.error(reason);
    }
  }

  async function publish(): Promise<void> {
    try {
      await publishSchedule({ variables: { eventId }, refetchQueries: ['EventSchedule'] });
      void message.success(t('schedule.published'));
    } catch (error) {
      const reason = reasonOf(error);
      if (reason) void message.error(reason);
    }
  }

  async function move(meetingId: string, table: string, slot: string): Promise<void> {
    setRefusal(null);
    try {
      await moveMeeting({ variables: { id: meetingId, startsAt: slot, table } });
      void message.success({ content: t('schedule.meeting.moved', { cell: cellName(table, slot) }), key: 'moved' });
    } catch (error) {
      refuse(error, table, slot);
    }
  }

  async function book(requestId: string, table: string, slot: string): Promise<boolean> {
    setRefusal(null);
    try {
      await bookMeeting({
        variables: { requestId, startsAt: slot, table },
        update(cache, { data }) {
          if (!data) return;
          cache.modify({
            id: eventRef(cache),
            fields: {
              meetings(existing: readonly Ref[] = [], { toReference }) {
                const ref = toReference(data.bookMeeting, true);
                return ref && !existing.some((r) => r.__ref === ref.__ref) ? [...existing, ref] : existing;
              },
            },
          });
        },
      });
      void message.success(t('schedule.manual.booked', { cell: cellName(table, slot) }));
      return true;
    } catch (error) {
      refuse(error, table, slot);
      return false;
    }
  }

  async function cancel(meetingId: string, requestId: string | null): Promise<void> {
    try {
      await cancelMeeting({
        variables: { id: meetingId },
        update(cache) {
          // Lists drop dangling references: the meeting leaves the grid, its lapsed request the accepted list.
          cache.evict({ id: cache.identify({ __typename: 'Meeting', id: meetingId }) });
          if (requestId) cache.evict({ id: cache.identify({ __typename: 'MeetingRequest', id: requestId }) });
          cache.gc();
        },
      });
      void message.success(t('schedule.meeting.cancelled'));
    } catch (error) {
      const reason = reasonOf(error);
      if (reason) void message.error(reason);
    }
  }

  async function setLocked(meetingId: string, locked: boolean): Promise<void> {
    try {
      if (locked) await lockMeeting({ variables: { id: meetingId } });
      else await unlockMeeting({ variables: { id: meetingId } });
      void message.success(t(locked ? 'schedule.meeting.lockedNow' : 'schedule.meeting.unlockedNow'));
    } catch (error) {
      const reason = reasonOf(error);
      if (reason) void message.error(reason);
    }
  }

  return { run, publish, move, book, cancel, setLocked, refusal, starting, publishing };
}
