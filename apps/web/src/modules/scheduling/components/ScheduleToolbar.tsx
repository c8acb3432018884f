import { Button, Popconfirm, Space, Typography } from 'antd';

import { useT } from '../../../app/i18n';
import { formatDateTime } from '../../../shared/format';
import { scheduleWorkbookUrl } from '../utils/scheduleLabels';

interface Props {
  eventId: string;
  publishedAt: string | null;
  hasRun: boolean;
  running: boolean;
  canRun: boolean;
  starting: boolean;
  publishing: boolean;
  onRun: () => void;
  onPublish: () => void;
}

/** Run the scheduler, publish, download the workbook, print the table sheets. */
export function ScheduleToolbar(p: Props) {
  const t = useT();
  return (
    <Space wrap style={{ marginBottom: 16 }}>
      <Button type="primary" loading={p.starting || p.running} disabled={!p.canRun} onClick={p.onRun}>
        {p.running ? t('schedule.running') : t(p.hasRun ? 'schedule.rerun' : 'schedule.run')}
      </Button>
      <Popconfirm title={t('schedule.publishConfirm')} onConfirm={p.onPublish} disabled={p.running}>
        <Button loading={p.publishing} disabled={p.running}>
          {t('schedule.publish')}
        </Button>
      </Popconfirm>
      <Button href={scheduleWorkbookUrl(p.eventId)} download>
        {t('schedule.download')}
      </Button>
      <Button onClick={() => window.print()}>{t('schedule.print')}</Button>
      <Typography.Text type={p.publishedAt ? 'success' : 'secondary'}>
        {p.publishedAt ? t('schedule.publishedAt', { at: formatDateTime(p.publishedAt) }) : t('schedule.notPublished')}
      </Typography.Text>
    </Space>
  );
}
