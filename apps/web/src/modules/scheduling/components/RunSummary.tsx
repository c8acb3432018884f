import { Alert, Card, Col, Row, Statistic, Table, Tag, Typography } from 'antd';

import { useT } from '../../../app/i18n';
import type { ScheduleRunResultFragment } from '../../../generated/graphql';
import { formatDateTime } from '../../../shared/format';
import { boundShare } from '../utils/scheduleGrid';
import type { RunStatus } from '../utils/scheduleLabels';
import { isRunActive, RUN_STATUS_LABELS, UNPLACED_LABELS } from '../utils/scheduleLabels';

const STATUS_COLOR: Record<RunStatus, string> = {
  QUEUED: 'default',
  RUNNING: 'processing',
  DONE: 'success',
  FAILED: 'error',
};

/** The latest scheduler run: its progress, what it placed, how near the bound, and each request it left out with the reason. */
export function RunSummary({ run }: { run: ScheduleRunResultFragment | null }) {
  const t = useT();
  if (!run)
    return (
      <Card title={t('schedule.run.title')} style={{ marginBottom: 16 }}>
        <Typography.Text type="secondary">{t('schedule.run.none')}</Typography.Text>
      </Card>
    );
  const status = run.status as RunStatus;
  const share = boundShare(run.objective, run.upperBound);
  const done = status === 'DONE';
  const left = run.unplaced ?? 0;
  return (
    <Card
      title={t('schedule.run.title')}
      extra={<Typography.Text type="secondary">{formatDateTime(run.createdAt)}</Typography.Text>}
      style={{ marginBottom: 16 }}
    >
      <Row gutter={16}>
        <Col xs={12} md={6}>
          <Statistic
            title={t('schedule.run.status')}
            valueRender={() => (
              <Tag color={STATUS_COLOR[status]} aria-label={t('schedule.run.status')}>
                {t(RUN_STATUS_LABELS[status] ?? 'schedule.run.status.QUEUED')}
                {isRunActive(status) ? '…' : ''}
              </Tag>
            )}
          />
        </Col>
        <Col xs={12} md={4}>
          <Statistic title={t('schedule.run.placed')} value={done ? (run.placed ?? 0) : '—'} />
        </Col>
        <Col xs={12} md={4}>
          <Statistic title={t('schedule.run.unplaced')} value={done ? left : '—'} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic
            title={t('schedule.run.objective')}
            value={done ? `${run.objective ?? '—'} / ${run.upperBound ?? '—'}` : '—'}
          />
          {done && share !== null && (
            <Typography.Text type="secondary">{t('schedule.run.boundShare', { share })}</Typography.Text>
          )}
        </Col>
        <Col xs={12} md={4}>
          <Statistic
            title={t('schedule.run.solveTime')}
            value={
              run.solveMillis === null
                ? '—'
                : t('schedule.run.seconds', { seconds: (run.solveMillis / 1000).toFixed(2) })
            }
          />
        </Col>
      </Row>
      {status === 'FAILED' && (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 16 }}
          title={t('schedule.run.failed', { error: run.error ?? '—' })}
        />
      )}
      {done && run.unplacedRequests.length > 0 && (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('schedule.unplaced.title')}
          </Typography.Title>
          <Table
            size="small"
            rowKey={(u) => u.request.id}
            pagination={run.unplacedRequests.length > 10 ? { pageSize: 10 } : false}
            dataSource={run.unplacedRequests}
            aria-label={t('schedule.unplaced.title')}
            columns={[
              {
                title: t('schedule.unplaced.pair'),
                render: (_, u) => `${u.request.requester.name} — ${u.request.invitee.name}`,
              },
              {
                title: t('schedule.unplaced.reason'),
                render: (_, u) => <Tag color="orange">{t(UNPLACED_LABELS[u.reason])}</Tag>,
              },
            ]}
          />
          {left > run.unplacedRequests.length && (
            <Typography.Text type="secondary">
              {t('schedule.unplaced.more', { count: left - run.unplacedRequests.length })}
            </Typography.Text>
          )}
        </>
      )}
    </Card>
  );
}
