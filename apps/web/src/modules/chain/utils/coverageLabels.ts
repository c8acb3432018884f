import type { ChainLinkKind, CoverageStatus } from '../../../generated/graphql';
import type { MessageId } from '../../../locales/zh-CN';

/** Legend order: what needs attention first. */
export const COVERAGE_ORDER: CoverageStatus[] = ['GAP', 'COVERED', 'EXPORT', 'NONE'];

export const COVERAGE_LABELS: Record<CoverageStatus, MessageId> = {
  COVERED: 'chain.coverage.COVERED',
  GAP: 'chain.coverage.GAP',
  EXPORT: 'chain.coverage.EXPORT',
  NONE: 'chain.coverage.NONE',
};

export const COVERAGE_COLORS: Record<CoverageStatus, string> = {
  COVERED: '#52c41a',
  GAP: '#f5222d',
  EXPORT: '#1677ff',
  NONE: '#bfbfbf',
};

export const LINK_LABELS: Record<ChainLinkKind, MessageId> = {
  RAW_MATERIAL: 'chain.link.RAW_MATERIAL',
  PACKAGING: 'chain.link.PACKAGING',
  SERVICE: 'chain.link.SERVICE',
  IN_SECTOR: 'chain.link.IN_SECTOR',
  CROSS_SECTOR: 'chain.link.CROSS_SECTOR',
};
