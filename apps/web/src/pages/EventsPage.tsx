import { useT } from '../app/i18n';
import { EventList } from '../modules/events/components/EventList';
import { useDockingEvents } from '../modules/events/hooks/useDockingEvents';

export default function EventsPage() {
  const t = useT();
  const { upcoming, past, loading } = useDockingEvents();
  return (
    <>
      <EventList title={t('events.upcoming')} events={upcoming} loading={loading} />
      <EventList title={t('events.past')} events={past} loading={loading} />
    </>
  );
}
