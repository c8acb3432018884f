import { Space, Tag } from 'antd';

import { useT } from '../../../app/i18n';
import type { AttendanceStatus } from '../../../generated/graphql';
import { ATTENDANCE_COLORS, ATTENDANCE_LABELS } from '../utils/attendanceLabels';

/** What a meeting's attendance shows: a party's agenda asks only for the status, organisers for the rest. */
export interface AttendanceView {
  walkIn: boolean;
  attendance: {
    status: AttendanceStatus;
    partiesDisagree?: boolean;
    absent?: readonly { id: string; name: string }[];
  };
}

/** 到场情况 of a meeting: its status, who was absent, a walk-in, the parties' disagreement. */
export function AttendanceTag({ meeting }: { meeting: AttendanceView }) {
  const t = useT();
  const a = meeting.attendance;
  return (
    <Space size={4} wrap>
      {meeting.walkIn && <Tag color="purple">{t('attendance.walkIn')}</Tag>}
      <Tag color={ATTENDANCE_COLORS[a.status]}>
        {a.status === 'NO_SHOW' && a.absent?.length
          ? t('attendance.absent', { names: a.absent.map((firm) => firm.name).join('、') })
          : t(ATTENDANCE_LABELS[a.status])}
      </Tag>
      {a.partiesDisagree && a.status !== 'DISPUTED' && <Tag color="orange">{t('attendance.disagree')}</Tag>}
    </Space>
  );
}
