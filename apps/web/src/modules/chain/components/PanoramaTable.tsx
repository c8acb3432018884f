import { Button, Table, Tag } from 'antd';

import { useT } from '../../../app/i18n';
import { formatQuantity } from '../../../shared/format';
import { COVERAGE_COLORS, COVERAGE_LABELS } from '../utils/coverageLabels';
import type { PanoramaNode } from '../utils/panoramaOption';

/** The panorama's numbers as a table (what screen readers and browser tests read), upstream first. */
export function PanoramaTable({
  nodes,
  onShow,
  investment = [],
}: {
  nodes: PanoramaNode[];
  onShow: (code: string) => void;
  /** Projects and open leads (null unless a government body looks) per category. */
  investment?: { categoryCode: string; projects: number; openLeads: number | null }[];
}) {
  const investmentOf = new Map(investment.map((i) => [i.categoryCode, i]));
  const t = useT();
  const rows = [...nodes].sort((a, b) => a.layer - b.layer || a.category.code.localeCompare(b.category.code));
  const quantities = (qs: PanoramaNode['supplyQuantities']) =>
    qs.length ? `（${qs.map((q) => formatQuantity(q.quantity, q.unit)).join('、')}）` : '';
  return (
    <Table<PanoramaNode>
      rowKey={(n) => n.category.code}
      dataSource={rows}
      pagination={false}
      size="small"
      aria-label={t('chain.table.title')}
      columns={[
        {
          title: t('chain.table.category'),
          render: (_, n) => (
            <>
              {n.category.name}（{n.category.code}）
              {!n.inSector && <Tag style={{ marginLeft: 8 }}>{t('chain.table.neighbour')}</Tag>}
            </>
          ),
        },
        { title: t('chain.table.layer'), render: (_, n) => t('chain.table.layerValue', { layer: n.layer + 1 }) },
        { title: t('chain.table.firms'), dataIndex: 'firms', align: 'right' },
        {
          title: t('chain.table.supplies'),
          align: 'right',
          render: (_, n) => `${n.openSupplies}${quantities(n.supplyQuantities)}`,
        },
        {
          title: t('chain.table.demands'),
          align: 'right',
          render: (_, n) => `${n.openDemands}${quantities(n.demandQuantities)}`,
        },
        {
          title: t('chain.coverage'),
          render: (_, n) => <Tag color={COVERAGE_COLORS[n.coverage]}>{t(COVERAGE_LABELS[n.coverage])}</Tag>,
        },
        {
          title: t('menu.investment'),
          render: (_, n) => {
            const i = investmentOf.get(n.category.code);
            if (!i || (!i.projects && !i.openLeads)) return null;
            return i.openLeads
              ? t('investment.leadsOnNode', { projects: i.projects, leads: i.openLeads })
              : t('investment.projectsOnNode', { projects: i.projects });
          },
        },
        {
          title: '',
          render: (_, n) => (
            <Button
              size="small"
              onClick={() => onShow(n.category.code)}
              aria-label={`${t('chain.table.show')} ${n.category.name}`}
            >
              {t('chain.table.show')}
            </Button>
          ),
        },
      ]}
    />
  );
}
