import { Button, Space, Typography } from 'antd';
import { useState } from 'react';

import { useT } from '../app/i18n';
import { EnterpriseRequired } from '../modules/enterprises/components/EnterpriseRequired';
import { useMyEnterpriseId } from '../modules/enterprises/hooks/useMyEnterpriseId';
import { NeedFormModal } from '../modules/research/components/NeedFormModal';
import { TechnologyContractsTable } from '../modules/research/components/TechnologyContractsTable';
import { TechnologyNeedsTable } from '../modules/research/components/TechnologyNeedsTable';

/** 技术需求 (firms): my technology needs and their matched results, post one, technology contracts. */
export default function TechnologyNeedsPage() {
  const t = useT();
  const { enterpriseId, loading } = useMyEnterpriseId();
  const [open, setOpen] = useState(false);
  if (loading) return null;
  if (!enterpriseId) return <EnterpriseRequired />;
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={3}>{t('research.needs.title')}</Typography.Title>
        <Button type="primary" onClick={() => setOpen(true)}>
          {t('research.needs.create')}
        </Button>
      </Space>
      <Typography.Paragraph type="secondary">{t('research.needs.intro')}</Typography.Paragraph>
      <TechnologyNeedsTable />
      <TechnologyContractsTable />
      <NeedFormModal open={open} onClose={() => setOpen(false)} />
    </>
  );
}
