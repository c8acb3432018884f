import { Card, Col, Row, Statistic } from 'antd';

import { useT } from '../../../app/i18n';
import { formatMoney } from '../../../shared/format';

interface Props {
  loans: { needs: number; matchedNeeds: number; loans: number; amountCny: string };
}

/** The report dashboard's 政银企对接 card: needs raised at the event and loans disbursed for them. */
export function LoansCard({ loans }: Props) {
  const t = useT();
  return (
    <Card title={t('report.loans')} style={{ marginBottom: 16 }}>
      <Row gutter={16}>
        <Col xs={12} md={6}>
          <Statistic title={t('report.loans.needs')} value={loans.needs} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('report.loans.matchedNeeds')} value={loans.matchedNeeds} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('report.loans.loans')} value={loans.loans} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('report.loans.amount')} value={formatMoney(loans.amountCny)} />
        </Col>
      </Row>
    </Card>
  );
}
