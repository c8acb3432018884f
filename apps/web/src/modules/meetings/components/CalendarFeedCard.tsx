import { Button, Card, Input, Popconfirm, Space, Typography } from 'antd';

import { useT } from '../../../app/i18n';
import { useCalendarFeed } from '../hooks/useCalendarFeed';
import { agendaFeedUrl } from '../utils/requestLabels';

/** The .ics download and the calendar subscription URL (signed, revocable) of one event's agenda. */
export function CalendarFeedCard({ eventId }: { eventId: string }) {
  const t = useT();
  const { feed, busy, create, revoke } = useCalendarFeed();
  const url = feed ? agendaFeedUrl(location.origin, eventId, feed.key) : null;
  return (
    <Card size="small" title={t('agenda.feed')} style={{ marginBottom: 16 }}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <a href={`/events/${encodeURIComponent(eventId)}/agenda.ics`} download>
          {t('agenda.download')}
        </a>
        <Typography.Text type="secondary">{t('agenda.feed.hint')}</Typography.Text>
        {url ? (
          <>
            <Input readOnly value={url} aria-label={t('agenda.feed')} onFocus={(e) => e.currentTarget.select()} />
            <Space wrap>
              <Button onClick={() => void navigator.clipboard?.writeText(url)}>{t('common.copy')}</Button>
              <Button loading={busy} onClick={() => void create()}>
                {t('agenda.feed.rotate')}
              </Button>
              <Popconfirm
                title={t('agenda.feed.revoke')}
                okText={t('common.confirm')}
                cancelText={t('common.cancel')}
                onConfirm={() => void revoke()}
              >
                <Button danger>{t('agenda.feed.revoke')}</Button>
              </Popconfirm>
            </Space>
          </>
        ) : (
          <Button type="primary" loading={busy} onClick={() => void create()}>
            {t('agenda.feed.create')}
          </Button>
        )}
      </Space>
    </Card>
  );
}
