import { Button, Drawer, Empty, Space, Table, Tag } from 'antd';
import { useState } from 'react';

import { useT } from '../../../app/i18n';
import type { InvestmentProjectsQuery } from '../../../generated/graphql';
import { formatMoney } from '../../../shared/format';
import { useInvestmentLeads } from '../hooks/useInvestmentLeads';
import { useInvestmentProjects } from '../hooks/useInvestmentProjects';
import { PROJECT_STAGE_LABELS } from '../utils/pipelineStages';
import { LeadsTable } from './LeadsTable';
import { ProjectFormModal } from './ProjectFormModal';

type Project = InvestmentProjectsQuery['investmentProjects']['edges'][number]['node'];

/** 招商项目: a government body's own (post, edit, candidates), or everyone's for a firm. */
export function ProjectsPanel({ asGovernment }: { asGovernment: boolean }) {
  const t = useT();
  const { projects, loading, save, loadCandidates, candidates, candidatesLoading } =
    useInvestmentProjects(asGovernment);
  const { addCandidate } = useInvestmentLeads('', null, true);
  const [editing, setEditing] = useState<Project | null>(null);
  const [formOpen, setFormOpen] = useState(false);
  const [candidatesOf, setCandidatesOf] = useState<Project | null>(null);
  const showCandidates = (p: Project) => {
    setCandidatesOf(p);
    loadCandidates(p.id);
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {asGovernment && (
        <Button
          type="primary"
          onClick={() => {
            setEditing(null);
            setFormOpen(true);
          }}
        >
          {t('investment.projects.new')}
        </Button>
      )}
      <Table<Project>
        rowKey="id"
        dataSource={projects}
        loading={loading}
        pagination={false}
        size="small"
        aria-label={t('investment.projects.table')}
        locale={{ emptyText: <Empty description={t('investment.projects.empty')} /> }}
        columns={[
          { title: t('investment.project.title'), render: (_, p) => p.title },
          { title: t('investment.project.region'), render: (_, p) => p.region.fullName },
          { title: t('investment.project.categories'), render: (_, p) => p.categories.map((c) => c.name).join('、') },
          { title: t('investment.project.stage'), render: (_, p) => <Tag>{t(PROJECT_STAGE_LABELS[p.stage])}</Tag> },
          {
            title: t('investment.project.planned'),
            align: 'right',
            render: (_, p) => (p.plannedInvestmentCny ? formatMoney(p.plannedInvestmentCny) : '—'),
          },
          { title: t('investment.col.owner'), render: (_, p) => p.owner.name },
          ...(asGovernment
            ? [
                {
                  title: '',
                  render: (_: unknown, p: Project) => (
                    <Space>
                      <Button
                        size="small"
                        onClick={() => {
                          setEditing(p);
                          setFormOpen(true);
                        }}
                        aria-label={`${t('investment.projects.edit')} ${p.title}`}
                      >
                        {t('investment.projects.edit')}
                      </Button>
                      <Button
                        size="small"
                        onClick={() => showCandidates(p)}
                        aria-label={`${t('investment.projects.candidates')} ${p.title}`}
                      >
                        {t('investment.projects.candidates')}
                      </Button>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <ProjectFormModal open={formOpen} project={editing} onClose={() => setFormOpen(false)} onSave={save} />
      <Drawer
        open={!!candidatesOf}
        width={880}
        title={`${candidatesOf?.title ?? ''} · ${t('investment.projects.candidates')}`}
        onClose={() => setCandidatesOf(null)}
      >
        <LeadsTable
          leads={candidates}
          loading={candidatesLoading}
          label={t('investment.projects.candidates')}
          onAdd={(firmId) => {
            if (!candidatesOf) return;
            void addCandidate(firmId, candidatesOf.id).then(() => loadCandidates(candidatesOf.id));
          }}
        />
      </Drawer>
    </Space>
  );
}
