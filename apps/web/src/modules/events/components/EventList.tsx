import { Card, Empty, List, Tag, Typography } from 'antd';
import { Link } from 'react-router';

import { useT } from '../../../app/i18n';
import { AppPath, pathTo } from '../../../app/paths';
import type { EventSummaryFragment } from '../../../generated/graphql';
import { formatPeriod } from '../../../shared/format';
import { SECTOR_LABELS } from '../../enterprises/utils/categoryOptions';

export function EventList({
  title,
  events,
  loading,
}: {
  title: string;
  events: EventSummaryFragment[];
  loading: boolean;
}) {
  const t = useT();
  return (
    <Card title={title} style={{ marginBottom: 16 }}>
      <List
        loading={loading}
        dataSource={events}
        locale={{ emptyText: <Empty description={t('events.empty')} /> }}
        renderItem={(e) => (
          <List.Item>
            <List.Item.Meta
              title={<Link to={pathTo(AppPath.EventDetail, { eventId: e.id })}>{e.title}</Link>}
              description={
                <>
                  <Typography.Text type="secondary">
                    {formatPeriod(e.startsAt, e.endsAt)} · {e.venue}
                  </Typography.Text>
                  <div style={{ marginTop: 4 }}>
                    {e.sectors.map((s) => (
                      <Tag key={s}>{t(SECTOR_LABELS[s])}</Tag>
                    ))}
                    {e.schedulePublishedAt && <Tag color="green">{t('event.schedulePublished')}</Tag>}
                  </div>
                </>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
