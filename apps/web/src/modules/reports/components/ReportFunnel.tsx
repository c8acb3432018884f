import { Card, Col, Row, Table } from 'antd';
import { useMemo } from 'react';

import { useT } from '../../../app/i18n';
import { EChart } from '../../../charts/EChart';
import type { Funnel } from '../utils/reportCharts';
import { buildFunnelOption, funnelSteps } from '../utils/reportCharts';

/** 对接漏斗: the chart, and beside it the same numbers in a table (what screen readers and tests read). */
export function ReportFunnel({ funnel }: { funnel: Funnel }) {
  const t = useT();
  const steps = useMemo(() => funnelSteps(funnel, t), [funnel, t]);
  const option = useMemo(() => buildFunnelOption(steps), [steps]);
  return (
    <Card title={t('report.funnel')} style={{ marginBottom: 16 }}>
      <Row gutter={16}>
        <Col xs={24} md={14}>
          <EChart option={option} label={t('report.funnel.chart')} height={380} />
        </Col>
        <Col xs={24} md={10}>
          <Table
            size="small"
            pagination={false}
            rowKey="name"
            aria-label={t('report.funnel')}
            dataSource={steps}
            columns={[
              { title: t('report.funnel.step'), dataIndex: 'name' },
              { title: t('report.funnel.count'), dataIndex: 'value', align: 'right' },
            ]}
          />
        </Col>
      </Row>
    </Card>
  );
}
