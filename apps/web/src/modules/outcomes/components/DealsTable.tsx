import { Button, Empty, Space, Table, Tag } from 'antd';

import { useT } from '../../../app/i18n';
import type { DealItemFragment } from '../../../generated/graphql';
import { formatDate, formatMoney } from '../../../shared/format';
import { useDeals } from '../hooks/useDeals';
import { nextStages, REPORT_STATUS, STAGE_LABELS } from '../utils/outcomeLabels';

/** The firm's deals at the event with their stage and exact amount; moved on from here. */
export function DealsTable({ eventId, myEnterpriseId }: { eventId: string; myEnterpriseId: string | null }) {
  const t = useT();
  const { deals, loading, moveOn, answer } = useDeals(eventId, myEnterpriseId);
  const awaitingMe = (d: DealItemFragment) => d.awaitingConfirmationFrom.some((e) => e.id === myEnterpriseId);
  return (
    <Table<DealItemFragment>
      rowKey="id"
      loading={loading}
      dataSource={deals}
      pagination={false}
      scroll={{ x: 720 }}
      locale={{ emptyText: <Empty description={t('deals.empty')} /> }}
      columns={[
        { title: t('deal.supplier'), render: (_, d) => d.supplier.name },
        { title: t('deal.buyer'), render: (_, d) => d.buyer.name },
        { title: t('deal.stage'), render: (_, d) => <Tag>{t(STAGE_LABELS[d.stage])}</Tag> },
        { title: t('deal.amount'), align: 'right', render: (_, d) => formatMoney(d.amountCny) },
        {
          title: t('deal.confirmation'),
          render: (_, d) =>
            d.confirmed ? (
              <Tag color="success">{t('deal.confirmed')}</Tag>
            ) : awaitingMe(d) ? (
              <Space>
                <Tag color="warning">{t('deal.awaitingMe')}</Tag>
                <Button size="small" type="primary" onClick={() => void answer(d, true)}>
                  {t('deal.confirm')}
                </Button>
                <Button size="small" onClick={() => void answer(d, false)}>
                  {t('deal.decline')}
                </Button>
              </Space>
            ) : (
              <Tag>{t('deal.awaitingThem')}</Tag>
            ),
        },
        {
          title: t('dealReview.status'),
          render: (_, d) =>
            d.confirmed && d.reportStatus ? (
              <Tag color={REPORT_STATUS[d.reportStatus].color}>{t(REPORT_STATUS[d.reportStatus].label)}</Tag>
            ) : (
              '—'
            ),
        },
        { title: t('deal.recordedAt'), render: (_, d) => formatDate(d.createdAt) },
        {
          title: t('common.actions'),
          render: (_, d) => (
            <Space>
              {!awaitingMe(d) &&
                nextStages(d.stage).map((s) => (
                  <Button
                    key={s}
                    size="small"
                    danger={s === 'CANCELLED'}
                    onClick={() => void moveOn(d.id, s, d.amountCny)}
                  >
                    {t('deal.advance')} {t(STAGE_LABELS[s])}
                  </Button>
                ))}
            </Space>
          ),
        },
      ]}
    />
  );
}
