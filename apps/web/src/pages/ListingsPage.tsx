import { PlusOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useState } from 'react';

import { useT } from '../app/i18n';
import type { ListingRowFragment } from '../generated/graphql';
import { EnterpriseRequired } from '../modules/enterprises/components/EnterpriseRequired';
import { useMyEnterpriseId } from '../modules/enterprises/hooks/useMyEnterpriseId';
import { ListingFormModal } from '../modules/listings/components/ListingFormModal';
import { ListingProposalsCard } from '../modules/listings/components/ListingProposalsCard';
import { ListingsTable } from '../modules/listings/components/ListingsTable';
import { useCloseListing } from '../modules/listings/hooks/useCloseListing';
import { useMyListings } from '../modules/listings/hooks/useMyListings';

export default function ListingsPage() {
  const t = useT();
  const { enterpriseId, loading: loadingMe } = useMyEnterpriseId();
  const { listings, loading, hasMore, loadMore } = useMyListings(enterpriseId);
  const close = useCloseListing();
  const [editing, setEditing] = useState<ListingRowFragment | null>(null);
  const [open, setOpen] = useState(false);
  if (!loadingMe && !enterpriseId) return <EnterpriseRequired />;
  return (
    <>
      <ListingProposalsCard enabled={!!enterpriseId} />
      <Card
        title={t('listings.title')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => (setEditing(null), setOpen(true))}>
            {t('listings.new')}
          </Button>
        }
      >
        <ListingsTable
          listings={listings}
          loading={loading || loadingMe}
          onEdit={(l) => (setEditing(l), setOpen(true))}
          onClose={(id) => void close(id)}
        />
        {hasMore && (
          <Button block style={{ marginTop: 12 }} onClick={() => void loadMore()}>
            {t('common.loadMore')}
          </Button>
        )}
        {enterpriseId && (
          <ListingFormModal open={open} enterpriseId={enterpriseId} editing={editing} onClose={() => setOpen(false)} />
        )}
      </Card>
    </>
  );
}
