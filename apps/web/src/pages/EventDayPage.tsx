import { Button, Card, Tabs } from 'antd';
import { useParams } from 'react-router';

import { useT } from '../app/i18n';
import { AppPath, pathTo } from '../app/paths';
import { CheckInDesk } from '../modules/eventday/components/CheckInDesk';
import { EventDayMeetings } from '../modules/eventday/components/EventDayMeetings';
import { useDockingEvent } from '../modules/events/hooks/useDockingEvent';

/** 活动现场 for the event's organisers: the check-in desk and the meetings' attendance. */
export default function EventDayPage() {
  const t = useT();
  const { eventId = '' } = useParams();
  const { event } = useDockingEvent(eventId);
  return (
    <Card
      title={`${t('eventDay.title')}${event ? ` · ${event.title}` : ''}`}
      extra={
        <Button href={pathTo(AppPath.EventFloor, { eventId })} target="_blank">
          {t('floor.open')}
        </Button>
      }
    >
      <Tabs
        items={[
          { key: 'checkIn', label: t('eventDay.tab.checkIn'), children: <CheckInDesk eventId={eventId} /> },
          { key: 'meetings', label: t('eventDay.tab.meetings'), children: <EventDayMeetings eventId={eventId} /> },
        ]}
      />
    </Card>
  );
}
