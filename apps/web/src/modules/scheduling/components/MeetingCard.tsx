import { LockOutlined, UnlockOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Space, Tag, Tooltip, Typography } from 'antd';
import type { DragEvent } from 'react';

import { useT } from '../../../app/i18n';
import type { GridMeeting } from '../utils/scheduleGrid';

export const MEETING_DRAG_TYPE = 'application/x-duijie-meeting';

interface Props {
  meeting: GridMeeting;
  onCancel: (meeting: GridMeeting) => void;
  onLock: (meeting: GridMeeting, locked: boolean) => void;
}

/** One meeting in its cell: both firms, its state, and lock and cancel; dragged to move it. */
export function MeetingCard({ meeting, onCancel, onLock }: Props) {
  const t = useT();
  const [a, b] = meeting.parties;
  const name = t('schedule.meeting.name', { a: a?.name ?? '—', b: b?.name ?? '—' });
  const onDragStart = (e: DragEvent<HTMLDivElement>) => {
    e.dataTransfer.setData(MEETING_DRAG_TYPE, meeting.id);
    e.dataTransfer.effectAllowed = 'move';
  };
  return (
    <div
      role="group"
      aria-label={name}
      draggable
      onDragStart={onDragStart}
      className="schedule-meeting"
      data-locked={meeting.locked || undefined}
    >
      <Typography.Text strong ellipsis style={{ display: 'block' }}>
        {a?.name}
      </Typography.Text>
      <Typography.Text ellipsis style={{ display: 'block' }}>
        {b?.name}
      </Typography.Text>
      <Space size={4} wrap>
        {meeting.published && <Tag color="green">{t('schedule.meeting.published')}</Tag>}
        {meeting.locked && <Tag color="gold">{t('schedule.meeting.locked')}</Tag>}
        <Tooltip title={t(meeting.locked ? 'schedule.meeting.unlock' : 'schedule.meeting.lock')}>
          <Button
            size="small"
            type="text"
            aria-label={t(meeting.locked ? 'schedule.meeting.unlock' : 'schedule.meeting.lock')}
            icon={meeting.locked ? <LockOutlined /> : <UnlockOutlined />}
            onClick={() => onLock(meeting, !meeting.locked)}
          />
        </Tooltip>
        <Popconfirm title={t('schedule.meeting.cancelConfirm')} onConfirm={() => onCancel(meeting)}>
          <Button size="small" type="text" danger>
            {t('schedule.meeting.cancel')}
          </Button>
        </Popconfirm>
      </Space>
    </div>
  );
}
