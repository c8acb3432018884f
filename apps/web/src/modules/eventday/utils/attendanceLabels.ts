import type { AttendanceStatus } from '../../../generated/graphql';
import type { MessageId } from '../../../locales/zh-CN';

/** 到场情况 by status: a new status fails the build until it has a label. */
export const ATTENDANCE_LABELS: Record<AttendanceStatus, MessageId> = {
  PENDING: 'attendance.PENDING',
  HELD: 'attendance.HELD',
  NO_SHOW: 'attendance.NO_SHOW',
  DISPUTED: 'attendance.DISPUTED',
};

export const ATTENDANCE_COLORS: Record<AttendanceStatus, string> = {
  PENDING: 'default',
  HELD: 'green',
  NO_SHOW: 'red',
  DISPUTED: 'orange',
};

/** Attendance can be marked once a meeting has started. */
export function hasStarted(startsAt: string, now: Date): boolean {
  return new Date(startsAt).getTime() <= now.getTime();
}
