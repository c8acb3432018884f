import { Button, Space, Tag } from 'antd';
import { Link } from 'react-router';

import { useT } from '../../../app/i18n';
import type { NotificationItemFragment } from '../../../generated/graphql';
import { formatDateTime } from '../../../shared/format';
import { useMe } from '../../accounts/hooks/useMe';
import { kindLabel, targetOf } from '../utils/kinds';

/** One notification: its kind, title, body and time; a link to what it is about. */
export function NotificationItemView({
  item,
  onMarkRead,
}: {
  item: NotificationItemFragment;
  onMarkRead?: (id: string) => void;
}) {
  const t = useT();
  const label = kindLabel(item.kind);
  const { me } = useMe();
  const target = targetOf(item.kind, item.data, me?.enterprise?.participantType);
  return (
    <div style={{ opacity: item.readAt ? 0.65 : 1 }}>
      <Space size={8} wrap>
        {!item.readAt && <Tag color="red">{t('notifications.unread')}</Tag>}
        {label && <Tag>{t(label)}</Tag>}
        <strong>{target ? <Link to={target}>{item.title}</Link> : item.title}</strong>
        <span style={{ color: 'rgba(0,0,0,0.45)' }}>{formatDateTime(item.createdAt)}</span>
      </Space>
      <p style={{ margin: '4px 0 0' }}>{item.body}</p>
      {onMarkRead && !item.readAt && (
        <Button size="small" type="link" style={{ padding: 0 }} onClick={() => onMarkRead(item.id)}>
          {t('notifications.markRead')}
        </Button>
      )}
    </div>
  );
}
