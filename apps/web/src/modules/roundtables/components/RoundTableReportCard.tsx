import { Card, Col, Row, Statistic } from 'antd';

import { useT } from '../../../app/i18n';

interface Figures {
  roundTables: number;
  seats: number;
  seatsTaken: number;
  hosts: number;
  seatedFirms: number;
}

/** The report dashboard's 圆桌对接 card: round tables held, seats taken of those offered, hosts, seated firms. */
export function RoundTableReportCard({ figures }: { figures: Figures }) {
  const t = useT();
  return (
    <Card title={t('roundTables.report')} style={{ marginTop: 16 }} data-testid="report-round-tables">
      <Row gutter={16}>
        <Col xs={12} md={6}>
          <Statistic title={t('roundTables.report.count')} value={figures.roundTables} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('roundTables.report.seats')} value={`${figures.seatsTaken}/${figures.seats}`} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('roundTables.report.hosts')} value={figures.hosts} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('roundTables.report.firms')} value={figures.seatedFirms} />
        </Col>
      </Row>
    </Card>
  );
}
