import { Card, Empty, Select } from 'antd';
import { useState } from 'react';

import { useT } from '../app/i18n';
import { EnterpriseRequired } from '../modules/enterprises/components/EnterpriseRequired';
import { useMyEnterpriseId } from '../modules/enterprises/hooks/useMyEnterpriseId';
import { useMyListings } from '../modules/listings/hooks/useMyListings';
import { KIND_LABELS } from '../modules/listings/utils/listingLabels';
import { PartnerList } from '../modules/matching/components/PartnerList';
import { SuggestionList } from '../modules/matching/components/SuggestionList';
import { usePartnerSuggestions } from '../modules/matching/hooks/usePartnerSuggestions';

export default function SuggestionsPage() {
  const t = useT();
  const { enterpriseId, loading } = useMyEnterpriseId();
  const { listings } = useMyListings(enterpriseId);
  const { partners, loading: loadingPartners } = usePartnerSuggestions(enterpriseId);
  const open = listings.filter((l) => l.status === 'OPEN');
  const [chosen, setChosen] = useState<string | null>(null);
  const listingId = chosen ?? open[0]?.id ?? null;
  const listing = open.find((l) => l.id === listingId);
  if (!loading && !enterpriseId) return <EnterpriseRequired />;
  return (
    <>
      <Card title={t('partners.title')} style={{ marginBottom: 16 }}>
        <PartnerList partners={partners} loading={loadingPartners} />
      </Card>
      <Card
        title={t('suggestions.title')}
        extra={
          <Select
            aria-label={t('suggestions.pickListing')}
            style={{ minWidth: 260 }}
            value={listingId ?? undefined}
            onChange={setChosen}
            options={open.map((l) => ({ value: l.id, label: `${t(KIND_LABELS[l.kind])} · ${l.title}` }))}
          />
        }
      >
        {listing ? (
          <SuggestionList
            listingId={listing.id}
            pending={listing.matchingStatus === 'PENDING'}
            myEnterpriseId={enterpriseId}
          />
        ) : (
          <Empty description={t('suggestions.noListings')} />
        )}
      </Card>
    </>
  );
}
