import { Button, Space, Table } from 'antd';

import { useT } from '../../../app/i18n';
import { formatDateTime, formatTime } from '../../../shared/format';
import { useEventDayMeetings } from '../hooks/useEventDayMeetings';
import { useMarkAttendance } from '../hooks/useMarkAttendance';
import { hasStarted } from '../utils/attendanceLabels';
import { AttendanceTag } from './AttendanceTag';

/**
 * 洽谈到场 for organisers: every published meeting by time, its attendance, and once it has started
 * the organiser's mark (held, one party absent, both absent), which decides over the parties' marks.
 */
export function EventDayMeetings({ eventId }: { eventId: string }) {
  const t = useT();
  const { meetings, loading } = useEventDayMeetings(eventId);
  const { mark, loading: marking } = useMarkAttendance();
  const now = new Date();
  return (
    <Table
      rowKey="id"
      loading={loading}
      dataSource={meetings}
      pagination={false}
      scroll={{ x: true }}
      locale={{ emptyText: t('eventDay.meetings.empty') }}
      onRow={(meeting) =>
        ({ 'aria-label': `${meeting.table} ${meeting.parties.map((p) => p.name).join(' ')}` }) as never
      }
      columns={[
        {
          title: t('eventDay.meetings.time'),
          key: 'time',
          render: (_, meeting) => `${formatDateTime(meeting.startsAt)}–${formatTime(meeting.endsAt)}`,
        },
        { title: t('eventDay.meetings.table'), dataIndex: 'table' },
        {
          title: t('eventDay.meetings.parties'),
          key: 'parties',
          render: (_, meeting) => meeting.parties.map((p) => p.name).join(' × '),
        },
        { title: t('attendance.status'), key: 'status', render: (_, meeting) => <AttendanceTag meeting={meeting} /> },
        {
          title: t('eventDay.meetings.actions'),
          key: 'actions',
          render: (_, meeting) =>
            hasStarted(meeting.startsAt, now) ? (
              <Space wrap size={4}>
                <Button size="small" loading={marking} onClick={() => void mark(meeting.id, 'HELD')}>
                  {t('attendance.markHeld')}
                </Button>
                {meeting.parties.map((p) => (
                  <Button
                    key={p.id}
                    size="small"
                    danger
                    loading={marking}
                    onClick={() => void mark(meeting.id, 'NO_SHOW', [p.id])}
                  >
                    {t('attendance.markAbsent', { name: p.name })}
                  </Button>
                ))}
                <Button
                  size="small"
                  danger
                  loading={marking}
                  onClick={() =>
                    void mark(
                      meeting.id,
                      'NO_SHOW',
                      meeting.parties.map((p) => p.id),
                    )
                  }
                >
                  {t('attendance.markBothAbsent')}
                </Button>
              </Space>
            ) : null,
        },
      ]}
    />
  );
}
