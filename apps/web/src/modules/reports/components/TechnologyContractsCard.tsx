import { Card, Col, Empty, Row, Statistic, Table } from 'antd';

import { useT } from '../../../app/i18n';
import type { EventReportQuery } from '../../../generated/graphql';
import { formatMoney } from '../../../shared/format';
import { SECTOR_LABELS } from '../../enterprises/utils/categoryOptions';

type Figures = EventReportQuery['eventReport']['technologyContracts'];

/** 产学研对接 on the report: technology contracts both sides confirmed, in all and by sector, category, region. */
export function TechnologyContractsCard({ figures }: { figures: Figures }) {
  const t = useT();
  const rows = [
    ...figures.bySector.map((s) => ({
      key: `s-${s.sector}`,
      group: t('report.technology.group.sector'),
      name: t(SECTOR_LABELS[s.sector]),
      ...s,
    })),
    ...figures.byCategory.map((c) => ({
      key: `c-${c.category.code}`,
      group: t('report.technology.group.category'),
      name: `${c.category.code} ${c.category.name}`,
      ...c,
    })),
    ...figures.byRegion.map((r) => ({
      key: `r-${r.region.code}`,
      group: t('report.technology.group.region'),
      name: r.region.name,
      ...r,
    })),
  ];
  return (
    <Card title={t('report.technology')} style={{ marginTop: 16 }} aria-label={t('report.technology')}>
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col xs={12}>
          <Statistic title={t('report.technology.contracts')} value={figures.contracts} />
        </Col>
        <Col xs={12}>
          <Statistic title={t('report.technology.amount')} value={formatMoney(figures.amountCny)} />
        </Col>
      </Row>
      <Table
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={rows}
        aria-label={t('report.technology')}
        locale={{ emptyText: <Empty description={t('report.technology.empty')} /> }}
        columns={[
          { title: t('report.technology.col.group'), dataIndex: 'group' },
          { title: t('report.technology.col.name'), dataIndex: 'name' },
          { title: t('report.technology.contracts'), dataIndex: 'contracts', align: 'right' },
          {
            title: t('report.technology.amount'),
            align: 'right',
            render: (_, r: { amountCny: string }) => formatMoney(r.amountCny),
          },
        ]}
      />
    </Card>
  );
}
