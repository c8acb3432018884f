import { Alert, Card, Skeleton, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';

import { useT } from '../app/i18n';
import type { Sector } from '../generated/graphql';
import { PanoramaFilters } from '../modules/chain/components/PanoramaFilters';
import { LeadsTable } from '../modules/investment/components/LeadsTable';
import { PipelineTable } from '../modules/investment/components/PipelineTable';
import { ProjectsPanel } from '../modules/investment/components/ProjectsPanel';
import { useInvestmentLeads } from '../modules/investment/hooks/useInvestmentLeads';
import { useInvestmentPipeline } from '../modules/investment/hooks/useInvestmentPipeline';
import { useInvestmentViewer } from '../modules/investment/hooks/useInvestmentViewer';

/**
 * 产业招商: for a verified government body, leads of a region and sector, its projects and its
 * pipeline; for a firm, the projects and the bodies that contacted it (招商接洽).
 */
export default function InvestmentPage() {
  const t = useT();
  const viewer = useInvestmentViewer();
  const [regionCode, setRegion] = useState('520300');
  const [sector, setSector] = useState<Sector | null>('ECO_FOOD');
  const leads = useInvestmentLeads(regionCode, sector, !viewer.isGovernment);
  const pipeline = useInvestmentPipeline(viewer.loading ? null : viewer.isGovernment ? 'government' : 'firm');
  if (viewer.loading) return <Skeleton active />;

  const government = [
    {
      key: 'leads',
      label: t('investment.tab.leads'),
      children: (
        <Space direction="vertical" size="large" style={{ width: '100%' }}>
          <Typography.Paragraph type="secondary">{t('investment.leads.hint')}</Typography.Paragraph>
          <PanoramaFilters sector={sector} regionCode={regionCode} onSector={setSector} onRegion={setRegion} />
          {leads.error && <Alert type="error" showIcon title={leads.error.message} />}
          <LeadsTable
            leads={leads.leads}
            loading={leads.loading}
            label={t('investment.leads.table')}
            onAdd={(firmId, code) => void leads.addLead(firmId, code)}
          />
        </Space>
      ),
    },
    { key: 'projects', label: t('investment.tab.projects'), children: <ProjectsPanel asGovernment /> },
    {
      key: 'pipeline',
      label: t('investment.tab.pipeline'),
      children: (
        <PipelineTable
          entries={pipeline.entries}
          loading={pipeline.loading}
          label={t('investment.pipeline.table')}
          empty={t('investment.pipeline.empty')}
          onMove={pipeline.move}
        />
      ),
    },
  ];
  const firm = [
    {
      key: 'contacts',
      label: t('investment.tab.contacts'),
      children: (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Alert type="info" showIcon title={t('investment.governmentOnly')} />
          <PipelineTable
            entries={pipeline.contacts}
            loading={pipeline.loading}
            label={t('investment.contacts.table')}
            empty={t('investment.contacts.empty')}
          />
        </Space>
      ),
    },
    { key: 'projects', label: t('investment.tab.projects'), children: <ProjectsPanel asGovernment={false} /> },
  ];
  return (
    <Card title={t('investment.title')}>
      <Tabs items={viewer.isGovernment ? government : firm} />
    </Card>
  );
}
