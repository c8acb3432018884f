import type { Translate } from '../../../app/i18n';
import type { ChartOption } from '../../../charts/echarts';
import type { ChainPanoramaQuery } from '../../../generated/graphql';
import { formatMoney, formatQuantity } from '../../../shared/format';
import type { ChainLayout } from './chainLayout';
import { COVERAGE_COLORS, COVERAGE_LABELS, COVERAGE_ORDER, LINK_LABELS } from './coverageLabels';

export type Panorama = ChainPanoramaQuery['chainPanorama'];
export type PanoramaNode = Panorama['nodes'][number];
export type PanoramaEdge = Panorama['edges'][number];

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const lines = (text: string) => text.split('\n').map(escapeHtml).join('<br/>');
const quantities = (qs: PanoramaNode['supplyQuantities']) =>
  qs.map((q) => formatQuantity(q.quantity, q.unit)).join('、');

/** The tooltip of a node: its numbers in words. */
export function nodeTooltip(n: PanoramaNode, t: Translate): string {
  return t('chain.node.tooltip', {
    name: n.category.name,
    code: n.category.code,
    coverage: t(COVERAGE_LABELS[n.coverage]),
    firms: n.firms,
    supplies: n.openSupplies,
    supplyQuantity: quantities(n.supplyQuantities),
    demands: n.openDemands,
    demandQuantity: quantities(n.demandQuantities),
  }).trimEnd();
}

/** The tooltip of an edge: matched pairs and the signed amount along it. */
export function edgeTooltip(e: PanoramaEdge, names: Map<string, string>, t: Translate): string {
  return t('chain.edge.tooltip', {
    from: names.get(e.fromCode) ?? e.fromCode,
    to: names.get(e.toCode) ?? e.toCode,
    kind: t(LINK_LABELS[e.kind]),
    pairs: e.matchedPairs,
    deals: e.signedDeals,
    amount: formatMoney(e.signedAmountCny),
  });
}

/**
 * The panorama as an ECharts graph: nodes where the layered layout put them (no force layout),
 * coloured by local coverage with a legend, each labelled with its firms and open supply/demand;
 * edges as arrows, thicker with more matches and deals.
 */
export function buildPanoramaOption(p: Panorama, layout: ChainLayout, t: Translate): ChartOption {
  const names = new Map(p.nodes.map((n) => [n.category.code, n.category.name]));
  const back = new Set(layout.backEdges.map((e) => `${e.from}>${e.to}`));
  const categories = COVERAGE_ORDER.map((c) => ({
    name: t(COVERAGE_LABELS[c]),
    itemStyle: { color: COVERAGE_COLORS[c] },
  }));
  const data = p.nodes.map((n) => {
    const at = layout.nodes.get(n.category.code)!;
    return {
      id: n.category.code,
      name: n.category.name,
      x: at.x,
      y: at.y,
      category: COVERAGE_ORDER.indexOf(n.coverage),
      value: n.firms,
      tooltip: { formatter: lines(nodeTooltip(n, t)) },
      label: {
        color: n.coverage === 'NONE' ? '#262626' : '#fff',
        formatter: `{name|${n.category.name}}\n{counts|${t('chain.node.label', {
          firms: n.firms,
          supplies: n.openSupplies,
          demands: n.openDemands,
        })}}`,
      },
      itemStyle: n.inSector
        ? {}
        : { opacity: 0.7, borderType: 'dashed' as const, borderColor: '#595959', borderWidth: 1 },
    };
  });
  const links = p.edges.map((e) => ({
    source: e.fromCode,
    target: e.toCode,
    value: e.matchedPairs,
    tooltip: { formatter: lines(edgeTooltip(e, names, t)) },
    lineStyle: {
      width: 1 + Math.min(5, Math.log2(1 + e.matchedPairs + e.signedDeals)),
      curveness: back.has(`${e.fromCode}>${e.toCode}`) ? 0.3 : 0,
      color: e.signedDeals > 0 ? '#389e0d' : '#8c8c8c',
    },
  }));
  return {
    // Drawn at once: a screenshot or an exported image never catches nodes half grown.
    animation: false,
    aria: { enabled: true, label: { description: `${t('chain.title')} ${p.region.fullName}` } },
    tooltip: { trigger: 'item', confine: true },
    legend: [{ data: categories.map((c) => c.name), top: 0 }],
    series: [
      {
        type: 'graph',
        layout: 'none',
        roam: true,
        // Nodes keep their size whatever the fit of the layout into the box (the default scales them with it).
        nodeScaleRatio: 0,
        top: 48,
        bottom: 16,
        left: 100,
        right: 100,
        symbol: 'roundRect',
        symbolSize: [170, 44],
        edgeSymbol: ['none', 'arrow'],
        edgeSymbolSize: 8,
        categories,
        data,
        links,
        label: {
          show: true,
          rich: {
            name: { fontSize: 13, fontWeight: 'bold', lineHeight: 18 },
            counts: { fontSize: 11, lineHeight: 16 },
          },
        },
        emphasis: { focus: 'adjacency', lineStyle: { width: 4 } },
      },
    ],
  };
}
