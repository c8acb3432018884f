import { Button, Card, Form, Input, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';

import { useT } from '../../../app/i18n';
import type { ReviewDealFragment } from '../../../generated/graphql';
import { formatMoney } from '../../../shared/format';
import { useDealReview } from '../hooks/useDealReview';
import { REPORT_STATUS, STAGE_LABELS } from '../utils/outcomeLabels';

/**
 * 合作核实: the event's agreed deals and whether the report counts them. A deal whose firms did not
 * meet at the event (nor recorded by the organiser) waits here; the organiser counts it, or leaves
 * any deal out with a reason.
 */
export function DealReviewCard({ eventId }: { eventId: string }) {
  const t = useT();
  const { deals, loading, saving, review } = useDealReview(eventId);
  const [excluding, setExcluding] = useState<ReviewDealFragment | null>(null);
  const [form] = Form.useForm<{ note: string }>();
  const waiting = deals.filter((d) => d.reportStatus === 'AWAITING_REVIEW').length;
  return (
    <Card title={t('dealReview.title')} style={{ marginBottom: 16 }} data-testid="deal-review">
      <Typography.Paragraph type="secondary">{t('dealReview.hint')}</Typography.Paragraph>
      {waiting > 0 && (
        <Typography.Paragraph>
          <Tag color="warning">{t('dealReview.waiting', { count: waiting })}</Tag>
        </Typography.Paragraph>
      )}
      <Table<ReviewDealFragment>
        size="small"
        rowKey="id"
        aria-label={t('dealReview.title')}
        loading={loading}
        dataSource={deals}
        pagination={deals.length > 10 ? { pageSize: 10 } : false}
        scroll={{ x: 720 }}
        locale={{ emptyText: t('dealReview.empty') }}
        columns={[
          { title: t('deal.supplier'), render: (_, d) => d.supplier.name },
          { title: t('deal.buyer'), render: (_, d) => d.buyer.name },
          { title: t('deal.stage'), render: (_, d) => (d.agreedStage ? t(STAGE_LABELS[d.agreedStage]) : '—') },
          { title: t('deal.amount'), align: 'right', render: (_, d) => formatMoney(d.agreedAmountCny) },
          {
            title: t('dealReview.status'),
            render: (_, d) =>
              d.reportStatus ? (
                <Tag color={REPORT_STATUS[d.reportStatus].color}>{t(REPORT_STATUS[d.reportStatus].label)}</Tag>
              ) : (
                '—'
              ),
          },
          { title: t('dealReview.note'), render: (_, d) => d.reportReviewNote ?? '' },
          {
            title: t('common.actions'),
            render: (_, d) => (
              <Space>
                {d.reportStatus !== 'COUNTED' && (
                  <Button size="small" type="primary" loading={saving} onClick={() => void review(d.id, 'COUNTED')}>
                    {t('dealReview.count')}
                  </Button>
                )}
                {d.reportStatus !== 'EXCLUDED' && (
                  <Button
                    size="small"
                    onClick={() => {
                      form.resetFields();
                      setExcluding(d);
                    }}
                  >
                    {t('dealReview.exclude')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {excluding && (
        // Inline, not a Modal: antd's scroll lock injects a style without the page's CSP nonce.
        <Form
          form={form}
          layout="vertical"
          aria-label={t('dealReview.exclude.title')}
          style={{ marginTop: 16 }}
          onFinish={(v) => void review(excluding.id, 'EXCLUDED', v.note, form).then((ok) => ok && setExcluding(null))}
        >
          <Typography.Text strong>
            {t('dealReview.exclude.title')}：{excluding.supplier.name} → {excluding.buyer.name}，
            {formatMoney(excluding.agreedAmountCny)}
          </Typography.Text>
          <Form.Item
            name="note"
            label={t('dealReview.note')}
            rules={[{ required: true, whitespace: true, message: t('dealReview.exclude.reason') }]}
          >
            <Input.TextArea rows={2} maxLength={200} showCount />
          </Form.Item>
          <Space>
            <Button type="primary" danger htmlType="submit" loading={saving}>
              {t('dealReview.exclude')}
            </Button>
            <Button onClick={() => setExcluding(null)}>{t('common.cancel')}</Button>
          </Space>
        </Form>
      )}
    </Card>
  );
}
