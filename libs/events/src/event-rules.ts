import { chineseDateTime, FieldErrors } from '@duijie/common';

import { EVENT_LIMITS, slotCount } from './event-limits';

export interface EventDraft {
  title: string;
  theme: string;
  sectors: string[];
  categoryCodes: string[];
  venue: string;
  startsAt: Date;
  endsAt: Date;
  slotMinutes: number;
  tables: { label: string; tags: string[] }[];
  registrationClosesAt: Date | null;
  maxRequestsPerFirm: number;
}

const chars = (s: string) => [...s].length;

/** Trims text, de-duplicates sectors, categories and tags. */
export function normaliseEvent(d: EventDraft): EventDraft {
  return {
    ...d,
    title: d.title.trim(),
    theme: d.theme.trim(),
    venue: d.venue.trim(),
    sectors: [...new Set(d.sectors)],
    categoryCodes: [...new Set(d.categoryCodes.map((c) => c.trim()))],
    tables: d.tables.map((t) => ({
      label: t.label.trim(),
      tags: [...new Set(t.tags.map((x) => x.trim().toLowerCase()).filter(Boolean))],
    })),
  };
}

/** The rules of CreateDockingEventInput, each problem named by its field. */
export function checkEventDraft(d: EventDraft, hasCategory: (code: string) => boolean): FieldErrors {
  const errors = new FieldErrors();
  if (chars(d.title) < 1 || chars(d.title) > 120) errors.add('title', 'title（活动名称）长度须为 1 到 120 个字符');
  if (chars(d.theme) < 1 || chars(d.theme) > 200) errors.add('theme', 'theme（活动主题）长度须为 1 到 200 个字符');
  if (chars(d.venue) < 1 || chars(d.venue) > 200) errors.add('venue', 'venue（地点）长度须为 1 到 200 个字符');
  if (d.sectors.length === 0) errors.add('sectors', 'sectors（产业）至少选择一个');
  const unknown = d.categoryCodes.filter((c) => !hasCategory(c));
  if (unknown.length) errors.add('categoryCodes', `categoryCodes（产业链环节）中有未知代码：${unknown.join('、')}`);
  if (!(d.endsAt.getTime() > d.startsAt.getTime()))
    errors.add('endsAt', 'endsAt（结束时间）须晚于 startsAt（开始时间）');
  else if (d.endsAt.getTime() - d.startsAt.getTime() > EVENT_LIMITS.maxDays * 86_400_000)
    errors.add('endsAt', `endsAt（结束时间）距 startsAt（开始时间）不能超过 ${EVENT_LIMITS.maxDays} 天`);
  if (!Number.isInteger(d.slotMinutes) || d.slotMinutes < 5 || d.slotMinutes > 240) {
    errors.add('slotMinutes', 'slotMinutes（每场洽谈时长）须为 5 到 240 之间的整数（分钟）');
  }
  if (d.tables.length === 0) errors.add('tables', 'tables（洽谈桌）至少一张');
  else if (d.tables.length > EVENT_LIMITS.maxTables)
    errors.add('tables', `tables（洽谈桌）最多 ${EVENT_LIMITS.maxTables} 张`);
  const labels = d.tables.map((t) => t.label);
  if (labels.some((l) => chars(l) < 1 || chars(l) > 40))
    errors.add('tables', 'tables.label（桌号）长度须为 1 到 40 个字符');
  const dup = labels.filter((l, i) => labels.indexOf(l) !== i);
  if (dup.length) errors.add('tables', `tables.label（桌号）重复：${[...new Set(dup)].join('、')}`);
  if (d.registrationClosesAt && d.registrationClosesAt.getTime() > d.endsAt.getTime()) {
    errors.add('registrationClosesAt', 'registrationClosesAt（报名截止）不能晚于活动结束时间');
  }
  if (!Number.isInteger(d.maxRequestsPerFirm) || d.maxRequestsPerFirm < 1 || d.maxRequestsPerFirm > 500) {
    errors.add('maxRequestsPerFirm', 'maxRequestsPerFirm（每家企业可发起的洽谈请求数）须为 1 到 500 之间的整数');
  }
  return errors;
}

/** What already hangs on an event: its sessions and, per table, its placed meetings. */
export interface EventCommitments {
  sessions: { title: string; startsAt: Date; endsAt: Date }[];
  /** One entry per table holding meetings, with the tags those meetings' requests asked for. */
  meetingTables: { label: string; count: number; first: Date; last: Date; tags: string[] }[];
}

/**
 * The rules of UpdateDockingEventInput beyond those of creation: a change may not orphan what is
 * already placed — a table with meetings stays (with the tags its meetings need), the dates still
 * hold every session and meeting, the slot length stays while meetings exist, and the sessions
 * still fit the slot limits when it changes.
 */
export function checkEventChange(before: EventDraft, after: EventDraft, held: EventCommitments): FieldErrors {
  const errors = new FieldErrors();
  const tables = new Map(after.tables.map((t) => [t.label, t]));
  const gone = held.meetingTables.filter((t) => !tables.has(t.label));
  if (gone.length)
    errors.add(
      'tables',
      `tables（洽谈桌）不能删除已安排洽谈的桌：${gone.map((t) => `${t.label}（${t.count} 场）`).join('、')}；请先移走或取消这些洽谈`,
    );
  const untagged = held.meetingTables.flatMap((t) => {
    const kept = tables.get(t.label);
    const lost = kept ? t.tags.filter((tag) => !kept.tags.includes(tag)) : [];
    return lost.length ? [`${t.label}（${lost.join('、')}）`] : [];
  });
  if (untagged.length)
    errors.add('tables', `tables.tags（桌位标签）已安排的洽谈需要这些标签，不能去掉：${untagged.join('、')}`);

  const meetings = held.meetingTables.reduce((n, t) => n + t.count, 0);
  if (meetings > 0) {
    const first = new Date(Math.min(...held.meetingTables.map((t) => t.first.getTime())));
    const last = new Date(Math.max(...held.meetingTables.map((t) => t.last.getTime())));
    if (after.startsAt.getTime() > first.getTime())
      errors.add('startsAt', `startsAt（开始时间）不能晚于已安排的第一场洽谈（${chineseDateTime(first)}）`);
    if (after.endsAt.getTime() < last.getTime())
      errors.add('endsAt', `endsAt（结束时间）不能早于已安排的最后一场洽谈结束（${chineseDateTime(last)}）`);
    if (after.slotMinutes !== before.slotMinutes)
      errors.add('slotMinutes', `已安排 ${meetings} 场洽谈，不能修改 slotMinutes（每场洽谈时长）；请先取消这些洽谈`);
  }
  const outside = held.sessions.filter(
    (s) => s.startsAt.getTime() < after.startsAt.getTime() || s.endsAt.getTime() > after.endsAt.getTime(),
  );
  if (outside.length) {
    const names = outside.map((s) => `「${s.title}」`).join('、');
    if (outside.some((s) => s.startsAt.getTime() < after.startsAt.getTime()))
      errors.add('startsAt', `startsAt（开始时间）须包含已有的洽谈场次：${names}`);
    if (outside.some((s) => s.endsAt.getTime() > after.endsAt.getTime()))
      errors.add('endsAt', `endsAt（结束时间）须包含已有的洽谈场次：${names}`);
  }
  if (after.slotMinutes !== before.slotMinutes && held.sessions.length && Number.isInteger(after.slotMinutes)) {
    const counts = held.sessions.map((s) => slotCount(s.startsAt, s.endsAt, after.slotMinutes));
    const total = counts.reduce((a, b) => a + b, 0);
    if (counts.some((n) => n === 0)) errors.add('slotMinutes', 'slotMinutes（每场洽谈时长）长于已有的某个洽谈场次');
    else if (counts.some((n) => n > EVENT_LIMITS.maxSlotsPerSession))
      errors.add(
        'slotMinutes',
        `slotMinutes（每场洽谈时长）过短：场次最多切分为 ${EVENT_LIMITS.maxSlotsPerSession} 个洽谈时段`,
      );
    else if (total > EVENT_LIMITS.maxSlotsPerEvent)
      errors.add(
        'slotMinutes',
        `slotMinutes（每场洽谈时长）过短：活动的洽谈时段合计不能超过 ${EVENT_LIMITS.maxSlotsPerEvent} 个（将为 ${total} 个）`,
      );
  }
  return errors;
}
