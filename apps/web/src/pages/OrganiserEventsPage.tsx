import { Button, Card } from 'antd';
import { useNavigate } from 'react-router';

import { useT } from '../app/i18n';
import { AppPath } from '../app/paths';
import { useMe } from '../modules/accounts/hooks/useMe';
import { OrganisedEventList } from '../modules/organiser/components/OrganisedEventList';
import { useOrganisedEvents } from '../modules/organiser/hooks/useOrganisedEvents';

export default function OrganiserEventsPage() {
  const t = useT();
  const navigate = useNavigate();
  const { me } = useMe();
  const { events, loading, hasMore, loadMore } = useOrganisedEvents(me?.role === 'ADMIN');
  return (
    <Card
      title={t('organiser.events.title')}
      extra={
        <Button type="primary" onClick={() => void navigate(AppPath.OrganiserEventNew)}>
          {t('organiser.events.create')}
        </Button>
      }
    >
      <OrganisedEventList events={events} loading={loading} hasMore={hasMore} onLoadMore={loadMore} />
    </Card>
  );
}
