import { Card, Statistic, Table } from 'antd';

import { useT } from '../../../app/i18n';

interface Props {
  applications: number;
  byPolicy: readonly { policyId: string; title: string; count: number }[];
}

/** The report dashboard's 惠企政策 card: firms that applied for policies at the event, by policy. */
export function PolicyReportCard({ applications, byPolicy }: Props) {
  const t = useT();
  return (
    <Card title={t('report.policies')} style={{ marginBottom: 16 }} role="region" aria-label={t('report.policies')}>
      <Statistic title={t('report.policies.count')} value={applications} />
      {byPolicy.length > 0 && (
        <Table
          rowKey="policyId"
          size="small"
          pagination={false}
          dataSource={[...byPolicy]}
          columns={[
            { title: t('report.policies.col.policy'), dataIndex: 'title' },
            { title: t('report.policies.col.count'), dataIndex: 'count' },
          ]}
        />
      )}
    </Card>
  );
}
