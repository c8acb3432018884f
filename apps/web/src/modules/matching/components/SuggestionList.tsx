import { Alert, Button, Empty, Skeleton } from 'antd';
import type { ReactNode } from 'react';

import { useT } from '../../../app/i18n';
import type { SuggestionCardFragment } from '../../../generated/graphql';
import { useListingSuggestions } from '../hooks/useListingSuggestions';
import { SuggestionCard } from './SuggestionCard';

/** A listing's suggestions, best first; new ones appear when the worker is done, without a reload. */
export function SuggestionList({
  listingId,
  pending,
  myEnterpriseId,
  extra,
}: {
  listingId: string;
  pending: boolean;
  myEnterpriseId: string | null;
  extra?: (s: SuggestionCardFragment) => ReactNode;
}) {
  const t = useT();
  const { suggestions, loading, hasMore, loadMore } = useListingSuggestions(listingId, pending);
  if (loading) return <Skeleton active />;
  return (
    <div aria-label={t('listing.suggestions')} role="region">
      {pending && <Alert type="info" showIcon title={t('suggestions.pending')} style={{ marginBottom: 12 }} />}
      {suggestions.length === 0 && !pending && <Empty description={t('suggestions.empty')} />}
      {suggestions.map((s) => (
        <SuggestionCard key={s.id} suggestion={s} myEnterpriseId={myEnterpriseId} extra={extra?.(s)} />
      ))}
      {hasMore && (
        <Button block onClick={() => void loadMore()}>
          {t('common.loadMore')}
        </Button>
      )}
    </div>
  );
}
