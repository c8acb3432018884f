import { Button, Table, Tag } from 'antd';
import { Link } from 'react-router';

import { useT } from '../../../app/i18n';
import { AppPath, pathTo } from '../../../app/paths';
import type { OrganisedEventsQuery } from '../../../generated/graphql';
import { formatPeriod } from '../../../shared/format';
import { SECTOR_LABELS } from '../../enterprises/utils/categoryOptions';

type OrganisedEvent = OrganisedEventsQuery['dockingEvents']['edges'][number]['node'];

/** The organiser's events, each linked to its management page. */
export function OrganisedEventList({
  events,
  loading,
  hasMore,
  onLoadMore,
}: {
  events: OrganisedEvent[];
  loading: boolean;
  hasMore: boolean;
  onLoadMore: () => void;
}) {
  const t = useT();
  return (
    <>
      <Table
        rowKey="id"
        loading={loading}
        dataSource={events}
        pagination={false}
        locale={{ emptyText: t('organiser.events.empty') }}
        columns={[
          {
            title: t('eventForm.title'),
            render: (_, e) => (
              <Link
                to={pathTo(AppPath.OrganiserEvent, { eventId: e.id })}
                aria-label={`${t('organiser.events.manage')} ${e.title}`}
              >
                {e.title}
              </Link>
            ),
          },
          { title: t('event.time'), render: (_, e) => formatPeriod(e.startsAt, e.endsAt) },
          { title: t('event.venue'), dataIndex: 'venue' },
          {
            title: t('event.sectors'),
            render: (_, e) => e.sectors.map((s) => <Tag key={s}>{t(SECTOR_LABELS[s])}</Tag>),
          },
        ]}
      />
      {hasMore && (
        <Button style={{ marginTop: 12 }} onClick={onLoadMore}>
          {t('common.loadMore')}
        </Button>
      )}
    </>
  );
}
