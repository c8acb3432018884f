/**
 * The meeting-scheduling problem of a docking event, free of the database: requests between two
 * firms are placed into (slot, table) pairs. Indices, not ids, so the solver works on arrays.
 */
export interface SlotSpec {
  /** Start and end in epoch milliseconds; slots never overlap. */
  start: number;
  end: number;
  /** Slots of the same session are consecutive; a gap penalty only counts within a session. */
  session: number;
}

export interface TableSpec {
  label: string;
  tags: readonly string[];
}

export interface RequestSpec {
  id: string;
  /** The two enterprises that meet. */
  parties: readonly [string, string];
  /** What placing this meeting is worth (> 0). */
  weight: number;
  /** Tags the table must carry (e.g. interpreter). */
  needs: readonly string[];
}

/**
 * A meeting already published or locked, or one slot of a round table (圆桌, its host and seated
 * firms): it stays where it is and blocks its parties and table.
 */
export interface FixedMeeting {
  requestId: string | null;
  parties: readonly string[];
  slot: number;
  table: number;
}

export interface SchedulingProblem {
  slots: readonly SlotSpec[];
  tables: readonly TableSpec[];
  requests: readonly RequestSpec[];
  /** Slot indices each firm cannot attend. */
  unavailable: ReadonlyMap<string, ReadonlySet<number>>;
  fixed: readonly FixedMeeting[];
}

export interface Placement {
  request: number;
  slot: number;
  table: number;
}

export enum UnplacedReason {
  /** The two firms share no slot that both can attend. */
  NO_COMMON_FREE_SLOT = 'NO_COMMON_FREE_SLOT',
  /** No table carries the tags the meeting needs, or all such tables are taken whenever both are free. */
  NO_SUITABLE_TABLE = 'NO_SUITABLE_TABLE',
  /** Free slots and tables existed, but other meetings were worth more. */
  CAPACITY = 'CAPACITY',
}

export const UNPLACED_REASON_TEXT: Record<UnplacedReason, string> = {
  [UnplacedReason.NO_COMMON_FREE_SLOT]: '双方没有共同的空闲时段',
  [UnplacedReason.NO_SUITABLE_TABLE]: '没有符合要求（如需翻译）的空闲洽谈桌',
  [UnplacedReason.CAPACITY]: '共同空闲时段的洽谈桌已被其他洽谈占满',
};

export interface Unplaced {
  request: number;
  reason: UnplacedReason;
}

export interface ScheduleResult {
  placements: Placement[];
  unplaced: Unplaced[];
  /** Total weight placed minus the gap penalty. */
  objective: number;
  /** No schedule can do better than this objective. */
  upperBound: number;
  solveMillis: number;
  /** OPTIMAL when the bound is reached; TIME_LIMIT when the solver stopped early; HEURISTIC when no solver ran. */
  status: 'OPTIMAL' | 'TIME_LIMIT' | 'HEURISTIC';
}

/** Weight of the penalty per extra block of meetings in a firm's session (an idle gap). */
export const GAP_PENALTY = 0.01;

/**
 * What placing a meeting is worth: one for the meeting itself, so more meetings always win,
 * plus up to half for a strong match and a quarter when both sides asked for it.
 */
export function meetingWeight(matchScore: number | null, mutual: boolean): number {
  const score = matchScore === null ? 0 : Math.min(1, Math.max(0, matchScore));
  return Math.round((1 + 0.5 * score + (mutual ? 0.25 : 0)) * 1e4) / 1e4;
}
