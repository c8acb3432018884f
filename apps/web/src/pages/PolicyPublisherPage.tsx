import { Alert, Button, Space, Typography } from 'antd';
import { useState } from 'react';

import { useT } from '../app/i18n';
import { useMe } from '../modules/accounts/hooks/useMe';
import { IssuedPoliciesTable } from '../modules/policies/components/IssuedPoliciesTable';
import { PolicyApplicationsDrawer } from '../modules/policies/components/PolicyApplicationsDrawer';
import { PublishPolicyModal } from '../modules/policies/components/PublishPolicyModal';
import { useIssuedPolicies } from '../modules/policies/hooks/useIssuedPolicies';

/** 政策发布 for a government body: its policies, eligible-firm counts, publishing, applications to review. */
export default function PolicyPublisherPage() {
  const t = useT();
  const { me } = useMe();
  const { policies, loading, publishing, publish } = useIssuedPolicies();
  const [creating, setCreating] = useState(false);
  const [reviewing, setReviewing] = useState<{ id: string; title: string } | null>(null);
  const government = me?.enterprise?.participantType === 'GOVERNMENT';
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={3}>{t('publisher.title')}</Typography.Title>
        <Button type="primary" disabled={!government} onClick={() => setCreating(true)}>
          {t('publisher.new')}
        </Button>
      </Space>
      {!government && <Alert type="info" showIcon title={t('publisher.notGovernment')} style={{ marginBottom: 16 }} />}
      <IssuedPoliciesTable policies={policies} loading={loading} onShowApplications={setReviewing} />
      <PublishPolicyModal open={creating} saving={publishing} onClose={() => setCreating(false)} onSubmit={publish} />
      <PolicyApplicationsDrawer policy={reviewing} onClose={() => setReviewing(null)} />
    </>
  );
}
