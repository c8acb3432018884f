import { Button, Table, Tag, Typography } from 'antd';

import { useT } from '../../../app/i18n';
import type { InvestmentLeadsQuery } from '../../../generated/graphql';
import { formatScore } from '../../../shared/format';
import { STAGE_LABELS } from '../utils/pipelineStages';

type Lead = InvestmentLeadsQuery['investmentLeads']['edges'][number]['node'];

/** Leads (or a project's candidates): the firm, what it makes, its fit and why, and 加入招商进度. */
export function LeadsTable({
  leads,
  loading,
  label,
  onAdd,
}: {
  leads: Lead[] | Omit<Lead, 'region'>[];
  loading: boolean;
  label: string;
  onAdd: (firmId: string, categoryCode: string) => void;
}) {
  const t = useT();
  return (
    <Table
      rowKey={(l) => `${l.firm.id}:${l.category.code}`}
      dataSource={leads as Lead[]}
      loading={loading}
      pagination={false}
      size="small"
      aria-label={label}
      columns={[
        { title: t('investment.col.firm'), render: (_, l) => l.firm.name },
        { title: t('investment.col.category'), render: (_, l) => `${l.category.name}（${l.category.code}）` },
        { title: t('investment.col.score'), align: 'right', render: (_, l) => formatScore(l.score) },
        {
          title: t('investment.col.reasons'),
          render: (_, l) => (
            <ul style={{ margin: 0, paddingLeft: 16 }}>
              {l.reasons.map((r) => (
                <li key={r}>
                  <Typography.Text>{r}</Typography.Text>
                </li>
              ))}
            </ul>
          ),
        },
        {
          title: '',
          render: (_, l) =>
            l.pipelineEntry ? (
              <Tag color="blue">{t('investment.inPipeline', { stage: t(STAGE_LABELS[l.pipelineEntry.stage]) })}</Tag>
            ) : (
              <Button
                size="small"
                type="primary"
                onClick={() => onAdd(l.firm.id, l.category.code)}
                aria-label={`${t('investment.addToPipeline')} ${l.firm.name}`}
              >
                {t('investment.addToPipeline')}
              </Button>
            ),
        },
      ]}
    />
  );
}
