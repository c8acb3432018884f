import { Button } from 'antd';

import { useT } from '../../../app/i18n';
import { useMarkAttendance } from '../hooks/useMarkAttendance';
import type { AttendanceView } from './AttendanceTag';
import { AttendanceTag } from './AttendanceTag';

/** In a firm's agenda, once a meeting has started: its attendance, and the party's own mark (held / the other did not come). */
export function PartyAttendanceActions({ meeting }: { meeting: AttendanceView & { id: string } }) {
  const t = useT();
  const { mark, loading } = useMarkAttendance();
  return (
    <>
      <AttendanceTag meeting={meeting} />
      <Button size="small" loading={loading} onClick={() => void mark(meeting.id, 'HELD')}>
        {t('attendance.markHeld')}
      </Button>
      <Button size="small" danger loading={loading} onClick={() => void mark(meeting.id, 'NO_SHOW')}>
        {t('attendance.markOtherAbsent')}
      </Button>
    </>
  );
}
