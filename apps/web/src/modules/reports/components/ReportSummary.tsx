import { Card, Col, Row, Statistic } from 'antd';

import { useT } from '../../../app/i18n';
import { formatMoney } from '../../../shared/format';
import { formatShare } from '../utils/reportCharts';

interface Props {
  signedAmountCny: string;
  fulfilledAmountCny: string;
  localSupplyShare: number | null;
}

/** The headline numbers: signed and fulfilled amounts, 本地配套率. */
export function ReportSummary({ signedAmountCny, fulfilledAmountCny, localSupplyShare }: Props) {
  const t = useT();
  return (
    <Card style={{ marginBottom: 16 }}>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Statistic title={t('report.signedAmount')} value={formatMoney(signedAmountCny)} />
        </Col>
        <Col xs={24} md={8}>
          <Statistic title={t('report.fulfilledAmount')} value={formatMoney(fulfilledAmountCny)} />
        </Col>
        <Col xs={24} md={8}>
          <Statistic
            title={t('report.localShare')}
            value={formatShare(localSupplyShare) ?? t('report.localShare.none')}
          />
        </Col>
      </Row>
    </Card>
  );
}
