import { Empty, List, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';

import { useT } from '../../../app/i18n';
import type { PartnerSuggestionsQuery } from '../../../generated/graphql';
import { formatScore } from '../../../shared/format';
import { DIRECTION_LABELS } from '../utils/reasonLabels';

type Partner = PartnerSuggestionsQuery['partnerSuggestions'][number];

/** 上下游伙伴: firms up- and downstream, best first, with how many of their listings matched. */
export function PartnerList({
  partners,
  loading,
  action,
}: {
  partners: Partner[];
  loading: boolean;
  action?: (p: Partner) => ReactNode;
}) {
  const t = useT();
  return (
    <List
      loading={loading}
      dataSource={partners}
      locale={{ emptyText: <Empty description={t('partners.empty')} /> }}
      renderItem={(p) => (
        <List.Item actions={action ? [action(p)] : undefined}>
          <List.Item.Meta
            title={
              <>
                <Typography.Text strong>{p.enterprise.name}</Typography.Text>{' '}
                <Tag color={p.direction === 'UPSTREAM' ? 'green' : 'blue'}>{t(DIRECTION_LABELS[p.direction])}</Tag>
              </>
            }
            description={`${p.enterprise.region.fullName} · ${t('suggestion.score')} ${formatScore(p.score)} · ${t('partners.matchCount', { count: p.matchCount })}`}
          />
        </List.Item>
      )}
    />
  );
}
