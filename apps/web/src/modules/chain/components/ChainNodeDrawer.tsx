import { Button, Drawer, Empty, List, Tag, Typography } from 'antd';
import { Link } from 'react-router';

import { useT } from '../../../app/i18n';
import { AppPath, pathTo } from '../../../app/paths';
import { formatQuantity } from '../../../shared/format';
import { NodeInvestment } from '../../investment/components/NodeInvestment';
import { KIND_COLORS, KIND_LABELS } from '../../listings/utils/listingLabels';
import { useChainNodeMembers } from '../hooks/useChainNodeMembers';

/** A node's firms and open listings in the region, each listing linking to its detail page. */
export function ChainNodeDrawer({
  categoryCode,
  regionCode,
  regionName,
  onClose,
}: {
  categoryCode: string | null;
  regionCode: string;
  regionName: string;
  onClose: () => void;
}) {
  const t = useT();
  const m = useChainNodeMembers(categoryCode, regionCode);
  return (
    <Drawer
      open={!!categoryCode}
      onClose={onClose}
      width={520}
      title={m.category ? t('chain.drawer.title', { name: m.category.name, region: regionName }) : ''}
      loading={m.loading}
    >
      <NodeInvestment categoryCode={categoryCode} regionCode={regionCode} />
      <Typography.Title level={5}>{t('chain.drawer.listings', { count: m.listingCount })}</Typography.Title>
      <List
        aria-label={t('chain.drawer.listings', { count: m.listingCount })}
        dataSource={m.listings}
        locale={{ emptyText: <Empty description={t('chain.drawer.noListings')} /> }}
        renderItem={(l) => (
          <List.Item>
            <List.Item.Meta
              title={
                <>
                  <Tag color={KIND_COLORS[l.kind]}>{t(KIND_LABELS[l.kind])}</Tag>
                  <Link to={pathTo(AppPath.ListingDetail, { listingId: l.id })}>{l.title}</Link>
                </>
              }
              description={`${l.enterprise.name} · ${formatQuantity(l.quantity, l.unit)}`}
            />
          </List.Item>
        )}
      />
      {m.moreListings && (
        <Button block onClick={() => void m.loadMoreListings()}>
          {t('common.loadMore')}
        </Button>
      )}
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {t('chain.drawer.confidentialNote')}
      </Typography.Paragraph>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('chain.drawer.firms', { count: m.firmCount })}
      </Typography.Title>
      <List
        aria-label={t('chain.drawer.firms', { count: m.firmCount })}
        dataSource={m.firms}
        locale={{ emptyText: <Empty description={t('chain.drawer.noFirms')} /> }}
        renderItem={(f) => <List.Item>{f.name}</List.Item>}
      />
      {m.moreFirms && (
        <Button block onClick={() => void m.loadMoreFirms()}>
          {t('common.loadMore')}
        </Button>
      )}
    </Drawer>
  );
}
