import { Card, Col, Row, Statistic } from 'antd';

import { useT } from '../../../app/i18n';
import { formatMoney } from '../../../shared/format';

interface Figures {
  signed: number;
  signedAmountCny: string;
  landed: number;
  landedAmountCny: string;
}

/** The report dashboard's 招商成效 card: investment signed and landed at the event. */
export function InvestmentReportCard({ total }: { total: Figures }) {
  const t = useT();
  return (
    <Card title={t('investment.report.title')} style={{ marginBottom: 16 }}>
      <Row gutter={16}>
        <Col xs={12} md={6}>
          <Statistic title={t('investment.report.signed')} value={total.signed} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('investment.report.signedAmount')} value={formatMoney(total.signedAmountCny)} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('investment.report.landed')} value={total.landed} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('investment.report.landedAmount')} value={formatMoney(total.landedAmountCny)} />
        </Col>
      </Row>
    </Card>
  );
}
