import { Button, Popconfirm, Space, Table, Tag, Typography } from 'antd';

import { useT } from '../../../app/i18n';
import type { RoundTableItemFragment } from '../../../generated/graphql';
import { formatPeriod } from '../../../shared/format';
import { useRoundTables } from '../hooks/useRoundTables';

/**
 * The event's round tables (圆桌对接): a firm takes or gives up a seat (when approved); the
 * organiser sees the seated firms and calls a round table off.
 */
export function RoundTableList({
  eventId,
  mode,
  canTake,
}: {
  eventId: string;
  mode: 'firm' | 'organiser';
  canTake?: boolean;
}) {
  const t = useT();
  const { roundTables, loading, busy, take, leave, cancel } = useRoundTables(eventId);
  return (
    <Table<RoundTableItemFragment>
      rowKey="id"
      size="small"
      loading={loading}
      pagination={false}
      dataSource={roundTables}
      locale={{ emptyText: t('roundTables.empty') }}
      data-testid="round-tables"
      columns={[
        {
          title: t('roundTables.topic'),
          render: (_, r) => (
            <Space orientation="vertical" size={0}>
              <Typography.Text strong>{r.topic}</Typography.Text>
              {r.description && <Typography.Text type="secondary">{r.description}</Typography.Text>}
            </Space>
          ),
        },
        { title: t('roundTables.host'), render: (_, r) => r.host.name },
        { title: t('roundTables.time'), render: (_, r) => formatPeriod(r.startsAt, r.endsAt) },
        { title: t('roundTables.table'), dataIndex: 'table' },
        {
          title: t('roundTables.seats'),
          render: (_, r) => t('roundTables.seatsTaken', { taken: r.seatsTaken, capacity: r.capacity }),
        },
        ...(mode === 'organiser'
          ? [
              {
                title: t('roundTables.seated'),
                render: (_: unknown, r: RoundTableItemFragment) => r.seats.map((s) => s.name).join('、') || '—',
              },
            ]
          : []),
        {
          title: t('common.actions'),
          render: (_, r) => {
            if (mode === 'organiser')
              return (
                <Popconfirm title={t('roundTables.cancelConfirm')} onConfirm={() => void cancel(r.id)}>
                  <Button size="small" danger disabled={busy}>
                    {t('roundTables.cancel')}
                  </Button>
                </Popconfirm>
              );
            if (r.hosting) return <Tag color="blue">{t('roundTables.hosting')}</Tag>;
            if (r.mySeat)
              return (
                <Space>
                  <Tag color="green">{t('roundTables.mySeat')}</Tag>
                  <Button size="small" disabled={busy} onClick={() => void leave(r.id)}>
                    {t('roundTables.leave')}
                  </Button>
                </Space>
              );
            if (!canTake) return null;
            if (r.seatsTaken >= r.capacity) return <Tag>{t('roundTables.full')}</Tag>;
            return (
              <Button size="small" type="primary" disabled={busy} onClick={() => void take(r.id)}>
                {t('roundTables.take')}
              </Button>
            );
          },
        },
      ]}
    />
  );
}
