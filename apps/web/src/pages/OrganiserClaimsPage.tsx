import { Card, Typography } from 'antd';

import { useT } from '../app/i18n';
import { ClaimsReview } from '../modules/organiser/components/ClaimsReview';

export default function OrganiserClaimsPage() {
  const t = useT();
  return (
    <Card title={t('claims.title')}>
      <Typography.Paragraph type="secondary">{t('claims.hint')}</Typography.Paragraph>
      <ClaimsReview />
    </Card>
  );
}
