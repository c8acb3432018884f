import { useEffect, useRef } from 'react';

import type { ChartOption } from './echarts';
import { echarts } from './echarts';

interface Props {
  option: ChartOption;
  /** What the chart shows, for screen readers (its numbers sit in a table beside it). */
  label: string;
  height?: number;
}

/** Draws one ECharts option into a div, redraws when the option changes, follows the div's width. */
export function EChart({ option, label, height = 320 }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const instance = echarts.init(el, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);
  // ECharts writes its own description of the data into the chart div's aria-label; the figure names the chart.
  return (
    <div role="figure" aria-label={label}>
      <div ref={ref} style={{ width: '100%', height }} />
    </div>
  );
}
