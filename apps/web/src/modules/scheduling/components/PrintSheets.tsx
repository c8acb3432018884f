import { useT } from '../../../app/i18n';
import { formatDate, formatTime } from '../../../shared/format';
import type { GridMeeting } from '../utils/scheduleGrid';
import { tableName, tableSheets } from '../utils/scheduleGrid';

interface Props {
  title: string;
  tables: readonly { label: string }[];
  meetings: readonly (GridMeeting & { endsAt: string })[];
}

/**
 * The printed schedule: one sheet per table (time and both firms), laid on the table on the day.
 * Hidden on screen; `@media print` in app/global.css shows only these sheets, one per page.
 */
export function PrintSheets({ title, tables, meetings }: Props) {
  const t = useT();
  return (
    <div className="schedule-print">
      {tableSheets(tables, meetings).map((sheet) => (
        <section
          key={sheet.table}
          className="schedule-print-sheet"
          aria-label={t('schedule.print.sheet', { table: tableName(sheet.table) })}
        >
          <h2>{title}</h2>
          <h1>{t('schedule.print.sheet', { table: tableName(sheet.table) })}</h1>
          {sheet.meetings.length === 0 ? (
            <p>{t('schedule.print.empty')}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th>{t('schedule.print.time')}</th>
                  <th>{t('schedule.print.parties')}</th>
                </tr>
              </thead>
              <tbody>
                {sheet.meetings.map((meeting) => (
                  <tr key={meeting.id}>
                    <td>
                      {formatDate(meeting.startsAt)} {formatTime(meeting.startsAt)}–{formatTime(meeting.endsAt)}
                    </td>
                    <td>{meeting.parties.map((p) => p.name).join(' — ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ))}
    </div>
  );
}
