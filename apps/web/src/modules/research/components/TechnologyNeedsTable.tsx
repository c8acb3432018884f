import { Empty, Table, Tag } from 'antd';

import { useT } from '../../../app/i18n';
import type { TechnologyNeedItemFragment } from '../../../generated/graphql';
import { formatDate, formatMoney } from '../../../shared/format';
import { useTechnologyNeeds } from '../hooks/useTechnologyNeeds';
import { MATURITY_LABELS } from '../utils/researchLabels';
import { TechnologyMatchesList } from './TechnologyMatchesList';

/** The firm's technology needs; a row opens onto its matched results, each explained. */
export function TechnologyNeedsTable() {
  const t = useT();
  const { needs, loading } = useTechnologyNeeds();
  return (
    <Table<TechnologyNeedItemFragment>
      rowKey="id"
      loading={loading}
      dataSource={needs}
      pagination={false}
      scroll={{ x: 800 }}
      aria-label={t('research.needs.title')}
      locale={{ emptyText: <Empty description={t('research.needs.empty')} /> }}
      expandable={{ expandRowByClick: true, expandedRowRender: (n) => <TechnologyMatchesList of={{ needId: n.id }} /> }}
      columns={[
        { title: t('research.need.title'), dataIndex: 'title' },
        { title: t('research.need.category'), render: (_, n) => n.category?.name ?? '' },
        { title: t('research.need.minMaturity'), render: (_, n) => <Tag>{t(MATURITY_LABELS[n.minMaturity])}</Tag> },
        {
          title: t('research.need.budget'),
          align: 'right',
          render: (_, n) => (n.budgetCny ? formatMoney(n.budgetCny) : t('research.need.budget.none')),
        },
        { title: t('research.need.deadline'), render: (_, n) => formatDate(n.deadline) },
        { title: t('research.need.event'), render: (_, n) => n.event?.title ?? '' },
      ]}
    />
  );
}
