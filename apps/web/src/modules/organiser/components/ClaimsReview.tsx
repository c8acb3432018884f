import { Button, Empty, Popconfirm, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';

import { useT } from '../../../app/i18n';
import type { EnterpriseClaimRowFragment, EnterpriseClaimStatus } from '../../../generated/graphql';
import { formatDateTime } from '../../../shared/format';
import { CLAIM_STATUS_LABELS } from '../../enterprises/components/MyClaims';
import { useClaimsReview } from '../hooks/useClaimsReview';

const FILTERS: EnterpriseClaimStatus[] = ['PENDING', 'APPROVED', 'REJECTED'];

/**
 * 认领审核: who asks to take over a firm an import created. The organiser compares the name the
 * claimant gave and their contact with the firm on record before approving.
 */
export function ClaimsReview() {
  const t = useT();
  const [status, setStatus] = useState<EnterpriseClaimStatus>('PENDING');
  const { claims, loading, hasMore, loadMore, reviewing, decide } = useClaimsReview(status);
  return (
    <>
      <Segmented<EnterpriseClaimStatus>
        value={status}
        onChange={setStatus}
        options={FILTERS.map((s) => ({ value: s, label: t(CLAIM_STATUS_LABELS[s]) }))}
        style={{ marginBottom: 12 }}
      />
      <Table<EnterpriseClaimRowFragment>
        rowKey="id"
        loading={loading}
        dataSource={claims}
        pagination={false}
        scroll={{ x: 900 }}
        aria-label={t('claims.title')}
        locale={{ emptyText: <Empty description={t('claims.empty')} /> }}
        columns={[
          {
            title: t('claims.firm'),
            render: (_, c) => (
              <>
                <strong>{c.enterprise.name}</strong>
                <Typography.Text type="secondary" style={{ display: 'block' }}>
                  {c.enterprise.creditCode} · {c.enterprise.region.fullName}
                </Typography.Text>
              </>
            ),
          },
          {
            title: t('claims.givenName'),
            render: (_, c) => (
              <Space size={4}>
                {c.name}
                {c.name.trim() !== c.enterprise.name && <Tag color="warning">{t('claims.nameDiffers')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('claims.contact'),
            render: (_, c) => [c.contactName, c.contactPhone].filter(Boolean).join(' ') || t('common.none'),
          },
          { title: t('claims.at'), width: 150, render: (_, c) => formatDateTime(c.reviewedAt ?? c.createdAt) },
          {
            title: t('common.actions'),
            width: 170,
            render: (_, c) =>
              c.status === 'PENDING' ? (
                <Space>
                  <Button
                    size="small"
                    type="primary"
                    loading={reviewing}
                    aria-label={t('claims.approve.aria', { name: c.enterprise.name })}
                    onClick={() => void decide({ id: c.id, name: c.enterprise.name }, true)}
                  >
                    {t('claims.approve')}
                  </Button>
                  <Popconfirm
                    title={t('claims.reject.confirm')}
                    okText={t('common.confirm')}
                    cancelText={t('common.cancel')}
                    onConfirm={() => void decide({ id: c.id, name: c.enterprise.name }, false)}
                  >
                    <Button size="small" danger aria-label={t('claims.reject.aria', { name: c.enterprise.name })}>
                      {t('claims.reject')}
                    </Button>
                  </Popconfirm>
                </Space>
              ) : (
                <Tag>{t(CLAIM_STATUS_LABELS[c.status])}</Tag>
              ),
          },
        ]}
      />
      {hasMore && (
        <Button block style={{ marginTop: 12 }} onClick={() => void loadMore()}>
          {t('common.loadMore')}
        </Button>
      )}
    </>
  );
}
