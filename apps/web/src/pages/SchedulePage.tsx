import { Alert, Card, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';

import { useT } from '../app/i18n';
import { AppPath, pathTo } from '../app/paths';
import { MeetingCard } from '../modules/scheduling/components/MeetingCard';
import { PlaceRequestModal } from '../modules/scheduling/components/PlaceRequestModal';
import { PrintSheets } from '../modules/scheduling/components/PrintSheets';
import { RunSummary } from '../modules/scheduling/components/RunSummary';
import { ScheduleGrid } from '../modules/scheduling/components/ScheduleGrid';
import { ScheduleToolbar } from '../modules/scheduling/components/ScheduleToolbar';
import type { AcceptedRequest } from '../modules/scheduling/components/UnscheduledRequests';
import { UnscheduledRequests } from '../modules/scheduling/components/UnscheduledRequests';
import { useEventSchedule } from '../modules/scheduling/hooks/useEventSchedule';
import { useScheduleActions } from '../modules/scheduling/hooks/useScheduleActions';
import { errorCodeOf } from '../shared/graphqlErrors';
import NotFoundPage from './NotFoundPage';

/** The organiser's schedule of an event: run the scheduler, edit the tables × slots grid, publish, print. */
export default function SchedulePage() {
  const t = useT();
  const { eventId = '' } = useParams();
  const { event, run, running, meetings, stray, unscheduled, loading, error } = useEventSchedule(eventId);
  const actions = useScheduleActions(eventId);
  const [placing, setPlacing] = useState<AcceptedRequest | null>(null);
  if (loading) return <Skeleton active />;
  if (errorCodeOf(error) === 'FORBIDDEN') return <Alert type="warning" showIcon title={t('schedule.forbidden')} />;
  if (!event) return <NotFoundPage />;
  const cancel = (meeting: { id: string; request?: { id: string } | null }) =>
    void actions.cancel(meeting.id, meeting.request?.id ?? null);
  const lock = (meeting: { id: string }, locked: boolean) => void actions.setLocked(meeting.id, locked);
  return (
    <>
      <div className="schedule-screen">
        <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
          <Typography.Title level={3}>{t('schedule.title', { event: event.title })}</Typography.Title>
          <Link to={pathTo(AppPath.EventReport, { eventId })}>{t('schedule.toReport')}</Link>
        </Space>
        <ScheduleToolbar
          eventId={eventId}
          publishedAt={event.schedulePublishedAt}
          hasRun={Boolean(run)}
          running={running}
          canRun={event.sessions.length > 0}
          starting={actions.starting}
          publishing={actions.publishing}
          onRun={() => void actions.run()}
          onPublish={() => void actions.publish()}
        />
        {event.sessions.length === 0 && (
          <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('schedule.noSessions')} />
        )}
        <RunSummary run={run} />
        <UnscheduledRequests requests={unscheduled} onPlace={setPlacing} />
        <Card>
          <Typography.Paragraph type="secondary">{t('schedule.grid.hint')}</Typography.Paragraph>
          {event.sessions.map((s) => (
            <ScheduleGrid
              key={s.id}
              session={s}
              tables={event.tables}
              meetings={meetings}
              refusal={placing ? null : actions.refusal}
              onMove={(id, table, slot) => void actions.move(id, table, slot)}
              onBook={(id, table, slot) => void actions.book(id, table, slot)}
              onCancel={cancel}
              onLock={lock}
            />
          ))}
          {stray.length > 0 && (
            <>
              <Typography.Title level={5}>{t('schedule.grid.stray')}</Typography.Title>
              <Space wrap>
                {stray.map((meeting) => (
                  <MeetingCard key={meeting.id} meeting={meeting} onCancel={cancel} onLock={lock} />
                ))}
              </Space>
            </>
          )}
        </Card>
        <PlaceRequestModal
          request={placing}
          slots={event.sessions.flatMap((s) => s.slots)}
          tables={event.tables}
          refusal={placing ? actions.refusal : null}
          onBook={actions.book}
          onClose={() => setPlacing(null)}
        />
      </div>
      <PrintSheets title={event.title} tables={event.tables} meetings={meetings} />
    </>
  );
}
