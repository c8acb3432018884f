import { useQuery } from '@apollo/client/react';
import { Alert, List, Tag } from 'antd';

import { useT } from '../../../app/i18n';
import type { EnterpriseClaimStatus } from '../../../generated/graphql';
import { MyEnterpriseClaimsDocument } from '../../../generated/graphql';
import type { MessageId } from '../../../locales/zh-CN';
import { formatDateTime } from '../../../shared/format';

export const CLAIM_STATUS_LABELS: Record<EnterpriseClaimStatus, MessageId> = {
  PENDING: 'enterprise.claim.status.PENDING',
  APPROVED: 'enterprise.claim.status.APPROVED',
  REJECTED: 'enterprise.claim.status.REJECTED',
};
const CLAIM_STATUS_COLORS: Record<EnterpriseClaimStatus, string> = {
  PENDING: 'processing',
  APPROVED: 'success',
  REJECTED: 'error',
};

/** The caller's claims (认领企业) while they have no firm: what waits for the organiser's review. */
export function MyClaims() {
  const t = useT();
  const { data } = useQuery(MyEnterpriseClaimsDocument);
  const claims = data?.myEnterpriseClaims.edges.map((e) => e.node) ?? [];
  if (claims.length === 0) return null;
  const pending = claims.some((c) => c.status === 'PENDING');
  return (
    <Alert
      type={pending ? 'warning' : 'info'}
      showIcon
      style={{ marginBottom: 16 }}
      title={t(pending ? 'enterprise.claim.pending' : 'enterprise.claim.none')}
      description={
        <List
          size="small"
          dataSource={claims}
          renderItem={(c) => (
            <List.Item>
              <span>
                {c.name} <Tag color={CLAIM_STATUS_COLORS[c.status]}>{t(CLAIM_STATUS_LABELS[c.status])}</Tag>
                <span style={{ color: 'rgba(0,0,0,0.45)' }}>{formatDateTime(c.reviewedAt ?? c.createdAt)}</span>
              </span>
            </List.Item>
          )}
        />
      }
    />
  );
}
