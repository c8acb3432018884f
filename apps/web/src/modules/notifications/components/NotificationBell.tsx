import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Popover } from 'antd';
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
      {/* Plain markup: antd's List would bring its pagination and select into the first chunk. */}
      {items.length === 0 ? (
        <p style={{ color: 'rgba(0,0,0,0.45)' }}>{t('notifications.empty')}</p>
      ) : (
        items.slice(0, 5).map((n) => (
          <div key={n.id} style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}>
            <NotificationItemView item={n} />
          </div>
        ))
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
