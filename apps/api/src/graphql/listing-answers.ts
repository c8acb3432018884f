import type { Viewer } from '@duijie/accounts';
import { MAX_PAGE_SIZE, pageSize } from '@duijie/common';
import type { ListingKind, ListingStatus } from '@duijie/listings';
import { ListingPageCache } from '@duijie/listings';

import type { SnapshotRoot } from './answer-reuse';

/**
 * Fields below `listings` whose values are the same for every viewer: columns of the listing and
 * of its firm, and reference data. Left out on purpose: a firm's contact (shown only to those with
 * business with it), `needsReview`, counts and suggestions (read from other tables), `totalCount`
 * (the database's, with this viewer's ties). A field missing here only means the operation runs.
 */
export const LISTING_PAGE_PURE_FIELDS: ReadonlySet<string> = new Set([
  ...['edges', 'pageInfo'].map((f) => `ListingConnection.${f}`),
  ...['cursor', 'node'].map((f) => `ListingEdge.${f}`),
  ...['endCursor', 'hasNextPage', 'hasPreviousPage', 'startCursor'].map((f) => `PageInfo.${f}`),
  ...[
    'id',
    'kind',
    'title',
    'description',
    'quantity',
    'unit',
    'priceMin',
    'priceMax',
    'priceNegotiable',
    'certifications',
    'validUntil',
    'status',
    'confidential',
    'createdAt',
    'updatedAt',
    'matchingStatus',
    'category',
    'region',
    'enterprise',
  ].map((f) => `Listing.${f}`),
  ...[
    'id',
    'name',
    'creditCode',
    'sector',
    'participantType',
    'scale',
    'description',
    'createdAt',
    'verificationStatus',
    'verifiedAt',
    'claimed',
    'region',
    'categories',
  ].map((f) => `Enterprise.${f}`),
  ...['code', 'name', 'sector', 'group', 'examples'].map((f) => `ChainCategory.${f}`),
  ...['code', 'name', 'fullName', 'parentCode', 'parent'].map((f) => `Region.${f}`),
]);

/** The filters the first-page window answers (see `ListingsRepository.pageWithEnterprises`). */
const WINDOW_FILTERS = new Set(['kind', 'status']);

/** `listings` as a snapshot root: its first page, unfiltered or by kind and status, from `ListingPageCache`. */
export function listingsFirstPage(cache: ListingPageCache): SnapshotRoot {
  return {
    snapshot: () => cache.snapshot(),
    viewerKey: (viewer: Viewer | null) => ListingPageCache.viewerKey(viewer),
    answeredFrom: (snapshot, args, viewer) => {
      if (args.after !== undefined && args.after !== null) return false;
      const filter = (args.filter ?? {}) as { kind?: ListingKind | null; status?: ListingStatus | null };
      if (
        Object.entries(filter).some(
          ([name, value]) => value !== undefined && value !== null && !WINDOW_FILTERS.has(name),
        )
      )
        return false;
      const first = args.first as number | null | undefined;
      if (first !== undefined && first !== null && (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE))
        return false;
      return cache.wouldAnswer(snapshot, {
        viewer,
        kind: filter.kind,
        status: filter.status,
        rows: pageSize(first) + 1,
      });
    },
  };
}
