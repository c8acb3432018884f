import { Button, Card, Descriptions, Skeleton, Tag } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';

import { useT } from '../app/i18n';
import { useMyEnterpriseId } from '../modules/enterprises/hooks/useMyEnterpriseId';
import { useDockingEvents } from '../modules/events/hooks/useDockingEvents';
import { useListing } from '../modules/listings/hooks/useListing';
import { KIND_LABELS, MATCHING_LABELS, STATUS_LABELS } from '../modules/listings/utils/listingLabels';
import { SuggestionList } from '../modules/matching/components/SuggestionList';
import type { MeetingTarget } from '../modules/meetings/components/RequestMeetingModal';
import { RequestMeetingModal } from '../modules/meetings/components/RequestMeetingModal';
import { formatLongDate, formatPrice, formatQuantity } from '../shared/format';
import NotFoundPage from './NotFoundPage';

export default function ListingDetailPage() {
  const t = useT();
  const { listingId = '' } = useParams();
  const { listing, loading, pending } = useListing(listingId);
  const { enterpriseId } = useMyEnterpriseId();
  const { upcoming } = useDockingEvents();
  const [target, setTarget] = useState<MeetingTarget | null>(null);
  if (loading) return <Skeleton active />;
  if (!listing) return <NotFoundPage />;
  return (
    <>
      <Card title={listing.title} style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 3 }} size="small">
          <Descriptions.Item label={t('listing.kind')}>{t(KIND_LABELS[listing.kind])}</Descriptions.Item>
          <Descriptions.Item label={t('listing.category')}>{listing.category.name}</Descriptions.Item>
          <Descriptions.Item label={t('listing.quantity')}>
            {formatQuantity(listing.quantity, listing.unit)}
          </Descriptions.Item>
          <Descriptions.Item label={t('listing.price')}>
            {formatPrice(listing.priceMin, listing.priceMax, listing.unit) ?? t('common.negotiable')}
          </Descriptions.Item>
          <Descriptions.Item label={t('listing.region')}>{listing.region.fullName}</Descriptions.Item>
          <Descriptions.Item label={t('listing.validUntil')}>
            {listing.validUntil ? formatLongDate(listing.validUntil) : t('common.none')}
          </Descriptions.Item>
          <Descriptions.Item label={t('listing.status')}>
            <Tag>{t(STATUS_LABELS[listing.status])}</Tag>
            {listing.status === 'OPEN' && <Tag>{t(MATCHING_LABELS[listing.matchingStatus])}</Tag>}
          </Descriptions.Item>
        </Descriptions>
        {listing.description && <p style={{ marginTop: 12 }}>{listing.description}</p>}
      </Card>
      <Card title={t('suggestions.forListing', { title: listing.title })}>
        <SuggestionList
          listingId={listing.id}
          pending={pending}
          myEnterpriseId={enterpriseId}
          extra={(s) => {
            const them = s.supply.enterprise.id === enterpriseId ? s.demand.enterprise : s.supply.enterprise;
            return (
              <Button onClick={() => setTarget({ enterpriseId: them.id, name: them.name, matchSuggestionId: s.id })}>
                {t('suggestion.requestMeeting')}
              </Button>
            );
          }}
        />
      </Card>
      <RequestMeetingModal target={target} events={upcoming} onClose={() => setTarget(null)} />
    </>
  );
}
