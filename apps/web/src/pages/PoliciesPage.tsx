import { Skeleton, Typography } from 'antd';

import { useT } from '../app/i18n';
import { PolicyList } from '../modules/policies/components/PolicyList';
import { useMyPolicies } from '../modules/policies/hooks/useMyPolicies';

/** 惠企政策 for the firm: each open policy covering it, its conditions met or missing, 申报. */
export default function PoliciesPage() {
  const t = useT();
  const { policies, loading, applying, apply } = useMyPolicies();
  return (
    <>
      <Typography.Title level={3}>{t('policies.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('policies.intro')}</Typography.Paragraph>
      {loading ? (
        <Skeleton active />
      ) : (
        <PolicyList policies={policies} applying={applying} onApply={(id) => void apply(id)} />
      )}
    </>
  );
}
