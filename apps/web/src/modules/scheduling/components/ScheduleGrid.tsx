import { Alert, Typography } from 'antd';
import type { DragEvent } from 'react';
import { useState } from 'react';

import { useT } from '../../../app/i18n';
import { formatPeriod, formatTime } from '../../../shared/format';
import type { Refusal } from '../hooks/useScheduleActions';
import type { GridMeeting, GridSession } from '../utils/scheduleGrid';
import { cellName, sessionGrid, tableName } from '../utils/scheduleGrid';
import { MEETING_DRAG_TYPE, MeetingCard } from './MeetingCard';

export const REQUEST_DRAG_TYPE = 'application/x-duijie-request';

interface Props {
  session: GridSession & { startsAt: string; endsAt: string };
  tables: readonly { label: string; tags: readonly string[] }[];
  meetings: readonly GridMeeting[];
  refusal: Refusal | null;
  onMove: (meetingId: string, table: string, slot: string) => void;
  onBook: (requestId: string, table: string, slot: string) => void;
  onCancel: (meeting: GridMeeting) => void;
  onLock: (meeting: GridMeeting, locked: boolean) => void;
}

const border = '1px solid #f0f0f0';

/**
 * One session as tables × slots. Each cell is named "3号桌 10:00"; a meeting dragged onto a cell
 * is moved there, an accepted request dragged onto one is placed there; the API decides, and a
 * refusal is written in the cell it was aimed at.
 */
export function ScheduleGrid({ session, tables, meetings, refusal, onMove, onBook, onCancel, onLock }: Props) {
  const t = useT();
  const [over, setOver] = useState<string | null>(null);
  const rows = sessionGrid(session, tables, meetings);
  const same = (a: string, b: string) => new Date(a).getTime() === new Date(b).getTime();

  const onDragOver = (e: DragEvent<HTMLTableCellElement>, key: string) => {
    const types = e.dataTransfer.types;
    if (!types.includes(MEETING_DRAG_TYPE) && !types.includes(REQUEST_DRAG_TYPE)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'move';
    if (over !== key) setOver(key);
  };
  const onDrop = (e: DragEvent<HTMLTableCellElement>, table: string, slot: string) => {
    e.preventDefault();
    setOver(null);
    const meetingId = e.dataTransfer.getData(MEETING_DRAG_TYPE);
    const requestId = e.dataTransfer.getData(REQUEST_DRAG_TYPE);
    if (meetingId) {
      const current = meetings.find((meeting) => meeting.id === meetingId);
      if (current && current.table === table && same(current.startsAt, slot)) return;
      onMove(meetingId, table, slot);
    } else if (requestId) onBook(requestId, table, slot);
  };

  return (
    <section aria-label={session.title} style={{ marginBottom: 24 }}>
      <Typography.Title level={5}>
        {t('schedule.grid.session', { title: session.title, period: formatPeriod(session.startsAt, session.endsAt) })}
      </Typography.Title>
      <div style={{ overflowX: 'auto' }}>
        <table style={{ borderCollapse: 'collapse', minWidth: '100%', background: '#fff' }}>
          <thead>
            <tr>
              <th scope="col" style={{ border, padding: 8, textAlign: 'left', whiteSpace: 'nowrap' }}>
                {t('schedule.grid.table')}
              </th>
              {session.slots.map((slot) => (
                <th key={slot} scope="col" style={{ border, padding: 8, minWidth: 160 }}>
                  {formatTime(slot)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.table}>
                <th scope="row" style={{ border, padding: 8, textAlign: 'left', whiteSpace: 'nowrap' }}>
                  {tableName(row.table)}
                  {row.tags.length > 0 && (
                    <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                      {row.tags.join('、')}
                    </Typography.Text>
                  )}
                </th>
                {row.cells.map(({ slot, meeting }) => {
                  const key = `${row.table}@${slot}`;
                  const refused = refusal && refusal.table === row.table && same(refusal.slot, slot) ? refusal : null;
                  return (
                    <td
                      key={slot}
                      aria-label={cellName(row.table, slot)}
                      onDragOver={(e) => onDragOver(e, key)}
                      onDragLeave={() => setOver((k) => (k === key ? null : k))}
                      onDrop={(e) => onDrop(e, row.table, slot)}
                      style={{
                        border,
                        padding: 6,
                        verticalAlign: 'top',
                        background: over === key ? '#e6f4ff' : meeting?.locked ? '#fffbe6' : undefined,
                      }}
                    >
                      {meeting ? (
                        <MeetingCard meeting={meeting} onCancel={onCancel} onLock={onLock} />
                      ) : (
                        <Typography.Text type="secondary">{t('schedule.grid.free')}</Typography.Text>
                      )}
                      {refused && (
                        <Alert role="alert" type="error" showIcon style={{ marginTop: 6 }} title={refused.message} />
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
