import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, List, Popover } from 'antd';
import { Link } from 'react-router';

import { useT } from '../../../app/i18n';
import { AppPath } from '../../../app/paths';
import { useNotifications } from '../hooks/useNotifications';
import { useUnreadCount } from '../hooks/useUnreadCount';
import { NotificationItemView } from './NotificationItemView';

/** The bell: the unread count from the cache and the latest notifications in a popover. */
export function NotificationBell() {
  const t = useT();
  const count = useUnreadCount();
  const { items } = useNotifications();
  const content = (
    <div style={{ width: 340, maxWidth: '80vw' }}>
      {items.length === 0 ? (
        <Empty description={t('notifications.empty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <List
          size="small"
          dataSource={items.slice(0, 5)}
          renderItem={(n) => (
            <List.Item>
              <NotificationItemView item={n} />
            </List.Item>
          )}
        />
      )}
      <Link to={AppPath.Notifications}>{t('notifications.viewAll')}</Link>
    </div>
  );
  return (
    <Popover content={content} trigger="click" placement="bottomRight">
      <Button
        type="text"
        aria-label={t('bell.aria', { count })}
        icon={
          <Badge count={count} size="small">
            <BellOutlined style={{ fontSize: 18, color: '#fff' }} />
          </Badge>
        }
      />
    </Popover>
  );
}
