import type { ListBound } from '@duijie/common';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@duijie/common';
import { EVENT_LIMITS, EVENT_LIST } from '@duijie/events';
import { FinancingConditionCode, MAX_SHARED_DEALS } from '@duijie/finance';
import { COLUMNS, IMPORT_ROWS, MAX_SKIPPED_SHOWN } from '@duijie/imports';
import { INVESTMENT_LIMITS } from '@duijie/investment';
import { MatchReasonCodeEnum } from '@duijie/matching';
import { MAX_REGISTRATION_LISTINGS, ROUND_TABLE_LIMITS } from '@duijie/meetings';
import { MAX_WEBHOOKS } from '@duijie/notifications';
import { MAX_RULES, MY_POLICIES_MAX, REPORT_POLICIES_MAX } from '@duijie/policies';
import type { ReferenceService } from '@duijie/reference';
import { Sector } from '@duijie/reference';
import {
  MAX_IP_RIGHTS,
  MAX_TECH_CATEGORIES,
  TECH_MATCH_LIST,
  TECH_REPORT_REGIONS,
  TechMatchCondition,
} from '@duijie/research';

import type { Bound } from './limits';

/** Reference data's real sizes, read from what the API serves (the chain lives in Postgres). */
export interface ReferenceSizes {
  categories: () => number;
  /** The largest number of up- or downstream neighbours of one category. */
  chainNeighbours: () => number;
  /** The largest number of divisions directly under one region (or of provinces). */
  regionChildren: () => number;
  units: () => number;
  certifications: () => number;
}

export function referenceSizes(reference: ReferenceService): ReferenceSizes {
  let regionChildren: number | undefined;
  return {
    categories: () => reference.listCategories().length,
    chainNeighbours: () =>
      reference
        .listCategories()
        .reduce((n, c) => Math.max(n, reference.upstream(c.code).length, reference.downstream(c.code).length), 0),
    regionChildren: () => {
      if (regionChildren === undefined) {
        regionChildren = reference.regions.children(null).length;
        for (const code of reference.regions.codes())
          regionChildren = Math.max(regionChildren, reference.regions.children(code).length);
      }
      return regionChildren;
    },
    units: () => reference.units().length,
    certifications: () => reference.certifications().length,
  };
}

/**
 * Every list of objects in the schema, `Type.field` → its bound. A list field missing here is
 * costed at `UNKNOWN_LIST` (limits.ts; and `list-bounds.spec.ts` fails), so a new unbounded list cannot slip in.
 */
export function listBounds(sizes: ReferenceSizes): Record<string, () => Bound> {
  const first = (bound: ListBound) => () => ({ arg: 'first', bound }) as const;
  const fixed = (n: number) => () => n;
  return {
    'ChainCategory.downstream': sizes.chainNeighbours,
    'ChainCategory.upstream': sizes.chainNeighbours,
    'ChainPanorama.nodes': sizes.categories,
    // Each edge leaves one category, which has at most chainNeighbours downstream.
    'ChainPanorama.edges': () => sizes.categories() * sizes.chainNeighbours(),
    'ChainNodeMembers.investmentProjects': first(INVESTMENT_LIMITS.nodeProjects),
    'ChainPanorama.investment': sizes.categories,
    'ChainPanoramaNode.demandQuantities': sizes.units,
    'ChainPanoramaNode.supplyQuantities': sizes.units,
    'Deal.awaitingConfirmationFrom': fixed(2),
    'DockingEvent.categories': sizes.categories,
    'DockingEvent.deals': first(EVENT_LIST),
    'DockingEvent.meetingRequests': first(EVENT_LIST),
    'DockingEvent.meetings': first(EVENT_LIST),
    'DockingEvent.registrations': first(EVENT_LIST),
    'DockingEvent.roundTables': first(EVENT_LIST),
    'DockingEvent.sessions': fixed(EVENT_LIMITS.maxSessions),
    'DockingEvent.tables': fixed(EVENT_LIMITS.maxTables),
    'Enterprise.categories': sizes.categories,
    // The event's tables, and tables of meetings placed before a table was renamed: each at most maxTables.
    'EventFloor.tables': fixed(2 * EVENT_LIMITS.maxTables),
    'EventRegistration.listings': fixed(MAX_REGISTRATION_LISTINGS),
    'EventReport.byCategory': sizes.categories,
    'EventReport.bySector': fixed(Object.keys(Sector).length),
    'EventReport.chainGaps': sizes.categories,
    'EventPolicyReport.byPolicy': fixed(REPORT_POLICIES_MAX),
    'FinancingMatch.conditions': fixed(Object.keys(FinancingConditionCode).length),
    'FinancingNeed.dealShares': fixed(MAX_SHARED_DEALS),
    'FinancingNeed.sharedDeals': fixed(MAX_SHARED_DEALS),
    // Each column of a row can carry a problem, and the row one of its own.
    'ImportRowReport.errors': fixed(COLUMNS.length + 1),
    'ImportRowPreview.errors': fixed(COLUMNS.length + 1),
    'ImportRowPreview.warnings': fixed(COLUMNS.length + 1),
    'ListingImportPreview.rows': first(IMPORT_ROWS),
    'ListingImport.rows': first(IMPORT_ROWS),
    'ListingImportPreview.skippedRows': fixed(MAX_SKIPPED_SHOWN),
    'LoanReport.byRegion': fixed(100),
    'LoanReport.bySector': fixed(Object.keys(Sector).length),
    'InvestmentPipelineEntry.history': fixed(INVESTMENT_LIMITS.history),
    'InvestmentProject.categories': fixed(INVESTMENT_LIMITS.projectCategories),
    'InvestmentSummary.byCategory': sizes.categories,
    'InvestmentSummary.byRegion': fixed(INVESTMENT_LIMITS.summaryRegions),
    'InvestmentSummary.bySector': fixed(Object.keys(Sector).length),
    'MatchSuggestion.reasons': fixed(Object.keys(MatchReasonCodeEnum).length),
    'Meeting.parties': fixed(2),
    'MeetingAttendance.absent': fixed(2),
    'Meeting.ratings': fixed(2),
    // The region scope, then one condition per rule.
    'PolicyForFirm.conditions': fixed(MAX_RULES + 1),
    'Policy.rules': fixed(MAX_RULES),
    'Query.certifications': sizes.certifications,
    'Query.chainCategories': sizes.categories,
    // A firm is in one meeting per slot at most.
    'Query.myAgenda': fixed(EVENT_LIMITS.maxSlotsPerEvent),
    'Query.myRoundTables': fixed(ROUND_TABLE_LIMITS.maxPerFirm),
    'Query.myPolicies': fixed(MY_POLICIES_MAX),
    'Query.myConfirmedSales': fixed(MAX_SHARED_DEALS),
    'Query.partnerSuggestions': first({ fallback: DEFAULT_PAGE_SIZE, max: MAX_PAGE_SIZE }),
    'Query.regions': sizes.regionChildren,
    // `first` defaults to 5 in the schema (so it always arrives), at most 20.
    'Query.suggestCategories': first({ fallback: 5, max: 20 }),
    'Query.technologyNeedMatches': first(TECH_MATCH_LIST),
    'Query.technologyResultMatches': first(TECH_MATCH_LIST),
    'Query.units': sizes.units,
    'Query.webhooks': fixed(MAX_WEBHOOKS),
    'RoundTable.seats': fixed(ROUND_TABLE_LIMITS.maxCapacity),
    'TechnologyContractFigures.byCategory': sizes.categories,
    'TechnologyContractFigures.byRegion': fixed(TECH_REPORT_REGIONS),
    'TechnologyContractFigures.bySector': fixed(Object.keys(Sector).length),
    'TechnologyMatch.reasons': fixed(Object.keys(TechMatchCondition).length),
    'TechnologyResult.categories': fixed(MAX_TECH_CATEGORIES),
    'TechnologyResult.ipRights': fixed(MAX_IP_RIGHTS),
    'ScheduleRun.unplacedRequests': fixed(EVENT_LIST.max),
  };
}
