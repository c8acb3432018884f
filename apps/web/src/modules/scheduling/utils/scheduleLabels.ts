import type { UnplacedReason } from '../../../generated/graphql';
import type { MessageId } from '../../../locales/zh-CN';

/** Why the scheduler left a request out; a new reason fails the build until it has words. */
export const UNPLACED_LABELS: Record<UnplacedReason, MessageId> = {
  NO_COMMON_FREE_SLOT: 'schedule.unplaced.NO_COMMON_FREE_SLOT',
  NO_SUITABLE_TABLE: 'schedule.unplaced.NO_SUITABLE_TABLE',
  CAPACITY: 'schedule.unplaced.CAPACITY',
};

export type RunStatus = 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED';

export const RUN_STATUS_LABELS: Record<RunStatus, MessageId> = {
  QUEUED: 'schedule.run.status.QUEUED',
  RUNNING: 'schedule.run.status.RUNNING',
  DONE: 'schedule.run.status.DONE',
  FAILED: 'schedule.run.status.FAILED',
};

/** A run the worker has not finished yet. */
export function isRunActive(status: string | null | undefined): boolean {
  return status === 'QUEUED' || status === 'RUNNING';
}

/** The schedule workbook of an event (REST, signed in by the session cookie). */
export function scheduleWorkbookUrl(eventId: string): string {
  return `/events/${encodeURIComponent(eventId)}/schedule.xlsx`;
}
