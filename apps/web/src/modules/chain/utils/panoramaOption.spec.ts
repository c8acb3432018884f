import type { MessageId } from '../../../locales/zh-CN';
import zhCN from '../../../locales/zh-CN';
import { formatMessage } from '../../../shared/format';
import { layeredLayout } from './chainLayout';
import type { Panorama } from './panoramaOption';
import { buildPanoramaOption, edgeTooltip, nodeTooltip } from './panoramaOption';

const t = (id: MessageId, values?: Record<string, string | number>) => formatMessage(zhCN[id], values);
const node = (
  code: string,
  name: string,
  over: Partial<Panorama['nodes'][number]> = {},
): Panorama['nodes'][number] => ({
  category: { code, name },
  layer: 0,
  inSector: true,
  firms: 0,
  openSupplies: 0,
  openDemands: 0,
  coverage: 'NONE',
  supplyQuantities: [],
  demandQuantities: [],
  ...over,
});
const panorama: Panorama = {
  sector: 'LIQUOR_TOBACCO',
  region: { code: '520300', name: '遵义市', fullName: '贵州省 遵义市' },
  investment: [],
  nodes: [
    node('3055', '玻璃包装容器制造', {
      inSector: false,
      firms: 3,
      openSupplies: 2,
      openDemands: 1,
      coverage: 'COVERED',
      supplyQuantities: [{ unit: '只', quantity: 30_000_000 }],
    }),
    node('1512', '白酒制造', { firms: 2, openSupplies: 1, coverage: 'EXPORT' }),
    node('2319', '包装装潢及其他印刷', { openDemands: 1, coverage: 'GAP' }),
  ],
  edges: [
    {
      fromCode: '3055',
      toCode: '1512',
      kind: 'PACKAGING',
      why: null,
      matchedPairs: 3,
      signedDeals: 1,
      signedAmountCny: '1250000.50',
    },
    {
      fromCode: '2319',
      toCode: '1512',
      kind: 'PACKAGING',
      why: null,
      matchedPairs: 0,
      signedDeals: 0,
      signedAmountCny: '0.00',
    },
  ],
};

describe('buildPanoramaOption', () => {
  const layout = layeredLayout(
    panorama.nodes.map((n) => n.category.code),
    panorama.edges.map((e) => ({ from: e.fromCode, to: e.toCode })),
  );
  const option = buildPanoramaOption(panorama, layout, t);
  const series = (option.series as any[])[0];

  it('places nodes by the layered layout, never by force, and colours them by coverage with a legend', () => {
    expect(series.layout).toBe('none');
    const glass = series.data.find((d: any) => d.id === '3055');
    expect(glass).toMatchObject({ x: layout.nodes.get('3055')!.x, y: layout.nodes.get('3055')!.y });
    expect(series.categories[glass.category].name).toBe('本地配套');
    expect(series.categories[series.data.find((d: any) => d.id === '2319').category].name).toBe('缺链');
    expect((option.legend as any[])[0].data).toEqual(['缺链', '本地配套', '外销优势', '暂无供需']);
    expect(glass.label.formatter).toContain('企业 3 · 供 2 / 需 1');
    // A neighbour outside the sector is drawn dashed.
    expect(glass.itemStyle.borderType).toBe('dashed');
  });

  it('links upstream to downstream with matches and the signed amount in the tooltip', () => {
    const link = series.links.find((l: any) => l.source === '3055');
    expect(link.target).toBe('1512');
    expect(link.tooltip.formatter).toBe(
      '玻璃包装容器制造 → 白酒制造（包装配套）<br/>匹配 3 对<br/>已签约 1 笔，金额 ¥1,250,000.50',
    );
    expect(link.lineStyle.width).toBeGreaterThan(series.links.find((l: any) => l.source === '2319').lineStyle.width);
  });

  it('writes node tooltips with quantities in 万', () => {
    expect(nodeTooltip(panorama.nodes[0], t)).toContain('供应 2 条 3000万只');
    const names = new Map([['2319', '包装装潢及其他印刷']]);
    expect(edgeTooltip(panorama.edges[1], names, t)).toContain('包装装潢及其他印刷 → 1512');
  });
});
