import { Button, Empty, Table, Tag } from 'antd';

import { useT } from '../../../app/i18n';
import type { TechnologyResultItemFragment } from '../../../generated/graphql';
import { formatMoney } from '../../../shared/format';
import { useTechnologyResults } from '../hooks/useTechnologyResults';
import { MATURITY_LABELS, MODE_LABELS } from '../utils/researchLabels';
import { TechnologyMatchesList } from './TechnologyMatchesList';

/** The research body's results; a row opens onto its matched needs. */
export function TechnologyResultsTable({ onEdit }: { onEdit: (r: TechnologyResultItemFragment) => void }) {
  const t = useT();
  const { results, loading } = useTechnologyResults();
  return (
    <Table<TechnologyResultItemFragment>
      rowKey="id"
      loading={loading}
      dataSource={results}
      pagination={false}
      scroll={{ x: 800 }}
      aria-label={t('research.results.title')}
      locale={{ emptyText: <Empty description={t('research.results.empty')} /> }}
      expandable={{
        expandRowByClick: true,
        expandedRowRender: (r) => <TechnologyMatchesList of={{ resultId: r.id }} />,
      }}
      columns={[
        { title: t('research.result.title'), dataIndex: 'title' },
        { title: t('research.result.maturity'), render: (_, r) => <Tag>{t(MATURITY_LABELS[r.maturity])}</Tag> },
        {
          title: t('research.result.modes'),
          render: (_, r) => r.cooperationModes.map((m) => t(MODE_LABELS[m])).join('、'),
        },
        {
          title: t('research.result.price'),
          align: 'right',
          render: (_, r) => (r.priceCny ? formatMoney(r.priceCny) : t('research.result.negotiable')),
        },
        {
          title: t('research.result.open'),
          render: (_, r) =>
            r.open ? <Tag color="success">{t('research.result.open')}</Tag> : <Tag>{t('research.result.closed')}</Tag>,
        },
        {
          title: t('common.actions'),
          render: (_, r) => (
            <Button size="small" onClick={() => onEdit(r)}>
              {t('research.result.edit')}
            </Button>
          ),
        },
      ]}
    />
  );
}
