import { Button, Card, Empty, Popconfirm, Space, Table, Tag } from 'antd';

import { useT } from '../../../app/i18n';
import type { MeetingRequestItemFragment } from '../../../generated/graphql';
import { formatDateTime } from '../../../shared/format';
import { useMeetingRequests } from '../hooks/useMeetingRequests';
import { REQUEST_COLORS, REQUEST_LABELS, TABLE_TAG_LABELS } from '../utils/requestLabels';

/** Received and sent meeting requests of one event: accept, decline, withdraw. */
export function RequestInbox({ eventId, myEnterpriseId }: { eventId: string; myEnterpriseId: string | null }) {
  const t = useT();
  const { received, sent, quota, loading, accept, decline, withdraw } = useMeetingRequests(eventId, myEnterpriseId);
  const columns = (mine: 'received' | 'sent') => [
    {
      title: t(mine === 'received' ? 'request.from' : 'request.to'),
      render: (_: unknown, r: MeetingRequestItemFragment) => (mine === 'received' ? r.requester.name : r.invitee.name),
    },
    {
      title: t('request.message'),
      render: (_: unknown, r: MeetingRequestItemFragment) => (
        <>
          {r.message ?? t('common.none')}
          {r.tableTags.map((tag) => (
            <Tag key={tag}>{TABLE_TAG_LABELS[tag] ? t(TABLE_TAG_LABELS[tag]) : tag}</Tag>
          ))}
        </>
      ),
    },
    {
      title: t('listing.status'),
      render: (_: unknown, r: MeetingRequestItemFragment) => (
        <Space size={4}>
          <Tag color={REQUEST_COLORS[r.status]}>{t(REQUEST_LABELS[r.status])}</Tag>
          {r.mutual && <Tag color="purple">{t('request.mutual')}</Tag>}
        </Space>
      ),
    },
    { title: t('request.time'), render: (_: unknown, r: MeetingRequestItemFragment) => formatDateTime(r.createdAt) },
    {
      title: t('common.actions'),
      render: (_: unknown, r: MeetingRequestItemFragment) =>
        r.status !== 'PENDING' && !(mine === 'sent' && r.status === 'ACCEPTED') ? null : mine === 'received' ? (
          <Space>
            <Button size="small" type="primary" onClick={() => void accept(r.id)}>
              {t('request.accept')}
            </Button>
            <Button size="small" onClick={() => void decline(r.id)}>
              {t('request.decline')}
            </Button>
          </Space>
        ) : (
          <Popconfirm
            title={t('request.withdraw.confirm')}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
            onConfirm={() => void withdraw(r.id)}
          >
            <Button size="small">{t('request.withdraw')}</Button>
          </Popconfirm>
        ),
    },
  ];
  const table = (rows: MeetingRequestItemFragment[], mine: 'received' | 'sent') => (
    <Table<MeetingRequestItemFragment>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 720 }}
      columns={columns(mine)}
      locale={{ emptyText: <Empty description={t('requests.empty')} image={Empty.PRESENTED_IMAGE_SIMPLE} /> }}
    />
  );
  const sentLive = sent.filter((r) => r.status !== 'CANCELLED').length;
  return (
    <>
      <Card size="small" title={t('requests.received')} style={{ marginBottom: 16 }}>
        {table(received, 'received')}
      </Card>
      <Card
        size="small"
        title={t('requests.sent')}
        extra={quota ? t('requests.quota', { count: sentLive, max: quota }) : null}
      >
        {table(sent, 'sent')}
      </Card>
    </>
  );
}
