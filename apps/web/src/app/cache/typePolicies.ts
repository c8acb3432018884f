import type { TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/**
 * Paged lists are merged page by page and kept per filter; objects without an id of their own are
 * stored inside their parent. Creates and deletes edit these lists through ./connection.ts.
 */
export const typePolicies: TypePolicies = {
  Query: {
    fields: {
      notifications: relayStylePagination(['unreadOnly']),
      dockingEvents: relayStylePagination(['organisedByMe']),
      matchSuggestions: relayStylePagination(['listingId']),
      regions: { keyArgs: ['parentCode'] },
    },
  },
  Enterprise: { fields: { listings: relayStylePagination(['kind', 'status']) } },
  // A panorama node's drawer: its firms and its listings page on their own, into one object.
  ChainNodeMembers: {
    keyFields: false,
    merge: true,
    fields: { firms: relayStylePagination(), listings: relayStylePagination(['kind']) },
  },
  // Regions are not normalised: fragments select just the name they show (no code to key them by).
  ChainCategory: { keyFields: ['code'] },
  Unit: { keyFields: ['code'] },
  Certification: { keyFields: ['code'] },
  CalendarFeed: { keyFields: [] },
  MatchReason: { keyFields: false },
  EventTable: { keyFields: false },
  MeetingRatingEntry: { keyFields: false },
  PartnerSuggestion: { keyFields: false },
};
