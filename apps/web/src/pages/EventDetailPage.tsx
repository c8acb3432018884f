import { Button, Card, Descriptions, Skeleton, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';

import { useT } from '../app/i18n';
import { AppPath, pathTo } from '../app/paths';
import { useMe } from '../modules/accounts/hooks/useMe';
import { useMyEnterpriseId } from '../modules/enterprises/hooks/useMyEnterpriseId';
import { SECTOR_LABELS } from '../modules/enterprises/utils/categoryOptions';
import { CheckInCodeCard } from '../modules/eventday/components/CheckInCodeCard';
import { PartyAttendanceActions } from '../modules/eventday/components/PartyAttendanceActions';
import { useAgendaAttendance } from '../modules/eventday/hooks/useAgendaAttendance';
import { hasStarted } from '../modules/eventday/utils/attendanceLabels';
import { ParticipantList } from '../modules/events/components/ParticipantList';
import { RegistrationPanel } from '../modules/events/components/RegistrationPanel';
import { useDockingEvent } from '../modules/events/hooks/useDockingEvent';
import { useEventRegistrations } from '../modules/events/hooks/useEventRegistrations';
import { registrationOpen } from '../modules/events/utils/eventTiming';
import { useMyListings } from '../modules/listings/hooks/useMyListings';
import { KIND_LABELS } from '../modules/listings/utils/listingLabels';
import { AgendaTimeline } from '../modules/meetings/components/AgendaTimeline';
import { CalendarFeedCard } from '../modules/meetings/components/CalendarFeedCard';
import { RequestInbox } from '../modules/meetings/components/RequestInbox';
import type { MeetingTarget } from '../modules/meetings/components/RequestMeetingModal';
import { RequestMeetingModal } from '../modules/meetings/components/RequestMeetingModal';
import { useMyAgenda } from '../modules/meetings/hooks/useMyAgenda';
import { DealsTable } from '../modules/outcomes/components/DealsTable';
import { RateMeetingButton } from '../modules/outcomes/components/RateMeetingButton';
import { RecordDealButton } from '../modules/outcomes/components/RecordDealButton';
import { hasEnded } from '../modules/outcomes/utils/outcomeLabels';
import { MyRoundTables } from '../modules/roundtables/components/MyRoundTables';
import { RoundTableList } from '../modules/roundtables/components/RoundTableList';
import { formatPeriod } from '../shared/format';
import NotFoundPage from './NotFoundPage';

const TABS = ['overview', 'participants', 'requests', 'roundtables', 'agenda', 'deals'] as const;
type Tab = (typeof TABS)[number];

export default function EventDetailPage() {
  const t = useT();
  const navigate = useNavigate();
  const { eventId = '', tab } = useParams();
  const active: Tab = TABS.includes(tab as Tab) ? (tab as Tab) : 'overview';
  const { event, loading } = useDockingEvent(eventId);
  const { enterpriseId } = useMyEnterpriseId();
  const { mine, participants, loading: loadingRegs } = useEventRegistrations(eventId, enterpriseId);
  const { listings } = useMyListings(enterpriseId);
  const { meetings } = useMyAgenda(eventId);
  const { me } = useMe();
  const attendance = useAgendaAttendance(eventId);
  const [target, setTarget] = useState<MeetingTarget | null>(null);
  if (loading) return <Skeleton active />;
  if (!event) return <NotFoundPage />;
  const approved = mine?.status === 'APPROVED';
  const now = new Date();
  return (
    <>
      <Card
        title={event.title}
        style={{ marginBottom: 16 }}
        extra={
          me && (me.role === 'ORGANISER' || me.role === 'ADMIN') ? (
            <Button onClick={() => void navigate(pathTo(AppPath.EventDay, { eventId }))}>{t('eventDay.open')}</Button>
          ) : null
        }
      >
        <Typography.Paragraph type="secondary">{event.theme}</Typography.Paragraph>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('event.time')}>{formatPeriod(event.startsAt, event.endsAt)}</Descriptions.Item>
          <Descriptions.Item label={t('event.venue')}>{event.venue}</Descriptions.Item>
          <Descriptions.Item label={t('event.sectors')}>
            {event.sectors.map((s) => (
              <Tag key={s}>{t(SECTOR_LABELS[s])}</Tag>
            ))}
          </Descriptions.Item>
          <Descriptions.Item label={t('event.sessions')}>
            {event.sessions.map((s) => `${s.title} ${formatPeriod(s.startsAt, s.endsAt)}`).join('；') ||
              t('common.none')}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card>
        <Tabs
          activeKey={active}
          onChange={(key) => void navigate(pathTo(AppPath.EventTab, { eventId, tab: key }))}
          items={[
            {
              key: 'overview',
              label: t('event.tab.overview'),
              children: (
                <RegistrationPanel
                  eventId={eventId}
                  mine={mine}
                  open={registrationOpen(event, now)}
                  listingOptions={listings
                    .filter((l) => l.status === 'OPEN')
                    .map((l) => ({ value: l.id, label: `${t(KIND_LABELS[l.kind])} · ${l.title}` }))}
                />
              ),
            },
            {
              key: 'participants',
              label: t('event.tab.participants'),
              children: (
                <>
                  {!approved && (
                    <Typography.Paragraph type="secondary">{t('participants.notApproved')}</Typography.Paragraph>
                  )}
                  <ParticipantList
                    participants={participants}
                    loading={loadingRegs}
                    action={
                      approved
                        ? (r) => (
                            <Button
                              size="small"
                              type="primary"
                              onClick={() =>
                                setTarget({ enterpriseId: r.enterprise.id, name: r.enterprise.name, eventId })
                              }
                            >
                              {t('suggestion.requestMeeting')}
                            </Button>
                          )
                        : undefined
                    }
                  />
                </>
              ),
            },
            {
              key: 'requests',
              label: t('event.tab.requests'),
              children: <RequestInbox eventId={eventId} myEnterpriseId={enterpriseId} />,
            },
            {
              key: 'roundtables',
              label: t('roundTables.title'),
              children: (
                <>
                  {!approved && (
                    <Typography.Paragraph type="secondary">{t('roundTables.notApproved')}</Typography.Paragraph>
                  )}
                  <RoundTableList eventId={eventId} mode="firm" canTake={approved} />
                </>
              ),
            },
            {
              key: 'agenda',
              label: t('event.tab.agenda'),
              children: (
                <>
                  <CheckInCodeCard eventId={eventId} />
                  <CalendarFeedCard eventId={eventId} />
                  <MyRoundTables eventId={eventId} />
                  <AgendaTimeline
                    meetings={meetings}
                    myEnterpriseId={enterpriseId}
                    actions={(meeting) => {
                      const marks = attendance.get(meeting.id);
                      if (!hasStarted(meeting.startsAt, now)) return null;
                      if (!hasEnded(meeting.endsAt, now))
                        return marks ? <PartyAttendanceActions meeting={marks} /> : null;
                      const counterpart = meeting.parties.find((p) => p.id !== enterpriseId);
                      const mineRating = meeting.ratings.find((r) => r.enterprise.id === enterpriseId)?.rating ?? null;
                      return (
                        <>
                          {marks && <PartyAttendanceActions meeting={marks} />}
                          <RateMeetingButton meetingId={meeting.id} mine={mineRating} />
                          {counterpart && (
                            <RecordDealButton
                              eventId={eventId}
                              myEnterpriseId={enterpriseId}
                              meeting={{ id: meeting.id, counterpartId: counterpart.id }}
                            />
                          )}
                        </>
                      );
                    }}
                  />
                </>
              ),
            },
            {
              key: 'deals',
              label: t('event.tab.deals'),
              children: <DealsTable eventId={eventId} myEnterpriseId={enterpriseId} />,
            },
          ]}
        />
      </Card>
      <RequestMeetingModal
        target={target}
        events={[{ id: event.id, title: event.title }]}
        onClose={() => setTarget(null)}
      />
    </>
  );
}
