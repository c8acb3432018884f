import type { Ref } from 'react';
import { useEffect, useImperativeHandle, useRef } from 'react';

import type { ChartOption } from '../../../charts/echarts';
import { echarts } from '../../../charts/echarts';

export interface PanoramaChartHandle {
  /** The chart as a PNG data URL (white background, twice the screen's resolution). */
  pngDataUrl: () => string | null;
}

/** Draws the panorama's ECharts option; a click on a node names its category code. */
export function PanoramaChart({
  option,
  height,
  label,
  onNodeClick,
  ref,
}: {
  option: ChartOption;
  height: number;
  label: string;
  onNodeClick: (code: string) => void;
  ref?: Ref<PanoramaChartHandle>;
}) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const click = useRef(onNodeClick);
  click.current = onNodeClick;

  useEffect(() => {
    const instance = echarts.init(el.current, undefined, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (params) => {
      if (params.dataType === 'node') click.current(String((params.data as { id: string }).id));
    });
    const resize = () => instance.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
    chart.current?.resize();
  }, [option, height]);

  useImperativeHandle(ref, () => ({
    pngDataUrl: () => chart.current?.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' }) ?? null,
  }));

  return <div ref={el} role="img" aria-label={label} style={{ width: '100%', height }} />;
}
