import { Card, Table, Typography } from 'antd';

import { useT } from '../../../app/i18n';
import type { EventReportQuery } from '../../../generated/graphql';

type Gap = EventReportQuery['eventReport']['chainGaps'][number];

/** 缺链: categories participants want to buy that no participant supplies, with their open demands. */
export function ChainGapsTable({ gaps }: { gaps: readonly Gap[] }) {
  const t = useT();
  return (
    <Card title={t('report.gaps')} style={{ marginBottom: 16 }}>
      <Typography.Paragraph type="secondary">{t('report.gaps.hint')}</Typography.Paragraph>
      {gaps.length === 0 ? (
        <Typography.Text>{t('report.gaps.none')}</Typography.Text>
      ) : (
        <Table
          size="small"
          rowKey={(g) => g.category.code}
          aria-label={t('report.gaps')}
          pagination={gaps.length > 10 ? { pageSize: 10 } : false}
          dataSource={gaps}
          columns={[
            { title: t('report.col.category'), render: (_, g) => `${g.category.name}（${g.category.code}）` },
            { title: t('report.gaps.demands'), dataIndex: 'demands', align: 'right' },
            { title: t('report.gaps.firms'), dataIndex: 'firms', align: 'right' },
            { title: t('report.gaps.examples'), render: (_, g) => g.examples.join('；') },
          ]}
        />
      )}
    </Card>
  );
}
