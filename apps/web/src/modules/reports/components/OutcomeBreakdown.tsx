import { Card, Table, Typography } from 'antd';
import { useMemo } from 'react';

import { useT } from '../../../app/i18n';
import { EChart } from '../../../charts/EChart';
import type { MessageId } from '../../../locales/zh-CN';
import { formatMoney } from '../../../shared/format';
import { amountForChart, buildBarOption } from '../utils/reportCharts';

export interface OutcomeRow {
  key: string;
  name: string;
  firms: number;
  contracts: number;
  amountCny: string;
}

interface Props {
  title: MessageId;
  chartLabel: MessageId;
  nameColumn: MessageId;
  rows: OutcomeRow[];
}

/** Firms, contracts and signed amount per sector or chain category: bars, and the table of the same numbers. */
export function OutcomeBreakdown({ title, chartLabel, nameColumn, rows }: Props) {
  const t = useT();
  const option = useMemo(
    () =>
      buildBarOption(
        rows.map((r) => r.name),
        [
          { name: t('report.col.firms'), values: rows.map((r) => r.firms) },
          { name: t('report.col.contracts'), values: rows.map((r) => r.contracts) },
        ],
        { name: t('report.col.amount'), values: rows.map((r) => amountForChart(r.amountCny)) },
      ),
    [rows, t],
  );
  return (
    <Card title={t(title)} style={{ marginBottom: 16 }}>
      {rows.length === 0 ? (
        <Typography.Text type="secondary">{t('report.empty')}</Typography.Text>
      ) : (
        <>
          <EChart option={option} label={t(chartLabel)} />
          <Table
            size="small"
            rowKey="key"
            aria-label={t(title)}
            pagination={rows.length > 10 ? { pageSize: 10 } : false}
            dataSource={rows}
            columns={[
              { title: t(nameColumn), dataIndex: 'name' },
              { title: t('report.col.firms'), dataIndex: 'firms', align: 'right' },
              { title: t('report.col.contracts'), dataIndex: 'contracts', align: 'right' },
              {
                title: t('report.col.amount'),
                dataIndex: 'amountCny',
                align: 'right',
                render: (v: string) => formatMoney(v),
              },
            ]}
          />
        </>
      )}
    </Card>
  );
}
