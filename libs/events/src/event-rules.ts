import { FieldErrors } from '@duijie/common';

import { EVENT_LIMITS } from './event-limits';

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
