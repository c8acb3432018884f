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
      onRow={(m) => ({ 'aria-label': `${m.table} ${m.parties.map((p) => p.name).join(' ')}` }) as never}
      columns={[
        {
          title: t('eventDay.meetings.time'),
          key: 'time',
          render: (_, m) => `${formatDateTime(m.startsAt)}–${formatTime(m.endsAt)}`,
        },
        { title: t('eventDay.meetings.table'), dataIndex: 'table' },
        {
          title: t('eventDay.meetings.parties'),
          key: 'parties',
          render: (_, m) => m.parties.map((p) => p.name).join(' × '),
        },
        { title: t('attendance.status'), key: 'status', render: (_, m) => <AttendanceTag meeting={m} /> },
        {
          title: t('eventDay.meetings.actions'),
          key: 'actions',
          render: (_, m) =>
            hasStarted(m.startsAt, now) ? (
              <Space wrap size={4}>
                <Button size="small" loading={marking} onClick={() => void mark(m.id, 'HELD')}>
                  {t('attendance.markHeld')}
                </Button>
                {m.parties.map((p) => (
                  <Button
                    key={p.id}
                    size="small"
                    danger
                    loading={marking}
                    onClick={() => void mark(m.id, 'NO_SHOW', [p.id])}
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
                      m.id,
                      'NO_SHOW',
                      m.parties.map((p) => p.id),
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
