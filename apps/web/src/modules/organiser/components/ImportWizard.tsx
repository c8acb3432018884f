import { Alert, Button, Card, Progress, Space, Table, Tag, Typography, Upload } from 'antd';

import { useT } from '../../../app/i18n';
import type { MessageId } from '../../../locales/zh-CN';
import { PREVIEW_PAGE, useListingImport } from '../hooks/useListingImport';
import { progressPercent } from '../utils/importCorrections';
import { ImportPreviewTable } from './ImportPreviewTable';

const REPORT_OUTCOMES: Record<string, MessageId> = {
  CREATED: 'import.report.outcome.CREATED',
  UPDATED: 'import.report.outcome.UPDATED',
  UNCHANGED: 'import.report.outcome.UNCHANGED',
  PROPOSED: 'import.report.outcome.PROPOSED',
  ERROR: 'import.report.outcome.ERROR',
};

/** Upload → preview (correct inferred categories) → commit with progress → per-row report. */
export function ImportWizard({ eventId }: { eventId: string }) {
  const t = useT();
  const im = useListingImport(eventId);
  const result = im.result;
  const running = im.committed && (!result || result.status === 'QUEUED' || result.status === 'RUNNING');
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <Upload
          accept=".xlsx,.xls,.csv,.tsv"
          showUploadList={false}
          beforeUpload={(file) => {
            void im.upload(file);
            return false;
          }}
        >
          <Button type="primary" loading={im.uploading} disabled={im.committing || running}>
            {t('import.upload')}
          </Button>
        </Upload>
        <Button href="/imports/listings-template.xlsx" download>
          {t('import.template')}
        </Button>
        <Typography.Text type="secondary">{t('import.uploadHint')}</Typography.Text>
      </Space>
      {im.fileError && <Alert type="error" title={im.fileError} role="alert" />}

      {im.preview && (
        <Card>
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Alert
              type={im.preview.rejected ? 'warning' : 'success'}
              title={t('import.summary', {
                filename: im.preview.filename,
                total: im.preview.total,
                accepted: im.preview.accepted,
                rejected: im.preview.rejected,
              })}
              description={im.skipped ? t('import.skipped', { count: im.skipped }) : undefined}
            />
            <ImportPreviewTable
              rows={im.preview.rows}
              total={im.preview.total}
              page={im.previewPage}
              pageSize={PREVIEW_PAGE}
              loading={im.previewLoading}
              chosen={im.chosen}
              onPage={im.setPreviewPage}
              onCorrect={im.correct}
            />
            <Button
              type="primary"
              onClick={() => void im.commit()}
              loading={im.committing}
              disabled={!im.preview.accepted || im.previewLoading}
            >
              {t('import.commit', { count: im.preview.accepted })}
            </Button>
          </Space>
        </Card>
      )}

      {im.committed && (
        <Card title={running ? t('import.committing') : undefined}>
          <Progress
            percent={progressPercent(result?.processed ?? 0, result?.total ?? 0)}
            status={result?.status === 'FAILED' ? 'exception' : running ? 'active' : 'success'}
            aria-label={t('import.committing')}
          />
          {result && (
            <Typography.Paragraph>
              {t('import.progress', { processed: result.processed, total: result.total })}
            </Typography.Paragraph>
          )}
          {result?.status === 'FAILED' && (
            <Alert type="error" title={t('import.failedRun', { error: result.error ?? '—' })} />
          )}
          {result?.status === 'DONE' && (
            <>
              <Alert
                type={result.failed ? 'warning' : 'success'}
                role="status"
                title={t('import.done', {
                  created: result.created,
                  updated: result.updated,
                  unchanged: result.unchanged,
                  proposed: result.proposed,
                  failed: result.failed,
                })}
                style={{ marginBottom: 12 }}
              />
              <Table
                rowKey={(r) => `${r.sheet ?? ''}#${r.row}`}
                size="small"
                dataSource={result.rows}
                pagination={{
                  current: im.reportPage,
                  pageSize: 50,
                  total: result.total,
                  onChange: im.setReportPage,
                  showSizeChanger: false,
                }}
                columns={[
                  { title: t('import.row'), dataIndex: 'row', width: 64 },
                  { title: t('import.sheet'), render: (_, r) => r.sheet ?? '—', width: 80 },
                  {
                    title: t('import.outcome'),
                    width: 110,
                    render: (_, r) => (
                      <Tag color={r.outcome === 'ERROR' ? 'red' : 'green'}>
                        {REPORT_OUTCOMES[r.outcome] ? t(REPORT_OUTCOMES[r.outcome]) : r.outcome}
                      </Tag>
                    ),
                  },
                  {
                    title: t('import.problems'),
                    render: (_, r) => r.errors.map((e) => `${e.column}：${e.message}`).join('；') || '—',
                  },
                ]}
              />
              <Button onClick={im.reset}>{t('import.again')}</Button>
            </>
          )}
        </Card>
      )}
    </Space>
  );
}
