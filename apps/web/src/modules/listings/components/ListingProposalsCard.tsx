import { Alert, Button, Card, Popconfirm, Space, Table, Tag, Typography } from 'antd';

import { useT } from '../../../app/i18n';
import type { ListingProposalRowFragment } from '../../../generated/graphql';
import { formatDate, formatPrice, formatQuantity } from '../../../shared/format';
import { useCategoryNames } from '../hooks/useCategoryNames';
import { useListingProposals } from '../hooks/useListingProposals';
import { KIND_COLORS, KIND_LABELS } from '../utils/listingLabels';

/**
 * 待确认的供需信息: listings an organiser's import proposed for the firm. Nothing of the firm changes
 * until a member accepts one (it becomes the firm's listing for that event) or rejects it.
 * Shown only while some are waiting.
 */
export function ListingProposalsCard({ enabled }: { enabled: boolean }) {
  const t = useT();
  const { proposals, total, responding, answer } = useListingProposals(enabled);
  const categoryName = useCategoryNames();
  if (proposals.length === 0) return null;
  return (
    <Card title={t('listing.proposals.title', { count: total })} style={{ marginBottom: 16 }}>
      <Alert type="info" showIcon title={t('listing.proposals.hint')} style={{ marginBottom: 12 }} />
      <Table<ListingProposalRowFragment>
        rowKey="id"
        dataSource={proposals}
        pagination={false}
        size="small"
        scroll={{ x: 900 }}
        aria-label={t('listing.proposals.aria')}
        columns={[
          {
            title: t('listing.kind'),
            width: 80,
            render: (_, p) => <Tag color={KIND_COLORS[p.kind]}>{t(KIND_LABELS[p.kind])}</Tag>,
          },
          {
            title: t('listing.title'),
            render: (_, p) => (
              <>
                <strong>{p.title}</strong>
                {p.description && (
                  <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
                    {p.description}
                  </Typography.Paragraph>
                )}
              </>
            ),
          },
          { title: t('listing.category'), render: (_, p) => categoryName(p.categoryCode) },
          { title: t('listing.quantity'), render: (_, p) => formatQuantity(p.quantity, p.unit) },
          {
            title: t('listing.price'),
            render: (_, p) => formatPrice(p.priceMin, p.priceMax, p.unit) ?? t('common.negotiable'),
          },
          { title: t('listing.proposal.event'), render: (_, p) => p.eventTitle },
          { title: t('listing.proposal.at'), width: 110, render: (_, p) => formatDate(p.createdAt) },
          {
            title: t('common.actions'),
            width: 150,
            render: (_, p) => (
              <Space>
                <Button
                  size="small"
                  type="primary"
                  loading={responding}
                  aria-label={t('listing.proposal.accept.aria', { title: p.title })}
                  onClick={() => void answer(p.id, true)}
                >
                  {t('listing.proposal.accept')}
                </Button>
                <Popconfirm
                  title={t('listing.proposal.reject.confirm')}
                  okText={t('common.confirm')}
                  cancelText={t('common.cancel')}
                  onConfirm={() => void answer(p.id, false)}
                >
                  <Button size="small" danger aria-label={t('listing.proposal.reject.aria', { title: p.title })}>
                    {t('listing.proposal.reject')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
