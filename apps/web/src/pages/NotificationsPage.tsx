import { Button, Card, Empty, List } from 'antd';

import { useT } from '../app/i18n';
import { NotificationItemView } from '../modules/notifications/components/NotificationItemView';
import { useNotifications } from '../modules/notifications/hooks/useNotifications';

export default function NotificationsPage() {
  const t = useT();
  const { items, loading, hasMore, loadMore, markRead, markAllRead, marking } = useNotifications();
  return (
    <Card
      title={t('notifications.title')}
      extra={
        <Button onClick={() => void markAllRead()} loading={marking} disabled={!items.some((n) => !n.readAt)}>
          {t('notifications.markAllRead')}
        </Button>
      }
    >
      <List
        loading={loading}
        dataSource={items}
        locale={{ emptyText: <Empty description={t('notifications.empty')} /> }}
        renderItem={(n) => (
          <List.Item>
            <NotificationItemView item={n} onMarkRead={(id) => void markRead([id])} />
          </List.Item>
        )}
      />
      {hasMore && (
        <Button block onClick={() => void loadMore()}>
          {t('common.loadMore')}
        </Button>
      )}
    </Card>
  );
}
