import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { GraphQLObjectType, GraphQLSchema } from 'graphql';
import { buildSchema, isInputObjectType, isObjectType, lexicographicSortSchema, printSchema } from 'graphql';

import type { Stack } from './support/stack';
import { startStack } from './support/stack';

const ROOT = join(__dirname, '..');

/** The names API.md fixes for the capabilities that exist so far (type → fields). */
const CONTRACT: Record<string, string[]> = {
  Query: [
    'me',
    'chainCategories',
    'chainCategory',
    'region',
    'listings',
    'listing',
    'dockingEvents',
    'dockingEvent',
    'matchSuggestions',
    'partnerSuggestions',
    'notifications',
    'myAgenda',
    'eventReport',
    'myCheckIn',
    'eventAttendees',
    'checkInSummary',
    'eventFloor',
  ],
  Mutation: [
    'signUp',
    'logIn',
    'grantRole',
    'registerEnterprise',
    'updateEnterprise',
    'createListing',
    'updateListing',
    'closeListing',
    'createDockingEvent',
    'respondToMatch',
    'markNotificationsRead',
    'createWebhook',
    'deleteWebhook',
    'addMeetingSession',
    'registerForEvent',
    'reviewRegistration',
    'setUnavailableSlots',
    'requestMeeting',
    'respondToMeetingRequest',
    'scheduleMeetings',
    'publishSchedule',
    'rateMeeting',
    'recordDeal',
    'checkInFirm',
    'markMeetingAttendance',
    'addWalkInMeeting',
  ],
  Subscription: ['notificationReceived'],
  MatchSuggestion: ['id', 'supply', 'demand', 'score', 'reasons', 'supplyDecision', 'demandDecision', 'createdAt'],
  MatchReason: ['code', 'contribution', 'detail'],
  MatchSuggestionConnection: ['edges', 'pageInfo', 'totalCount'],
  Notification: ['id', 'kind', 'title', 'body', 'data', 'readAt', 'createdAt'],
  NotificationConnection: ['edges', 'pageInfo', 'totalCount'],
  CreateWebhookInput: ['url', 'kinds'],
  WebhookWithSecret: ['secret'],
  AuthPayload: ['accessToken', 'user'],
  User: ['id', 'email', 'displayName', 'role', 'enterprise'],
  Enterprise: ['id', 'name', 'creditCode', 'region', 'sector', 'categories', 'description', 'listings'],
  ChainCategory: ['code', 'name', 'group', 'upstream', 'downstream'],
  Region: ['code', 'name', 'parent'],
  Listing: [
    'id',
    'kind',
    'title',
    'description',
    'category',
    'quantity',
    'unit',
    'priceMin',
    'priceMax',
    'region',
    'certifications',
    'validUntil',
    'status',
    'confidential',
    'enterprise',
    'createdAt',
    'updatedAt',
    'matchingStatus',
    'matchSuggestions',
  ],
  ListingConnection: ['edges', 'pageInfo', 'totalCount'],
  PageInfo: ['hasNextPage', 'endCursor'],
  RegisterEnterpriseInput: [
    'name',
    'creditCode',
    'regionCode',
    'sector',
    'categoryCodes',
    'description',
    'contactName',
    'contactPhone',
  ],
  CreateListingInput: [
    'kind',
    'title',
    'description',
    'categoryCode',
    'quantity',
    'unit',
    'priceMin',
    'priceMax',
    'regionCode',
    'certifications',
    'validUntil',
    'confidential',
  ],
  ListingFilter: ['kind', 'sector', 'categoryCode', 'regionCode', 'status', 'text'],
  CreateDockingEventInput: [
    'title',
    'theme',
    'sectors',
    'categoryCodes',
    'venue',
    'startsAt',
    'endsAt',
    'slotMinutes',
    'tables',
    'registrationClosesAt',
  ],
  TableInput: ['label', 'tags'],
  MeetingSessionInput: ['title', 'startsAt', 'endsAt'],
  MeetingRequestInput: ['withEnterpriseId', 'matchSuggestionId', 'message'],
  Meeting: ['id', 'event', 'startsAt', 'endsAt', 'table', 'parties', 'request', 'published', 'attendance', 'walkIn'],
  MeetingAttendance: ['status', 'absent', 'partiesDisagree', 'decidedByOrganiser'],
  EventFloor: ['now', 'slot', 'nextSlotStartsAt', 'tables', 'noShows', 'checkIns'],
  EventFunnel: ['checkedIn', 'held', 'noShows', 'walkIns'],
  ScheduleRun: ['id', 'status', 'placed', 'unplaced', 'objective', 'upperBound', 'solveMillis'],
  DockingEventConnection: ['edges', 'pageInfo', 'totalCount'],
  RecordDealInput: ['meetingId', 'supplyListingId', 'demandListingId', 'stage', 'amountCny'],
};
const ENUMS: Record<string, string[]> = {
  Role: ['MEMBER', 'ORGANISER', 'ADMIN'],
  Sector: [
    'BASIC_ENERGY',
    'CLEAN_POWER',
    'LIQUOR_TOBACCO',
    'BUILDING_MATERIALS',
    'MODERN_CHEMICALS',
    'ADVANCED_EQUIPMENT',
    'BASIC_MATERIALS',
    'ECO_FOOD',
    'BIG_DATA_ELECTRONICS',
    'HEALTH_MEDICINE',
    'SUPPORTING',
  ],
  ListingKind: ['SUPPLY', 'DEMAND'],
  ListingStatus: ['OPEN', 'CLOSED', 'EXPIRED'],
  MatchingStatus: ['PENDING', 'DONE'],
  MatchReasonCode: [
    'SAME_CATEGORY',
    'CHAIN_LINK',
    'KEYWORDS',
    'QUANTITY_FIT',
    'PRICE_OVERLAP',
    'REGION',
    'CERTIFICATION',
    'VALIDITY',
  ],
  MatchDecision: ['ACCEPT', 'DISMISS'],
  MeetingRequestStatus: ['PENDING', 'ACCEPTED', 'DECLINED', 'CANCELLED'],
  MeetingRating: ['NO_SHOW', 'INSUFFICIENT_INTEREST', 'INFORMATIVE', 'COOPERATION_POSSIBLE'],
  DealStage: ['INTENT', 'SIGNED', 'FULFILLED', 'CANCELLED'],
};

const canonical = (schema: GraphQLSchema) => printSchema(lexicographicSortSchema(schema));

describe('the public schema (e2e)', () => {
  let stack: Stack;
  let live: GraphQLSchema;

  beforeAll(async () => {
    stack = await startStack({ worker: false });
    live = stack.api.get(GraphQLSchemaHost).schema;
  });
  afterAll(() => stack.close());

  it('is what the committed schema.gql says (UPDATE_SCHEMA=1 rewrites it)', () => {
    const file = join(ROOT, 'schema.gql');
    if (process.env.UPDATE_SCHEMA === '1')
      writeFileSync(
        file,
        `# Generated from the code; do not edit. Regenerate: UPDATE_SCHEMA=1 npm run test:e2e -- schema-contract\n\n${canonical(live)}\n`,
      );
    expect(canonical(buildSchema(readFileSync(file, 'utf8')))).toBe(canonical(live));
  });

  it('holds every name API.md fixes for the capabilities built so far', () => {
    for (const [typeName, fields] of Object.entries(CONTRACT)) {
      const type = live.getType(typeName);
      expect({ typeName, exists: !!type }).toEqual({ typeName, exists: true });
      const names =
        isObjectType(type) || isInputObjectType(type) ? Object.keys((type as GraphQLObjectType).getFields()) : [];
      expect({ typeName, missing: fields.filter((f) => !names.includes(f)) }).toEqual({ typeName, missing: [] });
    }
    for (const [enumName, values] of Object.entries(ENUMS)) {
      const type = live.getType(enumName) as unknown as { getValues(): { name: string }[] };
      expect(
        type
          .getValues()
          .map((v) => v.name)
          .sort(),
      ).toEqual([...values].sort());
    }
    expect(live.getType('DateTime')).toBeTruthy();
    expect(live.getType('Date')).toBeTruthy();
  });
});
