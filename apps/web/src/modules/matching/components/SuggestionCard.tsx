import { Button, Card, Progress, Space, Tag, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';

import { useT } from '../../../app/i18n';
import type { SuggestionCardFragment } from '../../../generated/graphql';
import { formatPrice, formatQuantity, formatScore } from '../../../shared/format';
import { useRespondToMatch } from '../hooks/useRespondToMatch';
import { mySide, REASON_LABELS } from '../utils/reasonLabels';

/** One suggestion from my side: the counterpart, the score, the reasons as chips, my decision. */
export function SuggestionCard({
  suggestion: s,
  myEnterpriseId,
  extra,
}: {
  suggestion: SuggestionCardFragment;
  myEnterpriseId: string | null;
  extra?: ReactNode;
}) {
  const t = useT();
  const { respond, loading } = useRespondToMatch();
  const { side, decision } = mySide(s, myEnterpriseId);
  const theirs = side === 'supply' ? s.demand : s.supply;
  const price = formatPrice(theirs.priceMin, theirs.priceMax, theirs.unit) ?? t('common.negotiable');
  return (
    <Card size="small" role="article" aria-label={theirs.enterprise.name} style={{ marginBottom: 12 }}>
      <div style={{ display: 'flex', gap: 16, alignItems: 'flex-start', flexWrap: 'wrap' }}>
        <Tooltip title={t('suggestion.score')}>
          <Progress type="circle" size={56} percent={Math.round(s.score * 100)} format={() => formatScore(s.score)} />
        </Tooltip>
        <div style={{ flex: 1, minWidth: 240 }}>
          <Typography.Text strong>{theirs.enterprise.name}</Typography.Text>
          <Typography.Text type="secondary"> · {theirs.enterprise.region.fullName}</Typography.Text>
          <div>
            {theirs.title} · {formatQuantity(theirs.quantity, theirs.unit)} · {price}
          </div>
          <div style={{ marginTop: 8 }} aria-label={t('suggestion.reasons')}>
            {s.reasons.map((r) => (
              // The detail names its kind already (同类产品：…, 供应能力 … ≥ 需求 …); the label is its tooltip.
              <Tag
                key={r.code}
                title={t(REASON_LABELS[r.code])}
                color={r.contribution > 0 ? 'blue' : 'orange'}
                style={{ marginBottom: 4, whiteSpace: 'normal' }}
              >
                {r.detail}
              </Tag>
            ))}
          </div>
        </div>
        <Space wrap>
          {decision === 'ACCEPT' ? (
            <Tag color="success">{t('suggestion.accepted')}</Tag>
          ) : (
            <>
              <Button type="primary" loading={loading} onClick={() => void respond(s.id, 'ACCEPT')}>
                {t('suggestion.accept')}
              </Button>
              <Button loading={loading} onClick={() => void respond(s.id, 'DISMISS')}>
                {t('suggestion.dismiss')}
              </Button>
            </>
          )}
          {extra}
        </Space>
      </div>
    </Card>
  );
}
