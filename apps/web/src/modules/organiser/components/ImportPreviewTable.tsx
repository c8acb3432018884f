import { Space, Table, Tag, Typography } from 'antd';

import { useT } from '../../../app/i18n';
import type { ListingImportPreviewQuery } from '../../../generated/graphql';
import { CategorySelect } from '../../enterprises/components/CategorySelect';
import { KIND_LABELS } from '../../listings/utils/listingLabels';
import type { RowRef } from '../utils/importCorrections';
import { rowKey } from '../utils/importCorrections';

type PreviewRow = ListingImportPreviewQuery['previewListingImport']['rows'][number];

/** The dry run's rows: outcome, errors and warnings, and the category (inferred ones correctable). */
export function ImportPreviewTable({
  rows,
  total,
  page,
  pageSize,
  loading,
  chosen,
  onPage,
  onCorrect,
}: {
  rows: PreviewRow[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  chosen: ReadonlyMap<string, { categoryCode: string }>;
  onPage: (page: number) => void;
  onCorrect: (row: RowRef, categoryCode: string) => void;
}) {
  const t = useT();
  return (
    <Table
      rowKey={(r) => rowKey(r)}
      size="small"
      loading={loading}
      dataSource={rows}
      scroll={{ x: 1100 }}
      pagination={{ current: page, pageSize, total, onChange: onPage, showSizeChanger: false }}
      onRow={(r) => ({ 'aria-label': `${r.sheet ? `${r.sheet} ` : ''}第 ${r.row} 行` }) as never}
      columns={[
        { title: t('import.row'), dataIndex: 'row', width: 64 },
        { title: t('import.sheet'), render: (_, r) => r.sheet ?? '—', width: 80 },
        {
          title: t('import.outcome'),
          width: 90,
          render: (_, r) => (
            <Tag color={r.outcome === 'ACCEPT' ? 'green' : 'red'}>
              {t(r.outcome === 'ACCEPT' ? 'import.outcome.ACCEPT' : 'import.outcome.REJECT')}
            </Tag>
          ),
        },
        {
          title: t('import.enterprise'),
          render: (_, r) => (
            <>
              {r.enterpriseName ?? '—'}
              {r.existingEnterprise && <Tag style={{ marginLeft: 4 }}>{t('import.existing')}</Tag>}
            </>
          ),
        },
        { title: t('import.kind'), width: 70, render: (_, r) => (r.kind ? t(KIND_LABELS[r.kind]) : '—') },
        { title: t('import.title'), dataIndex: 'title', render: (v: string | null) => v ?? '—' },
        {
          title: t('import.category'),
          width: 300,
          render: (_, r) => {
            const corrected = chosen.get(rowKey(r))?.categoryCode;
            return (
              <Space orientation="vertical" size={2} style={{ width: '100%' }}>
                {r.inferredCategory && !corrected && (
                  <Typography.Text type={r.inferredCategory.confidence < 0.5 ? 'warning' : 'secondary'}>
                    {t('import.inferred', {
                      name: r.inferredCategory.name,
                      confidence: `${Math.round(r.inferredCategory.confidence * 100)}%`,
                    })}
                  </Typography.Text>
                )}
                {corrected && <Tag color="blue">{t('import.corrected', { code: corrected })}</Tag>}
                <CategorySelect
                  value={corrected ?? r.categoryCode ?? undefined}
                  onChange={(code) =>
                    typeof code === 'string' && onCorrect({ row: r.row, sheet: r.sheet ?? null }, code)
                  }
                />
              </Space>
            );
          },
        },
        {
          title: t('import.problems'),
          render: (_, r) => (
            <>
              {r.errors.map((e, i) => (
                <Typography.Text key={`e${i}`} type="danger" style={{ display: 'block' }}>
                  {e.column}：{e.message}
                </Typography.Text>
              ))}
              {r.warnings.map((w, i) => (
                <Typography.Text key={`w${i}`} type="warning" style={{ display: 'block' }}>
                  {w.column}：{w.message}
                </Typography.Text>
              ))}
            </>
          ),
        },
      ]}
    />
  );
}
