import { Button, Empty, Popconfirm, Space, Table, Tag } from 'antd';
import { Link } from 'react-router';

import { useT } from '../../../app/i18n';
import { AppPath, pathTo } from '../../../app/paths';
import type { ListingRowFragment } from '../../../generated/graphql';
import { formatDate, formatPrice, formatQuantity } from '../../../shared/format';
import { KIND_COLORS, KIND_LABELS, MATCHING_LABELS, STATUS_LABELS } from '../utils/listingLabels';

/** The firm's SUPPLY and DEMAND with status and matching status; edit and close per row. */
export function ListingsTable({
  listings,
  loading,
  onEdit,
  onClose,
}: {
  listings: ListingRowFragment[];
  loading: boolean;
  onEdit: (listing: ListingRowFragment) => void;
  onClose: (id: string) => void;
}) {
  const t = useT();
  return (
    <Table<ListingRowFragment>
      rowKey="id"
      loading={loading}
      dataSource={listings}
      pagination={false}
      scroll={{ x: 960 }}
      locale={{ emptyText: <Empty description={t('listings.empty')} /> }}
      aria-label={t('listings.title')}
      columns={[
        {
          title: t('listing.kind'),
          dataIndex: 'kind',
          width: 80,
          render: (_, l) => <Tag color={KIND_COLORS[l.kind]}>{t(KIND_LABELS[l.kind])}</Tag>,
        },
        {
          title: t('listing.title'),
          dataIndex: 'title',
          render: (_, l) => <Link to={pathTo(AppPath.ListingDetail, { listingId: l.id })}>{l.title}</Link>,
        },
        { title: t('listing.category'), render: (_, l) => l.category.name },
        { title: t('listing.quantity'), render: (_, l) => formatQuantity(l.quantity, l.unit) },
        {
          title: t('listing.price'),
          render: (_, l) => formatPrice(l.priceMin, l.priceMax, l.unit) ?? t('common.negotiable'),
        },
        {
          title: t('listing.status'),
          render: (_, l) => <Tag color={l.status === 'OPEN' ? 'success' : 'default'}>{t(STATUS_LABELS[l.status])}</Tag>,
        },
        {
          title: t('listing.matching'),
          render: (_, l) =>
            l.status === 'OPEN' ? (
              <Tag color={l.matchingStatus === 'DONE' ? 'processing' : 'warning'}>
                {t(MATCHING_LABELS[l.matchingStatus])}
              </Tag>
            ) : (
              t('common.none')
            ),
        },
        { title: t('listing.updatedAt'), render: (_, l) => formatDate(l.updatedAt), width: 110 },
        {
          title: t('common.actions'),
          width: 140,
          render: (_, l) =>
            l.status === 'OPEN' && (
              <Space>
                <Button size="small" onClick={() => onEdit(l)}>
                  {t('common.edit')}
                </Button>
                <Popconfirm
                  title={t('listing.close.confirm')}
                  okText={t('common.confirm')}
                  cancelText={t('common.cancel')}
                  onConfirm={() => onClose(l.id)}
                >
                  <Button size="small" danger>
                    {t('listing.close')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
        },
      ]}
    />
  );
}
