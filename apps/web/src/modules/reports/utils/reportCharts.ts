import type { ChartOption } from '../../../charts/echarts';
import type { EventReportQuery } from '../../../generated/graphql';
import type { MessageId } from '../../../locales/zh-CN';

export type Funnel = EventReportQuery['eventReport']['funnel'];
export type FunnelCountKey = Exclude<keyof Funnel, '__typename' | 'signedAmountCny' | 'fulfilledAmountCny'>;

/** The funnel's steps in order, each with its words (对接漏斗). */
export const FUNNEL_STEPS: { key: FunnelCountKey; label: MessageId }[] = [
  { key: 'registrations', label: 'report.funnel.registrations' },
  { key: 'approved', label: 'report.funnel.approved' },
  { key: 'suggestions', label: 'report.funnel.suggestions' },
  { key: 'meetingRequests', label: 'report.funnel.meetingRequests' },
  { key: 'accepted', label: 'report.funnel.accepted' },
  { key: 'placed', label: 'report.funnel.placed' },
  { key: 'held', label: 'report.funnel.held' },
  { key: 'intents', label: 'report.funnel.intents' },
  { key: 'signed', label: 'report.funnel.signed' },
  { key: 'fulfilled', label: 'report.funnel.fulfilled' },
];

export interface Step {
  name: string;
  value: number;
}

/** The funnel as named steps, in order. */
export function funnelSteps(funnel: Funnel, label: (id: MessageId) => string): Step[] {
  return FUNNEL_STEPS.map((s) => ({ name: label(s.label), value: funnel[s.key] }));
}

/** A funnel chart of the steps in their order (not sorted by size: the order is the story). */
export function buildFunnelOption(steps: Step[]): ChartOption {
  const max = Math.max(1, ...steps.map((s) => s.value));
  return {
    aria: { enabled: true },
    tooltip: { trigger: 'item', formatter: '{b}：{c}' },
    series: [
      {
        type: 'funnel',
        sort: 'none',
        min: 0,
        max,
        minSize: '8%',
        left: '10%',
        width: '80%',
        label: { show: true, position: 'inside', formatter: '{b} {c}' },
        data: steps.map((s) => ({ name: s.name, value: s.value })),
      },
    ],
  };
}

/** An exact decimal string as a number for drawing only (tables show the exact string). */
export function amountForChart(amount: string): number {
  const n = Number(amount);
  return Number.isFinite(n) ? n : 0;
}

/** Bars per category: counts on the left axis, yuan on the right one. */
export function buildBarOption(
  categories: string[],
  counts: { name: string; values: number[] }[],
  amount: { name: string; values: number[] } | null,
): ChartOption {
  return {
    aria: { enabled: true },
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 48, right: amount ? 72 : 24, top: 36, bottom: 72 },
    xAxis: { type: 'category', data: categories, axisLabel: { interval: 0, rotate: categories.length > 5 ? 30 : 0 } },
    yAxis: [
      { type: 'value', minInterval: 1 },
      ...(amount ? [{ type: 'value' as const, name: '元', position: 'right' as const }] : []),
    ],
    series: [
      ...counts.map((c) => ({ type: 'bar' as const, name: c.name, data: c.values })),
      ...(amount ? [{ type: 'bar' as const, name: amount.name, yAxisIndex: 1, data: amount.values }] : []),
    ],
  };
}

/** 本地配套率 as `62.5%`, null when nothing is signed. */
export function formatShare(share: number | null | undefined): string | null {
  return share === null || share === undefined ? null : `${Math.round(share * 1000) / 10}%`;
}

/** The event report workbook (REST, signed in by the session cookie). */
export function reportWorkbookUrl(eventId: string): string {
  return `/events/${encodeURIComponent(eventId)}/report.xlsx`;
}
