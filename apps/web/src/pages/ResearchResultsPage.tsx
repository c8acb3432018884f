import { Button, Space, Typography } from 'antd';
import { useState } from 'react';

import { useT } from '../app/i18n';
import type { TechnologyResultItemFragment } from '../generated/graphql';
import { EnterpriseRequired } from '../modules/enterprises/components/EnterpriseRequired';
import { useMyEnterpriseId } from '../modules/enterprises/hooks/useMyEnterpriseId';
import { ResultFormModal } from '../modules/research/components/ResultFormModal';
import { TechnologyContractsTable } from '../modules/research/components/TechnologyContractsTable';
import { TechnologyResultsTable } from '../modules/research/components/TechnologyResultsTable';

/** 技术成果 (research bodies): my results and their matched needs, publish or edit one, technology contracts. */
export default function ResearchResultsPage() {
  const t = useT();
  const { enterpriseId, loading } = useMyEnterpriseId();
  const [editing, setEditing] = useState<TechnologyResultItemFragment | null>(null);
  const [open, setOpen] = useState(false);
  if (loading) return null;
  if (!enterpriseId) return <EnterpriseRequired />;
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={3}>{t('research.results.title')}</Typography.Title>
        <Button
          type="primary"
          onClick={() => {
            setEditing(null);
            setOpen(true);
          }}
        >
          {t('research.results.create')}
        </Button>
      </Space>
      <Typography.Paragraph type="secondary">{t('research.results.intro')}</Typography.Paragraph>
      <TechnologyResultsTable
        onEdit={(r) => {
          setEditing(r);
          setOpen(true);
        }}
      />
      <TechnologyContractsTable />
      <ResultFormModal open={open} editing={editing} onClose={() => setOpen(false)} />
    </>
  );
}
