import { Alert, Button, Skeleton, Space, Typography } from 'antd';
import { Link, useParams } from 'react-router';

import { useT } from '../app/i18n';
import { AppPath, pathTo } from '../app/paths';
import { SECTOR_LABELS } from '../modules/enterprises/utils/categoryOptions';
import { LoansCard } from '../modules/finance/components/LoansCard';
import { InvestmentReportCard } from '../modules/investment/components/InvestmentReportCard';
import { DealReviewCard } from '../modules/outcomes/components/DealReviewCard';
import { PolicyReportCard } from '../modules/policies/components/PolicyReportCard';
import { ChainGapsTable } from '../modules/reports/components/ChainGapsTable';
import { OutcomeBreakdown } from '../modules/reports/components/OutcomeBreakdown';
import { ReportFunnel } from '../modules/reports/components/ReportFunnel';
import { ReportSummary } from '../modules/reports/components/ReportSummary';
import { TechnologyContractsCard } from '../modules/reports/components/TechnologyContractsCard';
import { useEventReport } from '../modules/reports/hooks/useEventReport';
import { reportWorkbookUrl } from '../modules/reports/utils/reportCharts';
import { RoundTableReportCard } from '../modules/roundtables/components/RoundTableReportCard';
import NotFoundPage from './NotFoundPage';

/** The organiser's event report: the funnel, outcomes by sector and chain category, 本地配套率, 缺链. */
export default function EventReportPage() {
  const t = useT();
  const { eventId = '' } = useParams();
  const { title, report, loading, forbidden } = useEventReport(eventId);
  if (loading) return <Skeleton active />;
  if (forbidden) return <Alert type="warning" showIcon title={t('report.forbidden')} />;
  if (!report) return <NotFoundPage />;
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={3}>{t('report.title', { event: title ?? '' })}</Typography.Title>
        <Space>
          <Link to={pathTo(AppPath.EventSchedule, { eventId })}>{t('report.toSchedule')}</Link>
          <Button href={reportWorkbookUrl(eventId)} download>
            {t('report.download')}
          </Button>
        </Space>
      </Space>
      <ReportSummary
        signedAmountCny={report.funnel.signedAmountCny}
        fulfilledAmountCny={report.funnel.fulfilledAmountCny}
        localSupplyShare={report.localSupplyShare}
      />
      <ReportFunnel funnel={report.funnel} />
      <DealReviewCard eventId={eventId} />
      <InvestmentReportCard total={report.investment.total} />
      <OutcomeBreakdown
        title="report.bySector"
        chartLabel="report.bySector.chart"
        nameColumn="report.col.sector"
        rows={report.bySector.map((s) => ({ key: s.sector, name: t(SECTOR_LABELS[s.sector]), ...s }))}
      />
      <OutcomeBreakdown
        title="report.byCategory"
        chartLabel="report.byCategory.chart"
        nameColumn="report.col.category"
        rows={report.byCategory.map((c) => ({
          key: c.category.code,
          name: c.category.name,
          firms: c.firms,
          contracts: c.contracts,
          amountCny: c.amountCny,
        }))}
      />
      <ChainGapsTable gaps={report.chainGaps} />
      <RoundTableReportCard figures={report.roundTables} />
      <TechnologyContractsCard figures={report.technologyContracts} />
      <PolicyReportCard applications={report.policies.applications} byPolicy={report.policies.byPolicy} />
      <LoansCard loans={report.loans} />
    </>
  );
}
