import {
  amountForChart,
  buildBarOption,
  buildFunnelOption,
  formatShare,
  FUNNEL_STEPS,
  funnelSteps,
  reportWorkbookUrl,
} from './reportCharts';

const funnel = {
  registrations: 12,
  approved: 10,
  suggestions: 30,
  meetingRequests: 9,
  accepted: 7,
  placed: 6,
  held: 5,
  intents: 3,
  signed: 2,
  fulfilled: 1,
  signedAmountCny: '1250000.50',
  fulfilledAmountCny: '300000.00',
};

describe('report charts', () => {
  it('lays the funnel out in its order with the API numbers, every count step once', () => {
    const steps = funnelSteps(funnel, (id) => id);
    expect(steps.map((s) => s.value)).toEqual([12, 10, 30, 9, 7, 6, 5, 3, 2, 1]);
    expect(steps[0].name).toBe('report.funnel.registrations');
    expect(FUNNEL_STEPS).toHaveLength(Object.keys(funnel).length - 2);
    const option = buildFunnelOption(steps) as any;
    expect(option.series[0]).toMatchObject({ type: 'funnel', sort: 'none', max: 30 });
    expect(option.series[0].data).toEqual(steps);
    expect(option.aria.enabled).toBe(true);
  });

  it('draws an empty funnel without dividing by zero', () => {
    const zero = Object.fromEntries(
      Object.entries(funnel).map(([k, v]) => [k, typeof v === 'number' ? 0 : '0']),
    ) as any;
    expect((buildFunnelOption(funnelSteps(zero, (id) => id)) as any).series[0].max).toBe(1);
  });

  it('puts counts on the left axis and yuan on a right one', () => {
    const option = buildBarOption(['优质烟酒', '配套'], [{ name: '企业数', values: [3, 5] }], {
      name: '签约金额',
      values: [1000, 0],
    }) as any;
    expect(option.xAxis.data).toEqual(['优质烟酒', '配套']);
    expect(option.yAxis).toHaveLength(2);
    expect(option.series).toEqual([
      { type: 'bar', name: '企业数', data: [3, 5] },
      { type: 'bar', name: '签约金额', yAxisIndex: 1, data: [1000, 0] },
    ]);
    expect((buildBarOption(['a'], [{ name: 'n', values: [1] }], null) as any).yAxis).toHaveLength(1);
  });

  it('formats the local supply share and amounts', () => {
    expect(formatShare(0.625)).toBe('62.5%');
    expect(formatShare(1)).toBe('100%');
    expect(formatShare(null)).toBeNull();
    expect(amountForChart('1250000.50')).toBe(1250000.5);
    expect(amountForChart('x')).toBe(0);
    expect(reportWorkbookUrl('e 1')).toBe('/events/e%201/report.xlsx');
  });
});
