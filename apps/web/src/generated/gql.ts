/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input) {\n    user {\n      id\n    }\n  }\n}": typeof types.ChangePasswordDocument,
    "mutation LogIn($input: LogInInput!) {\n  logIn(input: $input) {\n    user {\n      id\n    }\n  }\n}": typeof types.LogInDocument,
    "mutation LogOut {\n  logOut\n}": typeof types.LogOutDocument,
    "mutation LogOutEverywhere {\n  logOutEverywhere\n}": typeof types.LogOutEverywhereDocument,
    "mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n  requestPasswordReset(input: $input)\n}": typeof types.RequestPasswordResetDocument,
    "mutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input)\n}": typeof types.ResetPasswordDocument,
    "mutation SignUp($input: SignUpInput!) {\n  signUp(input: $input) {\n    user {\n      id\n    }\n  }\n}": typeof types.SignUpDocument,
    "query Me {\n  me {\n    id\n    email\n    displayName\n    role\n    enterprise {\n      id\n      name\n      participantType\n    }\n  }\n}": typeof types.MeDocument,
    "query ChainNodeFirms($categoryCode: String!, $regionCode: String!, $first: Int, $after: String) {\n  chainNodeMembers(categoryCode: $categoryCode, regionCode: $regionCode) {\n    category {\n      code\n      name\n    }\n    firms(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          verificationStatus\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}": typeof types.ChainNodeFirmsDocument,
    "query ChainNodeListings($categoryCode: String!, $regionCode: String!, $first: Int, $after: String) {\n  chainNodeMembers(categoryCode: $categoryCode, regionCode: $regionCode) {\n    category {\n      code\n      name\n    }\n    listings(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          kind\n          title\n          quantity\n          unit\n          confidential\n          enterprise {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}": typeof types.ChainNodeListingsDocument,
    "query ChainPanorama($sector: Sector, $regionCode: String!) {\n  chainPanorama(sector: $sector, regionCode: $regionCode) {\n    sector\n    region {\n      code\n      name\n      fullName\n    }\n    nodes {\n      category {\n        code\n        name\n      }\n      layer\n      inSector\n      firms\n      openSupplies\n      openDemands\n      coverage\n      supplyQuantities {\n        unit\n        quantity\n      }\n      demandQuantities {\n        unit\n        quantity\n      }\n    }\n    edges {\n      fromCode\n      toCode\n      kind\n      why\n      matchedPairs\n      signedDeals\n      signedAmountCny\n    }\n    investment {\n      categoryCode\n      projects\n      openLeads\n    }\n  }\n}": typeof types.ChainPanoramaDocument,
    "fragment EnterpriseProfile on Enterprise {\n  id\n  name\n  creditCode\n  sector\n  participantType\n  scale\n  verificationStatus\n  description\n  contactName\n  contactPhone\n  createdAt\n  region {\n    code\n    fullName\n  }\n  categories {\n    code\n    name\n  }\n}": typeof types.EnterpriseProfileFragmentDoc,
    "mutation RegisterEnterprise($input: RegisterEnterpriseInput!) {\n  registerEnterprise(input: $input) {\n    ...EnterpriseProfile\n    claimed\n  }\n}": typeof types.RegisterEnterpriseDocument,
    "mutation UpdateEnterprise($id: ID!, $input: UpdateEnterpriseInput!) {\n  updateEnterprise(id: $id, input: $input) {\n    ...EnterpriseProfile\n  }\n}": typeof types.UpdateEnterpriseDocument,
    "query ChainCategories {\n  chainCategories {\n    code\n    name\n    group\n    sector\n  }\n}": typeof types.ChainCategoriesDocument,
    "query MyEnterprise {\n  me {\n    id\n    enterprise {\n      ...EnterpriseProfile\n    }\n  }\n}": typeof types.MyEnterpriseDocument,
    "query MyEnterpriseClaims {\n  myEnterpriseClaims(first: 20) {\n    edges {\n      node {\n        id\n        name\n        status\n        createdAt\n        reviewedAt\n      }\n    }\n  }\n}": typeof types.MyEnterpriseClaimsDocument,
    "query Regions($parentCode: String) {\n  regions(parentCode: $parentCode) {\n    code\n    name\n  }\n}": typeof types.RegionsDocument,
    "fragment AttendanceItem on Meeting {\n  id\n  walkIn\n  attendance {\n    status\n    partiesDisagree\n    decidedByOrganiser\n    absent {\n      id\n      name\n    }\n  }\n}": typeof types.AttendanceItemFragmentDoc,
    "mutation CheckInFirm($eventId: ID!, $code: String, $enterpriseId: ID) {\n  checkInFirm(eventId: $eventId, code: $code, enterpriseId: $enterpriseId) {\n    alreadyCheckedIn\n    message\n    attendee {\n      registrationId\n      checkedInAt\n      enterprise {\n        id\n        name\n      }\n    }\n  }\n}": typeof types.CheckInFirmDocument,
    "mutation MarkMeetingAttendance($meetingId: ID!, $outcome: AttendanceOutcome!, $absentEnterpriseIds: [ID!]) {\n  markMeetingAttendance(\n    meetingId: $meetingId\n    outcome: $outcome\n    absentEnterpriseIds: $absentEnterpriseIds\n  ) {\n    ...AttendanceItem\n  }\n}": typeof types.MarkMeetingAttendanceDocument,
    "query CheckInSummary($eventId: ID!) {\n  checkInSummary(eventId: $eventId) {\n    approved\n    checkedIn\n  }\n}": typeof types.CheckInSummaryDocument,
    "query EventAttendees($eventId: ID!, $search: String, $first: Int, $after: String) {\n  eventAttendees(eventId: $eventId, search: $search, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        registrationId\n        checkedInAt\n        enterprise {\n          id\n          name\n          creditCode\n        }\n      }\n    }\n  }\n}": typeof types.EventAttendeesDocument,
    "query EventDayMeetings($eventId: ID!) {\n  dockingEvent(id: $eventId) {\n    id\n    title\n    meetings(first: 500) {\n      id\n      startsAt\n      endsAt\n      table\n      published\n      parties {\n        id\n        name\n      }\n      ...AttendanceItem\n    }\n  }\n}": typeof types.EventDayMeetingsDocument,
    "query EventFloor($eventId: ID!) {\n  dockingEvent(id: $eventId) {\n    id\n    title\n    venue\n  }\n  eventFloor(eventId: $eventId) {\n    now\n    nextSlotStartsAt\n    noShows\n    checkIns {\n      approved\n      checkedIn\n    }\n    slot {\n      startsAt\n      endsAt\n      session\n      current\n    }\n    tables {\n      table\n      meeting {\n        id\n        parties {\n          id\n          name\n        }\n        ...AttendanceItem\n      }\n    }\n  }\n}": typeof types.EventFloorDocument,
    "query MyAgendaAttendance($eventId: ID!) {\n  myAgenda(eventId: $eventId) {\n    id\n    walkIn\n    attendance {\n      status\n    }\n  }\n}": typeof types.MyAgendaAttendanceDocument,
    "query MyCheckIn($eventId: ID!) {\n  myCheckIn(eventId: $eventId) {\n    code\n    checkedInAt\n  }\n}": typeof types.MyCheckInDocument,
    "fragment EventSummary on DockingEvent {\n  id\n  title\n  theme\n  venue\n  startsAt\n  endsAt\n  sectors\n  registrationClosesAt\n  schedulePublishedAt\n}": typeof types.EventSummaryFragmentDoc,
    "fragment RegistrationItem on EventRegistration {\n  id\n  status\n  createdAt\n  reviewedAt\n  enterprise {\n    id\n    name\n    sector\n    region {\n      fullName\n    }\n  }\n  listings {\n    id\n    kind\n    title\n  }\n}": typeof types.RegistrationItemFragmentDoc,
    "mutation RegisterForEvent($eventId: ID!, $listingIds: [ID!]) {\n  registerForEvent(eventId: $eventId, listingIds: $listingIds) {\n    ...RegistrationItem\n  }\n}": typeof types.RegisterForEventDocument,
    "query DockingEvent($id: ID!) {\n  dockingEvent(id: $id) {\n    ...EventSummary\n    slotMinutes\n    maxRequestsPerFirm\n    tables {\n      label\n      tags\n    }\n    sessions {\n      id\n      title\n      startsAt\n      endsAt\n    }\n  }\n}": typeof types.DockingEventDocument,
    "query DockingEvents($first: Int, $after: String) {\n  dockingEvents(first: $first, after: $after) {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...EventSummary\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.DockingEventsDocument,
    "query EventRegistrations($id: ID!) {\n  dockingEvent(id: $id) {\n    id\n    registrations {\n      ...RegistrationItem\n    }\n  }\n}": typeof types.EventRegistrationsDocument,
    "fragment FinancingConditionItem on FinancingCondition {\n  code\n  met\n  detail\n}": typeof types.FinancingConditionItemFragmentDoc,
    "mutation CreateFinancingNeed($input: FinancingNeedInput!) {\n  createFinancingNeed(input: $input) {\n    id\n  }\n}": typeof types.CreateFinancingNeedDocument,
    "mutation CreateFinancingProduct($input: FinancingProductInput!) {\n  createFinancingProduct(input: $input) {\n    id\n    name\n    status\n  }\n}": typeof types.CreateFinancingProductDocument,
    "mutation RecordLoanOutcome($needId: ID!, $productId: ID!, $stage: LoanStage!, $amountCny: Decimal) {\n  recordLoanOutcome(\n    needId: $needId\n    productId: $productId\n    stage: $stage\n    amountCny: $amountCny\n  ) {\n    loanStage\n    loanAmountCny\n  }\n}": typeof types.RecordLoanOutcomeDocument,
    "mutation ShareDealsWithLender($input: ShareDealsWithLenderInput!) {\n  shareDealsWithLender(input: $input) {\n    id\n    withdrawnAt\n  }\n}": typeof types.ShareDealsWithLenderDocument,
    "mutation UpdateFinancingProduct($id: ID!, $input: FinancingProductInput!) {\n  updateFinancingProduct(id: $id, input: $input) {\n    id\n    name\n    status\n  }\n}": typeof types.UpdateFinancingProductDocument,
    "mutation WithdrawDealShare($id: ID!) {\n  withdrawDealShare(id: $id) {\n    id\n    withdrawnAt\n  }\n}": typeof types.WithdrawDealShareDocument,
    "query FinancingMatchesForNeed($needId: ID!) {\n  financingMatchesForNeed(needId: $needId, includeIneligible: true, first: 50) {\n    totalCount\n    edges {\n      node {\n        eligible\n        score\n        loanStage\n        conditions {\n          ...FinancingConditionItem\n        }\n        product {\n          id\n          name\n          minAnnualRate\n          maxAnnualRate\n          lender {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n}": typeof types.FinancingMatchesForNeedDocument,
    "query FinancingMatchesForProduct($productId: ID!) {\n  financingMatchesForProduct(productId: $productId, first: 50) {\n    totalCount\n    edges {\n      node {\n        eligible\n        score\n        loanStage\n        loanAmountCny\n        conditions {\n          ...FinancingConditionItem\n        }\n        need {\n          id\n          amountCny\n          purpose\n          termMonths\n          enterprise {\n            id\n            name\n          }\n          sharedDeals {\n            dealId\n            counterpartName\n            amountCny\n            stage\n            agreedAt\n          }\n        }\n      }\n    }\n  }\n}": typeof types.FinancingMatchesForProductDocument,
    "query MyConfirmedSales {\n  myConfirmedSales {\n    dealId\n    counterpartName\n    amountCny\n    stage\n    agreedAt\n  }\n}": typeof types.MyConfirmedSalesDocument,
    "query MyFinancingNeeds {\n  myFinancingNeeds(first: 50) {\n    totalCount\n    edges {\n      node {\n        id\n        amountCny\n        purpose\n        termMonths\n        guaranteeTypes\n        status\n        dealShares {\n          id\n          dealIds\n          withdrawnAt\n          lender {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n}": typeof types.MyFinancingNeedsDocument,
    "query MyFinancingProducts($lenderEnterpriseId: ID!) {\n  financingProducts(lenderEnterpriseId: $lenderEnterpriseId, first: 100) {\n    totalCount\n    edges {\n      node {\n        id\n        name\n        minAmountCny\n        maxAmountCny\n        minAnnualRate\n        maxAnnualRate\n        minTermMonths\n        maxTermMonths\n        guaranteeTypes\n        status\n      }\n    }\n  }\n}": typeof types.MyFinancingProductsDocument,
    "fragment InvestmentEntryFields on InvestmentPipelineEntry {\n  id\n  stage\n  signedAmountCny\n  signedOn\n  landedAmountCny\n  landedOn\n  contactedAt\n  note\n  updatedAt\n  candidate {\n    id\n    name\n  }\n  owner {\n    id\n    name\n  }\n  project {\n    id\n    title\n  }\n  region {\n    code\n    name\n  }\n  category {\n    code\n    name\n  }\n}": typeof types.InvestmentEntryFieldsFragmentDoc,
    "mutation AddToInvestmentPipeline($input: AddToInvestmentPipelineInput!) {\n  addToInvestmentPipeline(input: $input) {\n    ...InvestmentEntryFields\n  }\n}": typeof types.AddToInvestmentPipelineDocument,
    "mutation CreateInvestmentProject($input: InvestmentProjectInput!) {\n  createInvestmentProject(input: $input) {\n    id\n    title\n  }\n}": typeof types.CreateInvestmentProjectDocument,
    "mutation MoveInvestmentPipelineEntry($input: MoveInvestmentPipelineInput!) {\n  moveInvestmentPipelineEntry(input: $input) {\n    ...InvestmentEntryFields\n  }\n}": typeof types.MoveInvestmentPipelineEntryDocument,
    "mutation UpdateInvestmentProject($id: ID!, $input: InvestmentProjectInput!) {\n  updateInvestmentProject(id: $id, input: $input) {\n    id\n    title\n    stage\n  }\n}": typeof types.UpdateInvestmentProjectDocument,
    "query ChainNodeInvestment($categoryCode: String!, $regionCode: String!) {\n  chainNodeMembers(categoryCode: $categoryCode, regionCode: $regionCode) {\n    investmentProjects(first: 20) {\n      id\n      title\n      stage\n      plannedInvestmentCny\n    }\n    investmentLeads(first: 10) {\n      totalCount\n      edges {\n        node {\n          firm {\n            id\n            name\n          }\n          score\n        }\n      }\n    }\n  }\n}": typeof types.ChainNodeInvestmentDocument,
    "query InvestmentLeads($regionCode: String!, $sector: Sector, $first: Int, $after: String) {\n  investmentLeads(\n    regionCode: $regionCode\n    sector: $sector\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        firm {\n          id\n          name\n        }\n        category {\n          code\n          name\n        }\n        region {\n          code\n          name\n        }\n        score\n        reasons\n        pipelineEntry {\n          id\n          stage\n        }\n      }\n    }\n  }\n}": typeof types.InvestmentLeadsDocument,
    "query InvestmentPipeline {\n  investmentPipeline(first: 100) {\n    totalCount\n    edges {\n      node {\n        ...InvestmentEntryFields\n      }\n    }\n  }\n}": typeof types.InvestmentPipelineDocument,
    "query InvestmentProjectCandidates($projectId: ID!) {\n  investmentProjectCandidates(projectId: $projectId, first: 20) {\n    totalCount\n    edges {\n      node {\n        firm {\n          id\n          name\n        }\n        category {\n          code\n          name\n        }\n        score\n        reasons\n        pipelineEntry {\n          id\n          stage\n        }\n      }\n    }\n  }\n}": typeof types.InvestmentProjectCandidatesDocument,
    "query InvestmentProjects($mine: Boolean, $first: Int) {\n  investmentProjects(mine: $mine, first: $first) {\n    totalCount\n    edges {\n      node {\n        id\n        title\n        description\n        stage\n        plannedInvestmentCny\n        contactName\n        contactPhone\n        region {\n          code\n          fullName\n        }\n        categories {\n          code\n          name\n        }\n        owner {\n          id\n          name\n        }\n      }\n    }\n  }\n}": typeof types.InvestmentProjectsDocument,
    "query InvestmentViewer {\n  me {\n    id\n    enterprise {\n      id\n      name\n      participantType\n      verificationStatus\n    }\n  }\n}": typeof types.InvestmentViewerDocument,
    "query MyInvestmentContacts {\n  myInvestmentContacts(first: 50) {\n    totalCount\n    edges {\n      node {\n        ...InvestmentEntryFields\n      }\n    }\n  }\n}": typeof types.MyInvestmentContactsDocument,
    "fragment ListingProposalRow on ListingProposal {\n  id\n  kind\n  title\n  description\n  categoryCode\n  regionCode\n  quantity\n  unit\n  priceMin\n  priceMax\n  validUntil\n  certifications\n  eventId\n  eventTitle\n  status\n  listingId\n  createdAt\n  respondedAt\n}": typeof types.ListingProposalRowFragmentDoc,
    "fragment ListingRow on Listing {\n  id\n  kind\n  title\n  description\n  status\n  matchingStatus\n  quantity\n  unit\n  priceMin\n  priceMax\n  priceNegotiable\n  validUntil\n  confidential\n  certifications\n  createdAt\n  updatedAt\n  category {\n    code\n    name\n  }\n  region {\n    code\n    fullName\n  }\n}": typeof types.ListingRowFragmentDoc,
    "mutation CloseListing($id: ID!) {\n  closeListing(id: $id) {\n    id\n    status\n    matchingStatus\n    updatedAt\n  }\n}": typeof types.CloseListingDocument,
    "mutation CreateListing($input: CreateListingInput!) {\n  createListing(input: $input) {\n    ...ListingRow\n  }\n}": typeof types.CreateListingDocument,
    "mutation RespondToListingProposal($id: ID!, $accept: Boolean!) {\n  respondToListingProposal(id: $id, accept: $accept) {\n    ...ListingProposalRow\n  }\n}": typeof types.RespondToListingProposalDocument,
    "mutation UpdateListing($id: ID!, $input: UpdateListingInput!) {\n  updateListing(id: $id, input: $input) {\n    ...ListingRow\n  }\n}": typeof types.UpdateListingDocument,
    "query Listing($id: ID!) {\n  listing(id: $id) {\n    ...ListingRow\n    enterprise {\n      id\n      name\n    }\n  }\n}": typeof types.ListingDocument,
    "query ListingOptions {\n  units {\n    code\n    kind\n  }\n  certifications {\n    code\n    name\n  }\n}": typeof types.ListingOptionsDocument,
    "query ListingProposals($status: ListingProposalStatus, $first: Int, $after: String) {\n  listingProposals(status: $status, first: $first, after: $after) {\n    totalCount\n    edges {\n      node {\n        ...ListingProposalRow\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.ListingProposalsDocument,
    "query MyListings($enterpriseId: ID!, $first: Int, $after: String) {\n  enterprise(id: $enterpriseId) {\n    id\n    listings(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ListingRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}": typeof types.MyListingsDocument,
    "fragment SuggestionSide on Listing {\n  id\n  kind\n  title\n  quantity\n  unit\n  priceMin\n  priceMax\n  enterprise {\n    id\n    name\n    region {\n      fullName\n    }\n  }\n}\n\nfragment SuggestionCard on MatchSuggestion {\n  id\n  score\n  supplyDecision\n  demandDecision\n  updatedAt\n  reasons {\n    code\n    contribution\n    detail\n  }\n  supply {\n    ...SuggestionSide\n  }\n  demand {\n    ...SuggestionSide\n  }\n}": typeof types.SuggestionSideFragmentDoc,
    "mutation RespondToMatch($id: ID!, $decision: MatchDecision!) {\n  respondToMatch(id: $id, decision: $decision) {\n    id\n    supplyDecision\n    demandDecision\n    updatedAt\n  }\n}": typeof types.RespondToMatchDocument,
    "query ListingSuggestions($listingId: ID!, $first: Int, $after: String) {\n  matchSuggestions(listingId: $listingId, first: $first, after: $after) {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...SuggestionCard\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.ListingSuggestionsDocument,
    "query PartnerSuggestions($enterpriseId: ID!, $first: Int) {\n  partnerSuggestions(enterpriseId: $enterpriseId, first: $first) {\n    direction\n    score\n    matchCount\n    enterprise {\n      id\n      name\n      sector\n      region {\n        fullName\n      }\n    }\n    bestMatch {\n      ...SuggestionCard\n    }\n  }\n}": typeof types.PartnerSuggestionsDocument,
    "fragment MeetingRequestItem on MeetingRequest {\n  id\n  status\n  message\n  mutual\n  matchScore\n  tableTags\n  createdAt\n  respondedAt\n  requester {\n    id\n    name\n  }\n  invitee {\n    id\n    name\n  }\n}": typeof types.MeetingRequestItemFragmentDoc,
    "mutation CancelMeetingRequest($id: ID!) {\n  cancelMeetingRequest(id: $id) {\n    ...MeetingRequestItem\n  }\n}": typeof types.CancelMeetingRequestDocument,
    "mutation CreateCalendarFeed {\n  createCalendarFeed {\n    key\n    createdAt\n  }\n}": typeof types.CreateCalendarFeedDocument,
    "mutation RequestMeeting($eventId: ID!, $input: MeetingRequestInput!) {\n  requestMeeting(eventId: $eventId, input: $input) {\n    ...MeetingRequestItem\n  }\n}": typeof types.RequestMeetingDocument,
    "mutation RespondToMeetingRequest($id: ID!, $accept: Boolean!) {\n  respondToMeetingRequest(id: $id, accept: $accept) {\n    ...MeetingRequestItem\n  }\n}": typeof types.RespondToMeetingRequestDocument,
    "mutation RevokeCalendarFeed {\n  revokeCalendarFeed\n}": typeof types.RevokeCalendarFeedDocument,
    "query CalendarFeed {\n  calendarFeed {\n    key\n    createdAt\n  }\n}": typeof types.CalendarFeedDocument,
    "query EventMeetingRequests($eventId: ID!) {\n  dockingEvent(id: $eventId) {\n    id\n    maxRequestsPerFirm\n    meetingRequests {\n      ...MeetingRequestItem\n    }\n  }\n}": typeof types.EventMeetingRequestsDocument,
    "query MyAgenda($eventId: ID!) {\n  myAgenda(eventId: $eventId) {\n    id\n    startsAt\n    endsAt\n    table\n    parties {\n      id\n      name\n    }\n    ratings {\n      rating\n      comment\n      enterprise {\n        id\n      }\n    }\n  }\n}": typeof types.MyAgendaDocument,
    "fragment NotificationItem on Notification {\n  id\n  kind\n  title\n  body\n  data\n  readAt\n  createdAt\n}": typeof types.NotificationItemFragmentDoc,
    "mutation CreateWebhook($input: CreateWebhookInput!) {\n  createWebhook(input: $input) {\n    secret\n    webhook {\n      id\n      url\n      kinds\n      enabled\n      createdAt\n    }\n  }\n}": typeof types.CreateWebhookDocument,
    "mutation DeleteWebhook($id: ID!) {\n  deleteWebhook(id: $id)\n}": typeof types.DeleteWebhookDocument,
    "mutation MarkNotificationsRead($ids: [ID!]!) {\n  markNotificationsRead(ids: $ids)\n}": typeof types.MarkNotificationsReadDocument,
    "mutation SetEmailNotificationKinds($kinds: [String!]!) {\n  setEmailNotificationKinds(kinds: $kinds) {\n    id\n    emailNotificationKinds\n  }\n}": typeof types.SetEmailNotificationKindsDocument,
    "query NotificationSettings {\n  me {\n    id\n    emailNotificationKinds\n  }\n  webhooks {\n    id\n    url\n    kinds\n    enabled\n    createdAt\n  }\n}": typeof types.NotificationSettingsDocument,
    "query Notifications($first: Int, $after: String) {\n  notifications(first: $first, after: $after) {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...NotificationItem\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.NotificationsDocument,
    "query UnreadCount {\n  me {\n    id\n    unreadNotifications\n  }\n}": typeof types.UnreadCountDocument,
    "subscription NotificationReceived {\n  notificationReceived {\n    ...NotificationItem\n  }\n}": typeof types.NotificationReceivedDocument,
    "fragment EnterpriseClaimRow on EnterpriseClaim {\n  id\n  name\n  contactName\n  contactPhone\n  status\n  createdAt\n  reviewedAt\n  enterprise {\n    id\n    name\n    creditCode\n    region {\n      code\n      fullName\n    }\n  }\n}": typeof types.EnterpriseClaimRowFragmentDoc,
    "fragment OrganiserEvent on DockingEvent {\n  id\n  title\n  theme\n  venue\n  sectors\n  startsAt\n  endsAt\n  slotMinutes\n  maxRequestsPerFirm\n  registrationClosesAt\n  schedulePublishedAt\n  categories {\n    code\n    name\n  }\n  tables {\n    label\n    tags\n  }\n  sessions {\n    id\n    title\n    startsAt\n    endsAt\n    slots\n  }\n}": typeof types.OrganiserEventFragmentDoc,
    "mutation AddMeetingSession($eventId: ID!, $input: MeetingSessionInput!) {\n  addMeetingSession(eventId: $eventId, input: $input) {\n    id\n    title\n    startsAt\n    endsAt\n    slots\n  }\n}": typeof types.AddMeetingSessionDocument,
    "mutation CommitListingImport($id: ID!, $corrections: [ImportCorrectionInput!]) {\n  commitListingImport(id: $id, corrections: $corrections) {\n    id\n    status\n    total\n    processed\n  }\n}": typeof types.CommitListingImportDocument,
    "mutation CreateDockingEvent($input: CreateDockingEventInput!) {\n  createDockingEvent(input: $input) {\n    ...OrganiserEvent\n  }\n}": typeof types.CreateDockingEventDocument,
    "mutation ReviewEnterpriseClaim($id: ID!, $approve: Boolean!) {\n  reviewEnterpriseClaim(id: $id, approve: $approve) {\n    ...EnterpriseClaimRow\n  }\n}": typeof types.ReviewEnterpriseClaimDocument,
    "mutation ReviewRegistration($id: ID!, $approve: Boolean!, $reason: String) {\n  reviewRegistration(id: $id, approve: $approve, reason: $reason) {\n    id\n    status\n    reviewedAt\n    reviewNote\n  }\n}": typeof types.ReviewRegistrationDocument,
    "mutation UpdateDockingEvent($id: ID!, $input: UpdateDockingEventInput!) {\n  updateDockingEvent(id: $id, input: $input) {\n    ...OrganiserEvent\n  }\n}": typeof types.UpdateDockingEventDocument,
    "query EnterpriseClaims($status: EnterpriseClaimStatus, $first: Int, $after: String) {\n  enterpriseClaims(status: $status, first: $first, after: $after) {\n    totalCount\n    edges {\n      node {\n        ...EnterpriseClaimRow\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.EnterpriseClaimsDocument,
    "query ListingImport($id: ID!, $first: Int, $offset: Int) {\n  listingImport(id: $id) {\n    id\n    status\n    filename\n    total\n    processed\n    created\n    updated\n    unchanged\n    proposed\n    failed\n    error\n    rows(first: $first, offset: $offset) {\n      row\n      sheet\n      outcome\n      listingId\n      errors {\n        column\n        message\n      }\n    }\n  }\n}": typeof types.ListingImportDocument,
    "query ListingImportPreview($id: ID!, $corrections: [ImportCorrectionInput!], $first: Int, $offset: Int) {\n  previewListingImport(id: $id, corrections: $corrections) {\n    id\n    filename\n    total\n    accepted\n    rejected\n    rows(first: $first, offset: $offset) {\n      row\n      sheet\n      outcome\n      enterpriseName\n      creditCode\n      existingEnterprise\n      kind\n      title\n      categoryCode\n      inferredCategory {\n        code\n        name\n        confidence\n      }\n      errors {\n        column\n        message\n      }\n      warnings {\n        column\n        message\n      }\n    }\n  }\n}": typeof types.ListingImportPreviewDocument,
    "query OrganisedEvents($first: Int, $after: String, $organisedByMe: Boolean) {\n  dockingEvents(first: $first, after: $after, organisedByMe: $organisedByMe) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        title\n        venue\n        startsAt\n        endsAt\n        sectors\n        registrationClosesAt\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.OrganisedEventsDocument,
    "query OrganiserEvent($id: ID!) {\n  dockingEvent(id: $id) {\n    ...OrganiserEvent\n  }\n}": typeof types.OrganiserEventDocument,
    "query OrganiserRequests($eventId: ID!) {\n  dockingEvent(id: $eventId) {\n    id\n    maxRequestsPerFirm\n    meetingRequests(first: 500) {\n      id\n      status\n      mutual\n      createdAt\n      requester {\n        id\n        name\n      }\n      invitee {\n        id\n        name\n      }\n    }\n    meetings(first: 500) {\n      id\n      startsAt\n      table\n      request {\n        id\n      }\n    }\n  }\n}": typeof types.OrganiserRequestsDocument,
    "query RegistrationsReview($id: ID!, $status: RegistrationStatus, $sector: Sector) {\n  dockingEvent(id: $id) {\n    id\n    registrations(status: $status, sector: $sector, first: 80) {\n      id\n      status\n      createdAt\n      reviewedAt\n      reviewNote\n      enterprise {\n        id\n        name\n        sector\n        verificationStatus\n        region {\n          fullName\n        }\n      }\n      listings {\n        id\n        kind\n        title\n        suggestionCount\n      }\n    }\n  }\n}": typeof types.RegistrationsReviewDocument,
    "fragment DealItem on Deal {\n  id\n  stage\n  amountCny\n  note\n  createdAt\n  updatedAt\n  confirmed\n  reportStatus\n  awaitingConfirmationFrom {\n    id\n  }\n  supplier {\n    id\n    name\n  }\n  buyer {\n    id\n    name\n  }\n  meeting {\n    id\n  }\n}": typeof types.DealItemFragmentDoc,
    "fragment ReviewDeal on Deal {\n  id\n  agreedStage\n  agreedAmountCny\n  reportStatus\n  reportReviewNote\n  supplier {\n    id\n    name\n  }\n  buyer {\n    id\n    name\n  }\n}": typeof types.ReviewDealFragmentDoc,
    "mutation AdvanceDeal($id: ID!, $stage: DealStage!, $amountCny: Decimal) {\n  advanceDeal(id: $id, stage: $stage, amountCny: $amountCny) {\n    ...DealItem\n  }\n}": typeof types.AdvanceDealDocument,
    "mutation ConfirmDeal($id: ID!, $expectedUpdatedAt: DateTime) {\n  confirmDeal(id: $id, expectedUpdatedAt: $expectedUpdatedAt) {\n    ...DealItem\n  }\n}": typeof types.ConfirmDealDocument,
    "mutation DeclineDeal($id: ID!) {\n  declineDeal(id: $id) {\n    ...DealItem\n  }\n}": typeof types.DeclineDealDocument,
    "mutation RateMeeting($meetingId: ID!, $rating: MeetingRating!, $comment: String) {\n  rateMeeting(meetingId: $meetingId, rating: $rating, comment: $comment) {\n    id\n    ratings {\n      rating\n      comment\n      enterprise {\n        id\n      }\n    }\n  }\n}": typeof types.RateMeetingDocument,
    "mutation RecordDeal($input: RecordDealInput!) {\n  recordDeal(input: $input) {\n    ...DealItem\n  }\n}": typeof types.RecordDealDocument,
    "mutation ReviewDealForReport($id: ID!, $review: DealReview!, $note: String) {\n  reviewDealForReport(id: $id, review: $review, note: $note) {\n    ...ReviewDeal\n  }\n}": typeof types.ReviewDealForReportDocument,
    "query EventDeals($eventId: ID!) {\n  dockingEvent(id: $eventId) {\n    id\n    deals {\n      ...DealItem\n    }\n  }\n}": typeof types.EventDealsDocument,
    "query ReviewDeals($eventId: ID!) {\n  dockingEvent(id: $eventId) {\n    id\n    deals(first: 500) {\n      ...ReviewDeal\n    }\n  }\n}": typeof types.ReviewDealsDocument,
    "fragment PolicyItem on Policy {\n  id\n  title\n  benefit\n  benefitAmountCny\n  deadline\n  open\n  regionNames\n  rules {\n    kind\n    description\n  }\n  issuer {\n    id\n    name\n  }\n}": typeof types.PolicyItemFragmentDoc,
    "mutation ApplyForPolicy($input: ApplyForPolicyInput!) {\n  applyForPolicy(input: $input) {\n    id\n    status\n    statusName\n    reviewNote\n  }\n}": typeof types.ApplyForPolicyDocument,
    "mutation PublishPolicy($input: PublishPolicyInput!) {\n  publishPolicy(input: $input) {\n    ...PolicyItem\n  }\n}": typeof types.PublishPolicyDocument,
    "mutation ReviewPolicyApplication($id: ID!, $status: PolicyApplicationStatus!, $note: String) {\n  reviewPolicyApplication(id: $id, status: $status, note: $note) {\n    id\n    status\n    statusName\n    reviewNote\n  }\n}": typeof types.ReviewPolicyApplicationDocument,
    "query IssuedPolicies {\n  policies(issuedByMe: true, first: 50) {\n    totalCount\n    edges {\n      node {\n        ...PolicyItem\n        eligibleFirmCount\n        evaluatedAt\n        applications(first: 0) {\n          totalCount\n        }\n      }\n    }\n  }\n}": typeof types.IssuedPoliciesDocument,
    "query MyPolicies {\n  myPolicies {\n    eligible\n    policy {\n      ...PolicyItem\n    }\n    conditions {\n      kind\n      met\n      detail\n    }\n    application {\n      id\n      status\n      statusName\n      reviewNote\n    }\n  }\n}": typeof types.MyPoliciesDocument,
    "query PolicyApplications($id: ID!) {\n  policy(id: $id) {\n    id\n    applications(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          statusName\n          note\n          reviewNote\n          createdAt\n          enterprise {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n}": typeof types.PolicyApplicationsDocument,
    "query EventReport($eventId: ID!) {\n  dockingEvent(id: $eventId) {\n    id\n    title\n  }\n  eventReport(eventId: $eventId) {\n    funnel {\n      registrations\n      approved\n      suggestions\n      meetingRequests\n      accepted\n      placed\n      held\n      intents\n      signed\n      fulfilled\n      signedAmountCny\n      fulfilledAmountCny\n    }\n    bySector {\n      sector\n      firms\n      contracts\n      amountCny\n    }\n    byCategory {\n      category {\n        code\n        name\n      }\n      firms\n      contracts\n      amountCny\n    }\n    localSupplyShare\n    chainGaps {\n      category {\n        code\n        name\n      }\n      demands\n      firms\n      examples\n    }\n    roundTables {\n      roundTables\n      seats\n      seatsTaken\n      hosts\n      seatedFirms\n    }\n    technologyContracts {\n      contracts\n      amountCny\n      bySector {\n        sector\n        contracts\n        amountCny\n      }\n      byCategory {\n        category {\n          code\n          name\n        }\n        contracts\n        amountCny\n      }\n      byRegion {\n        region {\n          code\n          name\n        }\n        contracts\n        amountCny\n      }\n    }\n    policies {\n      applications\n      byPolicy {\n        policyId\n        title\n        count\n      }\n    }\n    loans {\n      needs\n      needAmountCny\n      matchedNeeds\n      loans\n      amountCny\n    }\n    investment {\n      total {\n        signed\n        signedAmountCny\n        landed\n        landedAmountCny\n      }\n      bySector {\n        key\n        name\n        signed\n        signedAmountCny\n        landed\n        landedAmountCny\n      }\n    }\n  }\n}": typeof types.EventReportDocument,
    "fragment TechnologyContractItem on TechnologyContract {\n  id\n  amountCny\n  mode\n  signedOn\n  status\n  awaitingMyConfirmation\n  result {\n    id\n    title\n  }\n  need {\n    id\n    title\n  }\n  research {\n    id\n    name\n  }\n  firm {\n    id\n    name\n  }\n  createdAt\n}": typeof types.TechnologyContractItemFragmentDoc,
    "fragment TechnologyMatchItem on TechnologyMatch {\n  score\n  reasons {\n    condition\n    met\n    text\n  }\n  result {\n    ...TechnologyResultItem\n    enterprise {\n      id\n      name\n    }\n  }\n  need {\n    ...TechnologyNeedItem\n    enterprise {\n      id\n      name\n    }\n  }\n}": typeof types.TechnologyMatchItemFragmentDoc,
    "fragment TechnologyNeedItem on TechnologyNeed {\n  id\n  title\n  problem\n  category {\n    code\n    name\n  }\n  budgetCny\n  deadline\n  minMaturity\n  open\n  event {\n    id\n    title\n  }\n  createdAt\n}": typeof types.TechnologyNeedItemFragmentDoc,
    "fragment TechnologyResultItem on TechnologyResult {\n  id\n  title\n  description\n  categories {\n    code\n    name\n  }\n  maturity\n  ipRights {\n    kind\n    number\n  }\n  cooperationModes\n  priceCny\n  open\n  createdAt\n}": typeof types.TechnologyResultItemFragmentDoc,
    "mutation ConfirmTechnologyContract($id: ID!) {\n  confirmTechnologyContract(id: $id) {\n    ...TechnologyContractItem\n  }\n}": typeof types.ConfirmTechnologyContractDocument,
    "mutation CreateTechnologyNeed($input: TechnologyNeedInput!) {\n  createTechnologyNeed(input: $input) {\n    ...TechnologyNeedItem\n  }\n}": typeof types.CreateTechnologyNeedDocument,
    "mutation CreateTechnologyResult($input: TechnologyResultInput!) {\n  createTechnologyResult(input: $input) {\n    ...TechnologyResultItem\n  }\n}": typeof types.CreateTechnologyResultDocument,
    "mutation DeclineTechnologyContract($id: ID!) {\n  declineTechnologyContract(id: $id) {\n    ...TechnologyContractItem\n  }\n}": typeof types.DeclineTechnologyContractDocument,
    "mutation ProposeTechnologyContract($input: ProposeTechnologyContractInput!) {\n  proposeTechnologyContract(input: $input) {\n    ...TechnologyContractItem\n  }\n}": typeof types.ProposeTechnologyContractDocument,
    "mutation UpdateTechnologyResult($id: ID!, $input: TechnologyResultInput!) {\n  updateTechnologyResult(id: $id, input: $input) {\n    ...TechnologyResultItem\n  }\n}": typeof types.UpdateTechnologyResultDocument,
    "query MyTechnologyContracts {\n  myTechnologyContracts(first: 100) {\n    totalCount\n    edges {\n      node {\n        ...TechnologyContractItem\n      }\n    }\n  }\n}": typeof types.MyTechnologyContractsDocument,
    "query MyTechnologyNeeds {\n  technologyNeeds(mine: true, first: 100) {\n    totalCount\n    edges {\n      node {\n        ...TechnologyNeedItem\n      }\n    }\n  }\n}": typeof types.MyTechnologyNeedsDocument,
    "query MyTechnologyResults {\n  technologyResults(mine: true, first: 100) {\n    totalCount\n    edges {\n      node {\n        ...TechnologyResultItem\n      }\n    }\n  }\n}": typeof types.MyTechnologyResultsDocument,
    "query TechnologyNeedMatches($needId: ID!) {\n  technologyNeedMatches(needId: $needId) {\n    ...TechnologyMatchItem\n  }\n}": typeof types.TechnologyNeedMatchesDocument,
    "query TechnologyResultMatches($resultId: ID!) {\n  technologyResultMatches(resultId: $resultId) {\n    ...TechnologyMatchItem\n  }\n}": typeof types.TechnologyResultMatchesDocument,
    "fragment RoundTableItem on RoundTable {\n  id\n  topic\n  description\n  table\n  startsAt\n  endsAt\n  capacity\n  seatsTaken\n  mySeat\n  hosting\n  host {\n    id\n    name\n  }\n  seats {\n    id\n    name\n  }\n}": typeof types.RoundTableItemFragmentDoc,
    "mutation CancelRoundTable($id: ID!) {\n  cancelRoundTable(id: $id)\n}": typeof types.CancelRoundTableDocument,
    "mutation CreateRoundTable($eventId: ID!, $input: RoundTableInput!) {\n  createRoundTable(eventId: $eventId, input: $input) {\n    ...RoundTableItem\n  }\n}": typeof types.CreateRoundTableDocument,
    "mutation LeaveRoundTableSeat($id: ID!) {\n  leaveRoundTableSeat(id: $id) {\n    ...RoundTableItem\n  }\n}": typeof types.LeaveRoundTableSeatDocument,
    "mutation TakeRoundTableSeat($id: ID!) {\n  takeRoundTableSeat(id: $id) {\n    ...RoundTableItem\n  }\n}": typeof types.TakeRoundTableSeatDocument,
    "query EventRoundTables($eventId: ID!) {\n  dockingEvent(id: $eventId) {\n    id\n    tables {\n      label\n    }\n    sessions {\n      id\n      title\n      slots\n    }\n    roundTables(first: 100) {\n      ...RoundTableItem\n    }\n  }\n}": typeof types.EventRoundTablesDocument,
    "query MyRoundTables($eventId: ID!) {\n  myRoundTables(eventId: $eventId) {\n    ...RoundTableItem\n  }\n}": typeof types.MyRoundTablesDocument,
    "query RoundTableHosts($eventId: ID!) {\n  dockingEvent(id: $eventId) {\n    id\n    registrations(status: APPROVED, first: 500) {\n      id\n      enterprise {\n        id\n        name\n      }\n    }\n  }\n}": typeof types.RoundTableHostsDocument,
    "fragment ScheduleMeeting on Meeting {\n  id\n  startsAt\n  endsAt\n  table\n  published\n  locked\n  parties {\n    id\n    name\n  }\n  request {\n    id\n  }\n}": typeof types.ScheduleMeetingFragmentDoc,
    "fragment ScheduleRunResult on ScheduleRun {\n  id\n  status\n  placed\n  unplaced\n  objective\n  upperBound\n  solveMillis\n  error\n  createdAt\n  finishedAt\n  unplacedRequests {\n    reason\n    detail\n    request {\n      id\n      requester {\n        id\n        name\n      }\n      invitee {\n        id\n        name\n      }\n    }\n  }\n}": typeof types.ScheduleRunResultFragmentDoc,
    "mutation BookMeeting($requestId: ID!, $startsAt: DateTime!, $table: String!) {\n  bookMeeting(requestId: $requestId, startsAt: $startsAt, table: $table) {\n    ...ScheduleMeeting\n  }\n}": typeof types.BookMeetingDocument,
    "mutation CancelMeeting($id: ID!) {\n  cancelMeeting(id: $id)\n}": typeof types.CancelMeetingDocument,
    "mutation LockMeeting($id: ID!) {\n  lockMeeting(id: $id) {\n    id\n    locked\n  }\n}": typeof types.LockMeetingDocument,
    "mutation MoveMeeting($id: ID!, $startsAt: DateTime!, $table: String!) {\n  moveMeeting(id: $id, startsAt: $startsAt, table: $table) {\n    ...ScheduleMeeting\n  }\n}": typeof types.MoveMeetingDocument,
    "mutation PublishSchedule($eventId: ID!) {\n  publishSchedule(eventId: $eventId) {\n    id\n    schedulePublishedAt\n  }\n}": typeof types.PublishScheduleDocument,
    "mutation ScheduleMeetings($eventId: ID!) {\n  scheduleMeetings(eventId: $eventId) {\n    ...ScheduleRunResult\n  }\n}": typeof types.ScheduleMeetingsDocument,
    "mutation UnlockMeeting($id: ID!) {\n  unlockMeeting(id: $id) {\n    id\n    locked\n  }\n}": typeof types.UnlockMeetingDocument,
    "query AcceptedRequests($eventId: ID!) {\n  dockingEvent(id: $eventId) {\n    id\n    meetingRequests(status: ACCEPTED, first: 500) {\n      id\n      mutual\n      tableTags\n      requester {\n        id\n        name\n      }\n      invitee {\n        id\n        name\n      }\n    }\n  }\n}": typeof types.AcceptedRequestsDocument,
    "query EventSchedule($eventId: ID!) {\n  dockingEvent(id: $eventId) {\n    id\n    title\n    slotMinutes\n    schedulePublishedAt\n    tables {\n      label\n      tags\n    }\n    sessions {\n      id\n      title\n      startsAt\n      endsAt\n      slots\n    }\n    meetings(first: 500) {\n      ...ScheduleMeeting\n    }\n    latestScheduleRun {\n      ...ScheduleRunResult\n    }\n  }\n}": typeof types.EventScheduleDocument,
    "query ScheduleRun($id: ID!) {\n  scheduleRun(id: $id) {\n    ...ScheduleRunResult\n  }\n}": typeof types.ScheduleRunDocument,
};
const documents: Documents = {
    "mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input) {\n    user {\n      id\n    }\n  }\n}": types.ChangePasswordDocument,
    "mutation LogIn($input: LogInInput!) {\n  logIn(input: $input) {\n    user {\n      id\n    }\n  }\n}": types.LogInDocument,
    "mutation LogOut {\n  logOut\n}": types.LogOutDocument,
    "mutation LogOutEverywhere {\n  logOutEverywhere\n}": types.LogOutEverywhereDocument,
    "mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n  requestPasswordReset(input: $input)\n}": types.RequestPasswordResetDocument,
    "mutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input)\n}": types.ResetPasswordDocument,
    "mutation SignUp($input: SignUpInput!) {\n  signUp(input: $input) {\n    user {\n      id\n    }\n  }\n}": types.SignUpDocument,
    "query Me {\n  me {\n    id\n    email\n    displayName\n    role\n    enterprise {\n      id\n      name\n      participantType\n    }\n  }\n}": types.MeDocument,
    "query ChainNodeFirms($categoryCode: String!, $regionCode: String!, $first: Int, $after: String) {\n  chainNodeMembers(categoryCode: $categoryCode, regionCode: $regionCode) {\n    category {\n      code\n      name\n    }\n    firms(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          verificationStatus\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}": types.ChainNodeFirmsDocument,
    "query ChainNodeListings($categoryCode: String!, $regionCode: String!, $first: Int, $after: String) {\n  chainNodeMembers(categoryCode: $categoryCode, regionCode: $regionCode) {\n    category {\n      code\n      name\n    }\n    listings(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          kind\n          title\n          quantity\n          unit\n          confidential\n          enterprise {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}": types.ChainNodeListingsDocument,
    "query ChainPanorama($sector: Sector, $regionCode: String!) {\n  chainPanorama(sector: $sector, regionCode: $regionCode) {\n    sector\n    region {\n      code\n      name\n      fullName\n    }\n    nodes {\n      category {\n        code\n        name\n      }\n      layer\n      inSector\n      firms\n      openSupplies\n      openDemands\n      coverage\n      supplyQuantities {\n        unit\n        quantity\n      }\n      demandQuantities {\n        unit\n        quantity\n      }\n    }\n    edges {\n      fromCode\n      toCode\n      kind\n      why\n      matchedPairs\n      signedDeals\n      signedAmountCny\n    }\n    investment {\n      categoryCode\n      projects\n      openLeads\n    }\n  }\n}": types.ChainPanoramaDocument,
    "fragment EnterpriseProfile on Enterprise {\n  id\n  name\n  creditCode\n  sector\n  participantType\n  scale\n  verificationStatus\n  description\n  contactName\n  contactPhone\n  createdAt\n  region {\n    code\n    fullName\n  }\n  categories {\n    code\n    name\n  }\n}": types.EnterpriseProfileFragmentDoc,
    "mutation RegisterEnterprise($input: RegisterEnterpriseInput!) {\n  registerEnterprise(input: $input) {\n    ...EnterpriseProfile\n    claimed\n  }\n}": types.RegisterEnterpriseDocument,
    "mutation UpdateEnterprise($id: ID!, $input: UpdateEnterpriseInput!) {\n  updateEnterprise(id: $id, input: $input) {\n    ...EnterpriseProfile\n  }\n}": types.UpdateEnterpriseDocument,
    "query ChainCategories {\n  chainCategories {\n    code\n    name\n    group\n    sector\n  }\n}": types.ChainCategoriesDocument,
    "query MyEnterprise {\n  me {\n    id\n    enterprise {\n      ...EnterpriseProfile\n    }\n  }\n}": types.MyEnterpriseDocument,
    "query MyEnterpriseClaims {\n  myEnterpriseClaims(first: 20) {\n    edges {\n      node {\n        id\n        name\n        status\n        createdAt\n        reviewedAt\n      }\n    }\n  }\n}": types.MyEnterpriseClaimsDocument,
    "query Regions($parentCode: String) {\n  regions(parentCode: $parentCode) {\n    code\n    name\n  }\n}": types.RegionsDocument,
    "fragment AttendanceItem on Meeting {\n  id\n  walkIn\n  attendance {\n    status\n    partiesDisagree\n    decidedByOrganiser\n    absent {\n      id\n      name\n    }\n  }\n}": types.AttendanceItemFragmentDoc,
    "mutation CheckInFirm($eventId: ID!, $code: String, $enterpriseId: ID) {\n  checkInFirm(eventId: $eventId, code: $code, enterpriseId: $enterpriseId) {\n    alreadyCheckedIn\n    message\n    attendee {\n      registrationId\n      checkedInAt\n      enterprise {\n        id\n        name\n      }\n    }\n  }\n}": types.CheckInFirmDocument,
    "mutation MarkMeetingAttendance($meetingId: ID!, $outcome: AttendanceOutcome!, $absentEnterpriseIds: [ID!]) {\n  markMeetingAttendance(\n    meetingId: $meetingId\n    outcome: $outcome\n    absentEnterpriseIds: $absentEnterpriseIds\n  ) {\n    ...AttendanceItem\n  }\n}": types.MarkMeetingAttendanceDocument,
    "query CheckInSummary($eventId: ID!) {\n  checkInSummary(eventId: $eventId) {\n    approved\n    checkedIn\n  }\n}": types.CheckInSummaryDocument,
    "query EventAttendees($eventId: ID!, $search: String, $first: Int, $after: String) {\n  eventAttendees(eventId: $eventId, search: $search, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        registrationId\n        checkedInAt\n        enterprise {\n          id\n          name\n          creditCode\n        }\n      }\n    }\n  }\n}": types.EventAttendeesDocument,
    "query EventDayMeetings($eventId: ID!) {\n  dockingEvent(id: $eventId) {\n    id\n    title\n    meetings(first: 500) {\n      id\n      startsAt\n      endsAt\n      table\n      published\n      parties {\n        id\n        name\n      }\n      ...AttendanceItem\n    }\n  }\n}": types.EventDayMeetingsDocument,
    "query EventFloor($eventId: ID!) {\n  dockingEvent(id: $eventId) {\n    id\n    title\n    venue\n  }\n  eventFloor(eventId: $eventId) {\n    now\n    nextSlotStartsAt\n    noShows\n    checkIns {\n      approved\n      checkedIn\n    }\n    slot {\n      startsAt\n      endsAt\n      session\n      current\n    }\n    tables {\n      table\n      meeting {\n        id\n        parties {\n          id\n          name\n        }\n        ...AttendanceItem\n      }\n    }\n  }\n}": types.EventFloorDocument,
    "query MyAgendaAttendance($eventId: ID!) {\n  myAgenda(eventId: $eventId) {\n    id\n    walkIn\n    attendance {\n      status\n    }\n  }\n}": types.MyAgendaAttendanceDocument,
    "query MyCheckIn($eventId: ID!) {\n  myCheckIn(eventId: $eventId) {\n    code\n    checkedInAt\n  }\n}": types.MyCheckInDocument,
    "fragment EventSummary on DockingEvent {\n  id\n  title\n  theme\n  venue\n  startsAt\n  endsAt\n  sectors\n  registrationClosesAt\n  schedulePublishedAt\n}": types.EventSummaryFragmentDoc,
    "fragment RegistrationItem on EventRegistration {\n  id\n  status\n  createdAt\n  reviewedAt\n  enterprise {\n    id\n    name\n    sector\n    region {\n      fullName\n    }\n  }\n  listings {\n    id\n    kind\n    title\n  }\n}": types.RegistrationItemFragmentDoc,
    "mutation RegisterForEvent($eventId: ID!, $listingIds: [ID!]) {\n  registerForEvent(eventId: $eventId, listingIds: $listingIds) {\n    ...RegistrationItem\n  }\n}": types.RegisterForEventDocument,
    "query DockingEvent($id: ID!) {\n  dockingEvent(id: $id) {\n    ...EventSummary\n    slotMinutes\n    maxRequestsPerFirm\n    tables {\n      label\n      tags\n    }\n    sessions {\n      id\n      title\n      startsAt\n      endsAt\n    }\n  }\n}": types.DockingEventDocument,
    "query DockingEvents($first: Int, $after: String) {\n  dockingEvents(first: $first, after: $after) {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...EventSummary\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.DockingEventsDocument,
    "query EventRegistrations($id: ID!) {\n  dockingEvent(id: $id) {\n    id\n    registrations {\n      ...RegistrationItem\n    }\n  }\n}": types.EventRegistrationsDocument,
    "fragment FinancingConditionItem on FinancingCondition {\n  code\n  met\n  detail\n}": types.FinancingConditionItemFragmentDoc,
    "mutation CreateFinancingNeed($input: FinancingNeedInput!) {\n  createFinancingNeed(input: $input) {\n    id\n  }\n}": types.CreateFinancingNeedDocument,
    "mutation CreateFinancingProduct($input: FinancingProductInput!) {\n  createFinancingProduct(input: $input) {\n    id\n    name\n    status\n  }\n}": types.CreateFinancingProductDocument,
    "mutation RecordLoanOutcome($needId: ID!, $productId: ID!, $stage: LoanStage!, $amountCny: Decimal) {\n  recordLoanOutcome(\n    needId: $needId\n    productId: $productId\n    stage: $stage\n    amountCny: $amountCny\n  ) {\n    loanStage\n    loanAmountCny\n  }\n}": types.RecordLoanOutcomeDocument,
    "mutation ShareDealsWithLender($input: ShareDealsWithLenderInput!) {\n  shareDealsWithLender(input: $input) {\n    id\n    withdrawnAt\n  }\n}": types.ShareDealsWithLenderDocument,
    "mutation UpdateFinancingProduct($id: ID!, $input: FinancingProductInput!) {\n  updateFinancingProduct(id: $id, input: $input) {\n    id\n    name\n    status\n  }\n}": types.UpdateFinancingProductDocument,
    "mutation WithdrawDealShare($id: ID!) {\n  withdrawDealShare(id: $id) {\n    id\n    withdrawnAt\n  }\n}": types.WithdrawDealShareDocument,
    "query FinancingMatchesForNeed($needId: ID!) {\n  financingMatchesForNeed(needId: $needId, includeIneligible: true, first: 50) {\n    totalCount\n    edges {\n      node {\n        eligible\n        score\n        loanStage\n        conditions {\n          ...FinancingConditionItem\n        }\n        product {\n          id\n          name\n          minAnnualRate\n          maxAnnualRate\n          lender {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n}": types.FinancingMatchesForNeedDocument,
    "query FinancingMatchesForProduct($productId: ID!) {\n  financingMatchesForProduct(productId: $productId, first: 50) {\n    totalCount\n    edges {\n      node {\n        eligible\n        score\n        loanStage\n        loanAmountCny\n        conditions {\n          ...FinancingConditionItem\n        }\n        need {\n          id\n          amountCny\n          purpose\n          termMonths\n          enterprise {\n            id\n            name\n          }\n          sharedDeals {\n            dealId\n            counterpartName\n            amountCny\n            stage\n            agreedAt\n          }\n        }\n      }\n    }\n  }\n}": types.FinancingMatchesForProductDocument,
    "query MyConfirmedSales {\n  myConfirmedSales {\n    dealId\n    counterpartName\n    amountCny\n    stage\n    agreedAt\n  }\n}": types.MyConfirmedSalesDocument,
    "query MyFinancingNeeds {\n  myFinancingNeeds(first: 50) {\n    totalCount\n    edges {\n      node {\n        id\n        amountCny\n        purpose\n        termMonths\n        guaranteeTypes\n        status\n        dealShares {\n          id\n          dealIds\n          withdrawnAt\n          lender {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n}": types.MyFinancingNeedsDocument,
    "query MyFinancingProducts($lenderEnterpriseId: ID!) {\n  financingProducts(lenderEnterpriseId: $lenderEnterpriseId, first: 100) {\n    totalCount\n    edges {\n      node {\n        id\n        name\n        minAmountCny\n        maxAmountCny\n        minAnnualRate\n        maxAnnualRate\n        minTermMonths\n        maxTermMonths\n        guaranteeTypes\n        status\n      }\n    }\n  }\n}": types.MyFinancingProductsDocument,
    "fragment InvestmentEntryFields on InvestmentPipelineEntry {\n  id\n  stage\n  signedAmountCny\n  signedOn\n  landedAmountCny\n  landedOn\n  contactedAt\n  note\n  updatedAt\n  candidate {\n    id\n    name\n  }\n  owner {\n    id\n    name\n  }\n  project {\n    id\n    title\n  }\n  region {\n    code\n    name\n  }\n  category {\n    code\n    name\n  }\n}": types.InvestmentEntryFieldsFragmentDoc,
    "mutation AddToInvestmentPipeline($input: AddToInvestmentPipelineInput!) {\n  addToInvestmentPipeline(input: $input) {\n    ...InvestmentEntryFields\n  }\n}": types.AddToInvestmentPipelineDocument,
    "mutation CreateInvestmentProject($input: InvestmentProjectInput!) {\n  createInvestmentProject(input: $input) {\n    id\n    title\n  }\n}": types.CreateInvestmentProjectDocument,
    "mutation MoveInvestmentPipelineEntry($input: MoveInvestmentPipelineInput!) {\n  moveInvestmentPipelineEntry(input: $input) {\n    ...InvestmentEntryFields\n  }\n}": types.MoveInvestmentPipelineEntryDocument,
    "mutation UpdateInvestmentProject($id: ID!, $input: InvestmentProjectInput!) {\n  updateInvestmentProject(id: $id, input: $input) {\n    id\n    title\n    stage\n  }\n}": types.UpdateInvestmentProjectDocument,
    "query ChainNodeInvestment($categoryCode: String!, $regionCode: String!) {\n  chainNodeMembers(categoryCode: $categoryCode, regionCode: $regionCode) {\n    investmentProjects(first: 20) {\n      id\n      title\n      stage\n      plannedInvestmentCny\n    }\n    investmentLeads(first: 10) {\n      totalCount\n      edges {\n        node {\n          firm {\n            id\n            name\n          }\n          score\n        }\n      }\n    }\n  }\n}": types.ChainNodeInvestmentDocument,
    "query InvestmentLeads($regionCode: String!, $sector: Sector, $first: Int, $after: String) {\n  investmentLeads(\n    regionCode: $regionCode\n    sector: $sector\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        firm {\n          id\n          name\n        }\n        category {\n          code\n          name\n        }\n        region {\n          code\n          name\n        }\n        score\n        reasons\n        pipelineEntry {\n          id\n          stage\n        }\n      }\n    }\n  }\n}": types.InvestmentLeadsDocument,
    "query InvestmentPipeline {\n  investmentPipeline(first: 100) {\n    totalCount\n    edges {\n      node {\n        ...InvestmentEntryFields\n      }\n    }\n  }\n}": types.InvestmentPipelineDocument,
    "query InvestmentProjectCandidates($projectId: ID!) {\n  investmentProjectCandidates(projectId: $projectId, first: 20) {\n    totalCount\n    edges {\n      node {\n        firm {\n          id\n          name\n        }\n        category {\n          code\n          name\n        }\n        score\n        reasons\n        pipelineEntry {\n          id\n          stage\n        }\n      }\n    }\n  }\n}": types.InvestmentProjectCandidatesDocument,
    "query InvestmentProjects($mine: Boolean, $first: Int) {\n  investmentProjects(mine: $mine, first: $first) {\n    totalCount\n    edges {\n      node {\n        id\n        title\n        description\n        stage\n        plannedInvestmentCny\n        contactName\n        contactPhone\n        region {\n          code\n          fullName\n        }\n        categories {\n          code\n          name\n        }\n        owner {\n          id\n          name\n        }\n      }\n    }\n  }\n}": types.InvestmentProjectsDocument,
    "query InvestmentViewer {\n  me {\n    id\n    enterprise {\n      id\n      name\n      participantType\n      verificationStatus\n    }\n  }\n}": types.InvestmentViewerDocument,
    "query MyInvestmentContacts {\n  myInvestmentContacts(first: 50) {\n    totalCount\n    edges {\n      node {\n        ...InvestmentEntryFields\n      }\n    }\n  }\n}": types.MyInvestmentContactsDocument,
    "fragment ListingProposalRow on ListingProposal {\n  id\n  kind\n  title\n  description\n  categoryCode\n  regionCode\n  quantity\n  unit\n  priceMin\n  priceMax\n  validUntil\n  certifications\n  eventId\n  eventTitle\n  status\n  listingId\n  createdAt\n  respondedAt\n}": types.ListingProposalRowFragmentDoc,
    "fragment ListingRow on Listing {\n  id\n  kind\n  title\n  description\n  status\n  matchingStatus\n  quantity\n  unit\n  priceMin\n  priceMax\n  priceNegotiable\n  validUntil\n  confidential\n  certifications\n  createdAt\n  updatedAt\n  category {\n    code\n    name\n  }\n  region {\n    code\n    fullName\n  }\n}": types.ListingRowFragmentDoc,
    "mutation CloseListing($id: ID!) {\n  closeListing(id: $id) {\n    id\n    status\n    matchingStatus\n    updatedAt\n  }\n}": types.CloseListingDocument,
    "mutation CreateListing($input: CreateListingInput!) {\n  createListing(input: $input) {\n    ...ListingRow\n  }\n}": types.CreateListingDocument,
    "mutation RespondToListingProposal($id: ID!, $accept: Boolean!) {\n  respondToListingProposal(id: $id, accept: $accept) {\n    ...ListingProposalRow\n  }\n}": types.RespondToListingProposalDocument,
    "mutation UpdateListing($id: ID!, $input: UpdateListingInput!) {\n  updateListing(id: $id, input: $input) {\n    ...ListingRow\n  }\n}": types.UpdateListingDocument,
    "query Listing($id: ID!) {\n  listing(id: $id) {\n    ...ListingRow\n    enterprise {\n      id\n      name\n    }\n  }\n}": types.ListingDocument,
    "query ListingOptions {\n  units {\n    code\n    kind\n  }\n  certifications {\n    code\n    name\n  }\n}": types.ListingOptionsDocument,
    "query ListingProposals($status: ListingProposalStatus, $first: Int, $after: String) {\n  listingProposals(status: $status, first: $first, after: $after) {\n    totalCount\n    edges {\n      node {\n        ...ListingProposalRow\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.ListingProposalsDocument,
    "query MyListings($enterpriseId: ID!, $first: Int, $after: String) {\n  enterprise(id: $enterpriseId) {\n    id\n    listings(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ListingRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}": types.MyListingsDocument,
    "fragment SuggestionSide on Listing {\n  id\n  kind\n  title\n  quantity\n  unit\n  priceMin\n  priceMax\n  enterprise {\n    id\n    name\n    region {\n      fullName\n    }\n  }\n}\n\nfragment SuggestionCard on MatchSuggestion {\n  id\n  score\n  supplyDecision\n  demandDecision\n  updatedAt\n  reasons {\n    code\n    contribution\n    detail\n  }\n  supply {\n    ...SuggestionSide\n  }\n  demand {\n    ...SuggestionSide\n  }\n}": types.SuggestionSideFragmentDoc,
    "mutation RespondToMatch($id: ID!, $decision: MatchDecision!) {\n  respondToMatch(id: $id, decision: $decision) {\n    id\n    supplyDecision\n    demandDecision\n    updatedAt\n  }\n}": types.RespondToMatchDocument,
    "query ListingSuggestions($listingId: ID!, $first: Int, $after: String) {\n  matchSuggestions(listingId: $listingId, first: $first, after: $after) {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...SuggestionCard\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.ListingSuggestionsDocument,
    "query PartnerSuggestions($enterpriseId: ID!, $first: Int) {\n  partnerSuggestions(enterpriseId: $enterpriseId, first: $first) {\n    direction\n    score\n    matchCount\n    enterprise {\n      id\n      name\n      sector\n      region {\n        fullName\n      }\n    }\n    bestMatch {\n      ...SuggestionCard\n    }\n  }\n}": types.PartnerSuggestionsDocument,
    "fragment MeetingRequestItem on MeetingRequest {\n  id\n  status\n  message\n  mutual\n  matchScore\n  tableTags\n  createdAt\n  respondedAt\n  requester {\n    id\n    name\n  }\n  invitee {\n    id\n    name\n  }\n}": types.MeetingRequestItemFragmentDoc,
    "mutation CancelMeetingRequest($id: ID!) {\n  cancelMeetingRequest(id: $id) {\n    ...MeetingRequestItem\n  }\n}": types.CancelMeetingRequestDocument,
    "mutation CreateCalendarFeed {\n  createCalendarFeed {\n    key\n    createdAt\n  }\n}": types.CreateCalendarFeedDocument,
    "mutation RequestMeeting($eventId: ID!, $input: MeetingRequestInput!) {\n  requestMeeting(eventId: $eventId, input: $input) {\n    ...MeetingRequestItem\n  }\n}": types.RequestMeetingDocument,
    "mutation RespondToMeetingRequest($id: ID!, $accept: Boolean!) {\n  respondToMeetingRequest(id: $id, accept: $accept) {\n    ...MeetingRequestItem\n  }\n}": types.RespondToMeetingRequestDocument,
    "mutation RevokeCalendarFeed {\n  revokeCalendarFeed\n}": types.RevokeCalendarFeedDocument,
    "query CalendarFeed {\n  calendarFeed {\n    key\n    createdAt\n  }\n}": types.CalendarFeedDocument,
    "query EventMeetingRequests($eventId: ID!) {\n  dockingEvent(id: $eventId) {\n    id\n    maxRequestsPerFirm\n    meetingRequests {\n      ...MeetingRequestItem\n    }\n  }\n}": types.EventMeetingRequestsDocument,
    "query MyAgenda($eventId: ID!) {\n  myAgenda(eventId: $eventId) {\n    id\n    startsAt\n    endsAt\n    table\n    parties {\n      id\n      name\n    }\n    ratings {\n      rating\n      comment\n      enterprise {\n        id\n      }\n    }\n  }\n}": types.MyAgendaDocument,
    "fragment NotificationItem on Notification {\n  id\n  kind\n  title\n  body\n  data\n  readAt\n  createdAt\n}": types.NotificationItemFragmentDoc,
    "mutation CreateWebhook($input: CreateWebhookInput!) {\n  createWebhook(input: $input) {\n    secret\n    webhook {\n      id\n      url\n      kinds\n      enabled\n      createdAt\n    }\n  }\n}": types.CreateWebhookDocument,
    "mutation DeleteWebhook($id: ID!) {\n  deleteWebhook(id: $id)\n}": types.DeleteWebhookDocument,
    "mutation MarkNotificationsRead($ids: [ID!]!) {\n  markNotificationsRead(ids: $ids)\n}": types.MarkNotificationsReadDocument,
    "mutation SetEmailNotificationKinds($kinds: [String!]!) {\n  setEmailNotificationKinds(kinds: $kinds) {\n    id\n    emailNotificationKinds\n  }\n}": types.SetEmailNotificationKindsDocument,
    "query NotificationSettings {\n  me {\n    id\n    emailNotificationKinds\n  }\n  webhooks {\n    id\n    url\n    kinds\n    enabled\n    createdAt\n  }\n}": types.NotificationSettingsDocument,
    "query Notifications($first: Int, $after: String) {\n  notifications(first: $first, after: $after) {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...NotificationItem\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.NotificationsDocument,
    "query UnreadCount {\n  me {\n    id\n    unreadNotifications\n  }\n}": types.UnreadCountDocument,
    "subscription NotificationReceived {\n  notificationReceived {\n    ...NotificationItem\n  }\n}": types.NotificationReceivedDocument,
    "fragment EnterpriseClaimRow on EnterpriseClaim {\n  id\n  name\n  contactName\n  contactPhone\n  status\n  createdAt\n  reviewedAt\n  enterprise {\n    id\n    name\n    creditCode\n    region {\n      code\n      fullName\n    }\n  }\n}": types.EnterpriseClaimRowFragmentDoc,
    "fragment OrganiserEvent on DockingEvent {\n  id\n  title\n  theme\n  venue\n  sectors\n  startsAt\n  endsAt\n  slotMinutes\n  maxRequestsPerFirm\n  registrationClosesAt\n  schedulePublishedAt\n  categories {\n    code\n    name\n  }\n  tables {\n    label\n    tags\n  }\n  sessions {\n    id\n    title\n    startsAt\n    endsAt\n    slots\n  }\n}": types.OrganiserEventFragmentDoc,
    "mutation AddMeetingSession($eventId: ID!, $input: MeetingSessionInput!) {\n  addMeetingSession(eventId: $eventId, input: $input) {\n    id\n    title\n    startsAt\n    endsAt\n    slots\n  }\n}": types.AddMeetingSessionDocument,
    "mutation CommitListingImport($id: ID!, $corrections: [ImportCorrectionInput!]) {\n  commitListingImport(id: $id, corrections: $corrections) {\n    id\n    status\n    total\n    processed\n  }\n}": types.CommitListingImportDocument,
    "mutation CreateDockingEvent($input: CreateDockingEventInput!) {\n  createDockingEvent(input: $input) {\n    ...OrganiserEvent\n  }\n}": types.CreateDockingEventDocument,
    "mutation ReviewEnterpriseClaim($id: ID!, $approve: Boolean!) {\n  reviewEnterpriseClaim(id: $id, approve: $approve) {\n    ...EnterpriseClaimRow\n  }\n}": types.ReviewEnterpriseClaimDocument,
    "mutation ReviewRegistration($id: ID!, $approve: Boolean!, $reason: String) {\n  reviewRegistration(id: $id, approve: $approve, reason: $reason) {\n    id\n    status\n    reviewedAt\n    reviewNote\n  }\n}": types.ReviewRegistrationDocument,
    "mutation UpdateDockingEvent($id: ID!, $input: UpdateDockingEventInput!) {\n  updateDockingEvent(id: $id, input: $input) {\n    ...OrganiserEvent\n  }\n}": types.UpdateDockingEventDocument,
    "query EnterpriseClaims($status: EnterpriseClaimStatus, $first: Int, $after: String) {\n  enterpriseClaims(status: $status, first: $first, after: $after) {\n    totalCount\n    edges {\n      node {\n        ...EnterpriseClaimRow\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.EnterpriseClaimsDocument,
    "query ListingImport($id: ID!, $first: Int, $offset: Int) {\n  listingImport(id: $id) {\n    id\n    status\n    filename\n    total\n    processed\n    created\n    updated\n    unchanged\n    proposed\n    failed\n    error\n    rows(first: $first, offset: $offset) {\n      row\n      sheet\n      outcome\n      listingId\n      errors {\n        column\n        message\n      }\n    }\n  }\n}": types.ListingImportDocument,
    "query ListingImportPreview($id: ID!, $corrections: [ImportCorrectionInput!], $first: Int, $offset: Int) {\n  previewListingImport(id: $id, corrections: $corrections) {\n    id\n    filename\n    total\n    accepted\n    rejected\n    rows(first: $first, offset: $offset) {\n      row\n      sheet\n      outcome\n      enterpriseName\n      creditCode\n      existingEnterprise\n      kind\n      title\n      categoryCode\n      inferredCategory {\n        code\n        name\n        confidence\n      }\n      errors {\n        column\n        message\n      }\n      warnings {\n        column\n        message\n      }\n    }\n  }\n}": types.ListingImportPreviewDocument,
    "query OrganisedEvents($first: Int, $after: String, $organisedByMe: Boolean) {\n  dockingEvents(first: $first, after: $after, organisedByMe: $organisedByMe) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        title\n        venue\n        startsAt\n        endsAt\n        sectors\n        registrationClosesAt\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.OrganisedEventsDocument,
    "query OrganiserEvent($id: ID!) {\n  dockingEvent(id: $id) {\n    ...OrganiserEvent\n  }\n}": types.OrganiserEventDocument,
    "query OrganiserRequests($eventId: ID!) {\n  dockingEvent(id: $eventId) {\n    id\n    maxRequestsPerFirm\n    meetingRequests(first: 500) {\n      id\n      status\n      mutual\n      createdAt\n      requester {\n        id\n        name\n      }\n      invitee {\n        id\n        name\n      }\n    }\n    meetings(first: 500) {\n      id\n      startsAt\n      table\n      request {\n        id\n      }\n    }\n  }\n}": types.OrganiserRequestsDocument,
    "query RegistrationsReview($id: ID!, $status: RegistrationStatus, $sector: Sector) {\n  dockingEvent(id: $id) {\n    id\n    registrations(status: $status, sector: $sector, first: 80) {\n      id\n      status\n      createdAt\n      reviewedAt\n      reviewNote\n      enterprise {\n        id\n        name\n        sector\n        verificationStatus\n        region {\n          fullName\n        }\n      }\n      listings {\n        id\n        kind\n        title\n        suggestionCount\n      }\n    }\n  }\n}": types.RegistrationsReviewDocument,
    "fragment DealItem on Deal {\n  id\n  stage\n  amountCny\n  note\n  createdAt\n  updatedAt\n  confirmed\n  reportStatus\n  awaitingConfirmationFrom {\n    id\n  }\n  supplier {\n    id\n    name\n  }\n  buyer {\n    id\n    name\n  }\n  meeting {\n    id\n  }\n}": types.DealItemFragmentDoc,
    "fragment ReviewDeal on Deal {\n  id\n  agreedStage\n  agreedAmountCny\n  reportStatus\n  reportReviewNote\n  supplier {\n    id\n    name\n  }\n  buyer {\n    id\n    name\n  }\n}": types.ReviewDealFragmentDoc,
    "mutation AdvanceDeal($id: ID!, $stage: DealStage!, $amountCny: Decimal) {\n  advanceDeal(id: $id, stage: $stage, amountCny: $amountCny) {\n    ...DealItem\n  }\n}": types.AdvanceDealDocument,
    "mutation ConfirmDeal($id: ID!, $expectedUpdatedAt: DateTime) {\n  confirmDeal(id: $id, expectedUpdatedAt: $expectedUpdatedAt) {\n    ...DealItem\n  }\n}": types.ConfirmDealDocument,
    "mutation DeclineDeal($id: ID!) {\n  declineDeal(id: $id) {\n    ...DealItem\n  }\n}": types.DeclineDealDocument,
    "mutation RateMeeting($meetingId: ID!, $rating: MeetingRating!, $comment: String) {\n  rateMeeting(meetingId: $meetingId, rating: $rating, comment: $comment) {\n    id\n    ratings {\n      rating\n      comment\n      enterprise {\n        id\n      }\n    }\n  }\n}": types.RateMeetingDocument,
    "mutation RecordDeal($input: RecordDealInput!) {\n  recordDeal(input: $input) {\n    ...DealItem\n  }\n}": types.RecordDealDocument,
    "mutation ReviewDealForReport($id: ID!, $review: DealReview!, $note: String) {\n  reviewDealForReport(id: $id, review: $review, note: $note) {\n    ...ReviewDeal\n  }\n}": types.ReviewDealForReportDocument,
    "query EventDeals($eventId: ID!) {\n  dockingEvent(id: $eventId) {\n    id\n    deals {\n      ...DealItem\n    }\n  }\n}": types.EventDealsDocument,
    "query ReviewDeals($eventId: ID!) {\n  dockingEvent(id: $eventId) {\n    id\n    deals(first: 500) {\n      ...ReviewDeal\n    }\n  }\n}": types.ReviewDealsDocument,
    "fragment PolicyItem on Policy {\n  id\n  title\n  benefit\n  benefitAmountCny\n  deadline\n  open\n  regionNames\n  rules {\n    kind\n    description\n  }\n  issuer {\n    id\n    name\n  }\n}": types.PolicyItemFragmentDoc,
    "mutation ApplyForPolicy($input: ApplyForPolicyInput!) {\n  applyForPolicy(input: $input) {\n    id\n    status\n    statusName\n    reviewNote\n  }\n}": types.ApplyForPolicyDocument,
    "mutation PublishPolicy($input: PublishPolicyInput!) {\n  publishPolicy(input: $input) {\n    ...PolicyItem\n  }\n}": types.PublishPolicyDocument,
    "mutation ReviewPolicyApplication($id: ID!, $status: PolicyApplicationStatus!, $note: String) {\n  reviewPolicyApplication(id: $id, status: $status, note: $note) {\n    id\n    status\n    statusName\n    reviewNote\n  }\n}": types.ReviewPolicyApplicationDocument,
    "query IssuedPolicies {\n  policies(issuedByMe: true, first: 50) {\n    totalCount\n    edges {\n      node {\n        ...PolicyItem\n        eligibleFirmCount\n        evaluatedAt\n        applications(first: 0) {\n          totalCount\n        }\n      }\n    }\n  }\n}": types.IssuedPoliciesDocument,
    "query MyPolicies {\n  myPolicies {\n    eligible\n    policy {\n      ...PolicyItem\n    }\n    conditions {\n      kind\n      met\n      detail\n    }\n    application {\n      id\n      status\n      statusName\n      reviewNote\n    }\n  }\n}": types.MyPoliciesDocument,
    "query PolicyApplications($id: ID!) {\n  policy(id: $id) {\n    id\n    applications(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          statusName\n          note\n          reviewNote\n          createdAt\n          enterprise {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n}": types.PolicyApplicationsDocument,
    "query EventReport($eventId: ID!) {\n  dockingEvent(id: $eventId) {\n    id\n    title\n  }\n  eventReport(eventId: $eventId) {\n    funnel {\n      registrations\n      approved\n      suggestions\n      meetingRequests\n      accepted\n      placed\n      held\n      intents\n      signed\n      fulfilled\n      signedAmountCny\n      fulfilledAmountCny\n    }\n    bySector {\n      sector\n      firms\n      contracts\n      amountCny\n    }\n    byCategory {\n      category {\n        code\n        name\n      }\n      firms\n      contracts\n      amountCny\n    }\n    localSupplyShare\n    chainGaps {\n      category {\n        code\n        name\n      }\n      demands\n      firms\n      examples\n    }\n    roundTables {\n      roundTables\n      seats\n      seatsTaken\n      hosts\n      seatedFirms\n    }\n    technologyContracts {\n      contracts\n      amountCny\n      bySector {\n        sector\n        contracts\n        amountCny\n      }\n      byCategory {\n        category {\n          code\n          name\n        }\n        contracts\n        amountCny\n      }\n      byRegion {\n        region {\n          code\n          name\n        }\n        contracts\n        amountCny\n      }\n    }\n    policies {\n      applications\n      byPolicy {\n        policyId\n        title\n        count\n      }\n    }\n    loans {\n      needs\n      needAmountCny\n      matchedNeeds\n      loans\n      amountCny\n    }\n    investment {\n      total {\n        signed\n        signedAmountCny\n        landed\n        landedAmountCny\n      }\n      bySector {\n        key\n        name\n        signed\n        signedAmountCny\n        landed\n        landedAmountCny\n      }\n    }\n  }\n}": types.EventReportDocument,
    "fragment TechnologyContractItem on TechnologyContract {\n  id\n  amountCny\n  mode\n  signedOn\n  status\n  awaitingMyConfirmation\n  result {\n    id\n    title\n  }\n  need {\n    id\n    title\n  }\n  research {\n    id\n    name\n  }\n  firm {\n    id\n    name\n  }\n  createdAt\n}": types.TechnologyContractItemFragmentDoc,
    "fragment TechnologyMatchItem on TechnologyMatch {\n  score\n  reasons {\n    condition\n    met\n    text\n  }\n  result {\n    ...TechnologyResultItem\n    enterprise {\n      id\n      name\n    }\n  }\n  need {\n    ...TechnologyNeedItem\n    enterprise {\n      id\n      name\n    }\n  }\n}": types.TechnologyMatchItemFragmentDoc,
    "fragment TechnologyNeedItem on TechnologyNeed {\n  id\n  title\n  problem\n  category {\n    code\n    name\n  }\n  budgetCny\n  deadline\n  minMaturity\n  open\n  event {\n    id\n    title\n  }\n  createdAt\n}": types.TechnologyNeedItemFragmentDoc,
    "fragment TechnologyResultItem on TechnologyResult {\n  id\n  title\n  description\n  categories {\n    code\n    name\n  }\n  maturity\n  ipRights {\n    kind\n    number\n  }\n  cooperationModes\n  priceCny\n  open\n  createdAt\n}": types.TechnologyResultItemFragmentDoc,
    "mutation ConfirmTechnologyContract($id: ID!) {\n  confirmTechnologyContract(id: $id) {\n    ...TechnologyContractItem\n  }\n}": types.ConfirmTechnologyContractDocument,
    "mutation CreateTechnologyNeed($input: TechnologyNeedInput!) {\n  createTechnologyNeed(input: $input) {\n    ...TechnologyNeedItem\n  }\n}": types.CreateTechnologyNeedDocument,
    "mutation CreateTechnologyResult($input: TechnologyResultInput!) {\n  createTechnologyResult(input: $input) {\n    ...TechnologyResultItem\n  }\n}": types.CreateTechnologyResultDocument,
    "mutation DeclineTechnologyContract($id: ID!) {\n  declineTechnologyContract(id: $id) {\n    ...TechnologyContractItem\n  }\n}": types.DeclineTechnologyContractDocument,
    "mutation ProposeTechnologyContract($input: ProposeTechnologyContractInput!) {\n  proposeTechnologyContract(input: $input) {\n    ...TechnologyContractItem\n  }\n}": types.ProposeTechnologyContractDocument,
    "mutation UpdateTechnologyResult($id: ID!, $input: TechnologyResultInput!) {\n  updateTechnologyResult(id: $id, input: $input) {\n    ...TechnologyResultItem\n  }\n}": types.UpdateTechnologyResultDocument,
    "query MyTechnologyContracts {\n  myTechnologyContracts(first: 100) {\n    totalCount\n    edges {\n      node {\n        ...TechnologyContractItem\n      }\n    }\n  }\n}": types.MyTechnologyContractsDocument,
    "query MyTechnologyNeeds {\n  technologyNeeds(mine: true, first: 100) {\n    totalCount\n    edges {\n      node {\n        ...TechnologyNeedItem\n      }\n    }\n  }\n}": types.MyTechnologyNeedsDocument,
    "query MyTechnologyResults {\n  technologyResults(mine: true, first: 100) {\n    totalCount\n    edges {\n      node {\n        ...TechnologyResultItem\n      }\n    }\n  }\n}": types.MyTechnologyResultsDocument,
    "query TechnologyNeedMatches($needId: ID!) {\n  technologyNeedMatches(needId: $needId) {\n    ...TechnologyMatchItem\n  }\n}": types.TechnologyNeedMatchesDocument,
    "query TechnologyResultMatches($resultId: ID!) {\n  technologyResultMatches(resultId: $resultId) {\n    ...TechnologyMatchItem\n  }\n}": types.TechnologyResultMatchesDocument,
    "fragment RoundTableItem on RoundTable {\n  id\n  topic\n  description\n  table\n  startsAt\n  endsAt\n  capacity\n  seatsTaken\n  mySeat\n  hosting\n  host {\n    id\n    name\n  }\n  seats {\n    id\n    name\n  }\n}": types.RoundTableItemFragmentDoc,
    "mutation CancelRoundTable($id: ID!) {\n  cancelRoundTable(id: $id)\n}": types.CancelRoundTableDocument,
    "mutation CreateRoundTable($eventId: ID!, $input: RoundTableInput!) {\n  createRoundTable(eventId: $eventId, input: $input) {\n    ...RoundTableItem\n  }\n}": types.CreateRoundTableDocument,
    "mutation LeaveRoundTableSeat($id: ID!) {\n  leaveRoundTableSeat(id: $id) {\n    ...RoundTableItem\n  }\n}": types.LeaveRoundTableSeatDocument,
    "mutation TakeRoundTableSeat($id: ID!) {\n  takeRoundTableSeat(id: $id) {\n    ...RoundTableItem\n  }\n}": types.TakeRoundTableSeatDocument,
    "query EventRoundTables($eventId: ID!) {\n  dockingEvent(id: $eventId) {\n    id\n    tables {\n      label\n    }\n    sessions {\n      id\n      title\n      slots\n    }\n    roundTables(first: 100) {\n      ...RoundTableItem\n    }\n  }\n}": types.EventRoundTablesDocument,
    "query MyRoundTables($eventId: ID!) {\n  myRoundTables(eventId: $eventId) {\n    ...RoundTableItem\n  }\n}": types.MyRoundTablesDocument,
    "query RoundTableHosts($eventId: ID!) {\n  dockingEvent(id: $eventId) {\n    id\n    registrations(status: APPROVED, first: 500) {\n      id\n      enterprise {\n        id\n        name\n      }\n    }\n  }\n}": types.RoundTableHostsDocument,
    "fragment ScheduleMeeting on Meeting {\n  id\n  startsAt\n  endsAt\n  table\n  published\n  locked\n  parties {\n    id\n    name\n  }\n  request {\n    id\n  }\n}": types.ScheduleMeetingFragmentDoc,
    "fragment ScheduleRunResult on ScheduleRun {\n  id\n  status\n  placed\n  unplaced\n  objective\n  upperBound\n  solveMillis\n  error\n  createdAt\n  finishedAt\n  unplacedRequests {\n    reason\n    detail\n    request {\n      id\n      requester {\n        id\n        name\n      }\n      invitee {\n        id\n        name\n      }\n    }\n  }\n}": types.ScheduleRunResultFragmentDoc,
    "mutation BookMeeting($requestId: ID!, $startsAt: DateTime!, $table: String!) {\n  bookMeeting(requestId: $requestId, startsAt: $startsAt, table: $table) {\n    ...ScheduleMeeting\n  }\n}": types.BookMeetingDocument,
    "mutation CancelMeeting($id: ID!) {\n  cancelMeeting(id: $id)\n}": types.CancelMeetingDocument,
    "mutation LockMeeting($id: ID!) {\n  lockMeeting(id: $id) {\n    id\n    locked\n  }\n}": types.LockMeetingDocument,
    "mutation MoveMeeting($id: ID!, $startsAt: DateTime!, $table: String!) {\n  moveMeeting(id: $id, startsAt: $startsAt, table: $table) {\n    ...ScheduleMeeting\n  }\n}": types.MoveMeetingDocument,
    "mutation PublishSchedule($eventId: ID!) {\n  publishSchedule(eventId: $eventId) {\n    id\n    schedulePublishedAt\n  }\n}": types.PublishScheduleDocument,
    "mutation ScheduleMeetings($eventId: ID!) {\n  scheduleMeetings(eventId: $eventId) {\n    ...ScheduleRunResult\n  }\n}": types.ScheduleMeetingsDocument,
    "mutation UnlockMeeting($id: ID!) {\n  unlockMeeting(id: $id) {\n    id\n    locked\n  }\n}": types.UnlockMeetingDocument,
    "query AcceptedRequests($eventId: ID!) {\n  dockingEvent(id: $eventId) {\n    id\n    meetingRequests(status: ACCEPTED, first: 500) {\n      id\n      mutual\n      tableTags\n      requester {\n        id\n        name\n      }\n      invitee {\n        id\n        name\n      }\n    }\n  }\n}": types.AcceptedRequestsDocument,
    "query EventSchedule($eventId: ID!) {\n  dockingEvent(id: $eventId) {\n    id\n    title\n    slotMinutes\n    schedulePublishedAt\n    tables {\n      label\n      tags\n    }\n    sessions {\n      id\n      title\n      startsAt\n      endsAt\n      slots\n    }\n    meetings(first: 500) {\n      ...ScheduleMeeting\n    }\n    latestScheduleRun {\n      ...ScheduleRunResult\n    }\n  }\n}": types.EventScheduleDocument,
    "query ScheduleRun($id: ID!) {\n  scheduleRun(id: $id) {\n    ...ScheduleRunResult\n  }\n}": types.ScheduleRunDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input) {\n    user {\n      id\n    }\n  }\n}"): (typeof documents)["mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input) {\n    user {\n      id\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LogIn($input: LogInInput!) {\n  logIn(input: $input) {\n    user {\n      id\n    }\n  }\n}"): (typeof documents)["mutation LogIn($input: LogInInput!) {\n  logIn(input: $input) {\n    user {\n      id\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LogOut {\n  logOut\n}"): (typeof documents)["mutation LogOut {\n  logOut\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LogOutEverywhere {\n  logOutEverywhere\n}"): (typeof documents)["mutation LogOutEverywhere {\n  logOutEverywhere\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n  requestPasswordReset(input: $input)\n}"): (typeof documents)["mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n  requestPasswordReset(input: $input)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input)\n}"): (typeof documents)["mutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignUp($input: SignUpInput!) {\n  signUp(input: $input) {\n    user {\n      id\n    }\n  }\n}"): (typeof documents)["mutation SignUp($input: SignUpInput!) {\n  signUp(input: $input) {\n    user {\n      id\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me {\n  me {\n    id\n    email\n    displayName\n    role\n    enterprise {\n      id\n      name\n      participantType\n    }\n  }\n}"): (typeof documents)["query Me {\n  me {\n    id\n    email\n    displayName\n    role\n    enterprise {\n      id\n      name\n      participantType\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ChainNodeFirms($categoryCode: String!, $regionCode: String!, $first: Int, $after: String) {\n  chainNodeMembers(categoryCode: $categoryCode, regionCode: $regionCode) {\n    category {\n      code\n      name\n    }\n    firms(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          verificationStatus\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}"): (typeof documents)["query ChainNodeFirms($categoryCode: String!, $regionCode: String!, $first: Int, $after: String) {\n  chainNodeMembers(categoryCode: $categoryCode, regionCode: $regionCode) {\n    category {\n      code\n      name\n    }\n    firms(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          verificationStatus\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ChainNodeListings($categoryCode: String!, $regionCode: String!, $first: Int, $after: String) {\n  chainNodeMembers(categoryCode: $categoryCode, regionCode: $regionCode) {\n    category {\n      code\n      name\n    }\n    listings(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          kind\n          title\n          quantity\n          unit\n          confidential\n          enterprise {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}"): (typeof documents)["query ChainNodeListings($categoryCode: String!, $regionCode: String!, $first: Int, $after: String) {\n  chainNodeMembers(categoryCode: $categoryCode, regionCode: $regionCode) {\n    category {\n      code\n      name\n    }\n    listings(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          kind\n          title\n          quantity\n          unit\n          confidential\n          enterprise {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ChainPanorama($sector: Sector, $regionCode: String!) {\n  chainPanorama(sector: $sector, regionCode: $regionCode) {\n    sector\n    region {\n      code\n      name\n      fullName\n    }\n    nodes {\n      category {\n        code\n        name\n      }\n      layer\n      inSector\n      firms\n      openSupplies\n      openDemands\n      coverage\n      supplyQuantities {\n        unit\n        quantity\n      }\n      demandQuantities {\n        unit\n        quantity\n      }\n    }\n    edges {\n      fromCode\n      toCode\n      kind\n      why\n      matchedPairs\n      signedDeals\n      signedAmountCny\n    }\n    investment {\n      categoryCode\n      projects\n      openLeads\n    }\n  }\n}"): (typeof documents)["query ChainPanorama($sector: Sector, $regionCode: String!) {\n  chainPanorama(sector: $sector, regionCode: $regionCode) {\n    sector\n    region {\n      code\n      name\n      fullName\n    }\n    nodes {\n      category {\n        code\n        name\n      }\n      layer\n      inSector\n      firms\n      openSupplies\n      openDemands\n      coverage\n      supplyQuantities {\n        unit\n        quantity\n      }\n      demandQuantities {\n        unit\n        quantity\n      }\n    }\n    edges {\n      fromCode\n      toCode\n      kind\n      why\n      matchedPairs\n      signedDeals\n      signedAmountCny\n    }\n    investment {\n      categoryCode\n      projects\n      openLeads\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment EnterpriseProfile on Enterprise {\n  id\n  name\n  creditCode\n  sector\n  participantType\n  scale\n  verificationStatus\n  description\n  contactName\n  contactPhone\n  createdAt\n  region {\n    code\n    fullName\n  }\n  categories {\n    code\n    name\n  }\n}"): (typeof documents)["fragment EnterpriseProfile on Enterprise {\n  id\n  name\n  creditCode\n  sector\n  participantType\n  scale\n  verificationStatus\n  description\n  contactName\n  contactPhone\n  createdAt\n  region {\n    code\n    fullName\n  }\n  categories {\n    code\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegisterEnterprise($input: RegisterEnterpriseInput!) {\n  registerEnterprise(input: $input) {\n    ...EnterpriseProfile\n    claimed\n  }\n}"): (typeof documents)["mutation RegisterEnterprise($input: RegisterEnterpriseInput!) {\n  registerEnterprise(input: $input) {\n    ...EnterpriseProfile\n    claimed\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateEnterprise($id: ID!, $input: UpdateEnterpriseInput!) {\n  updateEnterprise(id: $id, input: $input) {\n    ...EnterpriseProfile\n  }\n}"): (typeof documents)["mutation UpdateEnterprise($id: ID!, $input: UpdateEnterpriseInput!) {\n  updateEnterprise(id: $id, input: $input) {\n    ...EnterpriseProfile\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ChainCategories {\n  chainCategories {\n    code\n    name\n    group\n    sector\n  }\n}"): (typeof documents)["query ChainCategories {\n  chainCategories {\n    code\n    name\n    group\n    sector\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyEnterprise {\n  me {\n    id\n    enterprise {\n      ...EnterpriseProfile\n    }\n  }\n}"): (typeof documents)["query MyEnterprise {\n  me {\n    id\n    enterprise {\n      ...EnterpriseProfile\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyEnterpriseClaims {\n  myEnterpriseClaims(first: 20) {\n    edges {\n      node {\n        id\n        name\n        status\n        createdAt\n        reviewedAt\n      }\n    }\n  }\n}"): (typeof documents)["query MyEnterpriseClaims {\n  myEnterpriseClaims(first: 20) {\n    edges {\n      node {\n        id\n        name\n        status\n        createdAt\n        reviewedAt\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Regions($parentCode: String) {\n  regions(parentCode: $parentCode) {\n    code\n    name\n  }\n}"): (typeof documents)["query Regions($parentCode: String) {\n  regions(parentCode: $parentCode) {\n    code\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AttendanceItem on Meeting {\n  id\n  walkIn\n  attendance {\n    status\n    partiesDisagree\n    decidedByOrganiser\n    absent {\n      id\n      name\n    }\n  }\n}"): (typeof documents)["fragment AttendanceItem on Meeting {\n  id\n  walkIn\n  attendance {\n    status\n    partiesDisagree\n    decidedByOrganiser\n    absent {\n      id\n      name\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CheckInFirm($eventId: ID!, $code: String, $enterpriseId: ID) {\n  checkInFirm(eventId: $eventId, code: $code, enterpriseId: $enterpriseId) {\n    alreadyCheckedIn\n    message\n    attendee {\n      registrationId\n      checkedInAt\n      enterprise {\n        id\n        name\n      }\n    }\n  }\n}"): (typeof documents)["mutation CheckInFirm($eventId: ID!, $code: String, $enterpriseId: ID) {\n  checkInFirm(eventId: $eventId, code: $code, enterpriseId: $enterpriseId) {\n    alreadyCheckedIn\n    message\n    attendee {\n      registrationId\n      checkedInAt\n      enterprise {\n        id\n        name\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkMeetingAttendance($meetingId: ID!, $outcome: AttendanceOutcome!, $absentEnterpriseIds: [ID!]) {\n  markMeetingAttendance(\n    meetingId: $meetingId\n    outcome: $outcome\n    absentEnterpriseIds: $absentEnterpriseIds\n  ) {\n    ...AttendanceItem\n  }\n}"): (typeof documents)["mutation MarkMeetingAttendance($meetingId: ID!, $outcome: AttendanceOutcome!, $absentEnterpriseIds: [ID!]) {\n  markMeetingAttendance(\n    meetingId: $meetingId\n    outcome: $outcome\n    absentEnterpriseIds: $absentEnterpriseIds\n  ) {\n    ...AttendanceItem\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CheckInSummary($eventId: ID!) {\n  checkInSummary(eventId: $eventId) {\n    approved\n    checkedIn\n  }\n}"): (typeof documents)["query CheckInSummary($eventId: ID!) {\n  checkInSummary(eventId: $eventId) {\n    approved\n    checkedIn\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EventAttendees($eventId: ID!, $search: String, $first: Int, $after: String) {\n  eventAttendees(eventId: $eventId, search: $search, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        registrationId\n        checkedInAt\n        enterprise {\n          id\n          name\n          creditCode\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query EventAttendees($eventId: ID!, $search: String, $first: Int, $after: String) {\n  eventAttendees(eventId: $eventId, search: $search, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        registrationId\n        checkedInAt\n        enterprise {\n          id\n          name\n          creditCode\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EventDayMeetings($eventId: ID!) {\n  dockingEvent(id: $eventId) {\n    id\n    title\n    meetings(first: 500) {\n      id\n      startsAt\n      endsAt\n      table\n      published\n      parties {\n        id\n        name\n      }\n      ...AttendanceItem\n    }\n  }\n}"): (typeof documents)["query EventDayMeetings($eventId: ID!) {\n  dockingEvent(id: $eventId) {\n    id\n    title\n    meetings(first: 500) {\n      id\n      startsAt\n      endsAt\n      table\n      published\n      parties {\n        id\n        name\n      }\n      ...AttendanceItem\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EventFloor($eventId: ID!) {\n  dockingEvent(id: $eventId) {\n    id\n    title\n    venue\n  }\n  eventFloor(eventId: $eventId) {\n    now\n    nextSlotStartsAt\n    noShows\n    checkIns {\n      approved\n      checkedIn\n    }\n    slot {\n      startsAt\n      endsAt\n      session\n      current\n    }\n    tables {\n      table\n      meeting {\n        id\n        parties {\n          id\n          name\n        }\n        ...AttendanceItem\n      }\n    }\n  }\n}"): (typeof documents)["query EventFloor($eventId: ID!) {\n  dockingEvent(id: $eventId) {\n    id\n    title\n    venue\n  }\n  eventFloor(eventId: $eventId) {\n    now\n    nextSlotStartsAt\n    noShows\n    checkIns {\n      approved\n      checkedIn\n    }\n    slot {\n      startsAt\n      endsAt\n      session\n      current\n    }\n    tables {\n      table\n      meeting {\n        id\n        parties {\n          id\n          name\n        }\n        ...AttendanceItem\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyAgendaAttendance($eventId: ID!) {\n  myAgenda(eventId: $eventId) {\n    id\n    walkIn\n    attendance {\n      status\n    }\n  }\n}"): (typeof documents)["query MyAgendaAttendance($eventId: ID!) {\n  myAgenda(eventId: $eventId) {\n    id\n    walkIn\n    attendance {\n      status\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyCheckIn($eventId: ID!) {\n  myCheckIn(eventId: $eventId) {\n    code\n    checkedInAt\n  }\n}"): (typeof documents)["query MyCheckIn($eventId: ID!) {\n  myCheckIn(eventId: $eventId) {\n    code\n    checkedInAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment EventSummary on DockingEvent {\n  id\n  title\n  theme\n  venue\n  startsAt\n  endsAt\n  sectors\n  registrationClosesAt\n  schedulePublishedAt\n}"): (typeof documents)["fragment EventSummary on DockingEvent {\n  id\n  title\n  theme\n  venue\n  startsAt\n  endsAt\n  sectors\n  registrationClosesAt\n  schedulePublishedAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment RegistrationItem on EventRegistration {\n  id\n  status\n  createdAt\n  reviewedAt\n  enterprise {\n    id\n    name\n    sector\n    region {\n      fullName\n    }\n  }\n  listings {\n    id\n    kind\n    title\n  }\n}"): (typeof documents)["fragment RegistrationItem on EventRegistration {\n  id\n  status\n  createdAt\n  reviewedAt\n  enterprise {\n    id\n    name\n    sector\n    region {\n      fullName\n    }\n  }\n  listings {\n    id\n    kind\n    title\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegisterForEvent($eventId: ID!, $listingIds: [ID!]) {\n  registerForEvent(eventId: $eventId, listingIds: $listingIds) {\n    ...RegistrationItem\n  }\n}"): (typeof documents)["mutation RegisterForEvent($eventId: ID!, $listingIds: [ID!]) {\n  registerForEvent(eventId: $eventId, listingIds: $listingIds) {\n    ...RegistrationItem\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DockingEvent($id: ID!) {\n  dockingEvent(id: $id) {\n    ...EventSummary\n    slotMinutes\n    maxRequestsPerFirm\n    tables {\n      label\n      tags\n    }\n    sessions {\n      id\n      title\n      startsAt\n      endsAt\n    }\n  }\n}"): (typeof documents)["query DockingEvent($id: ID!) {\n  dockingEvent(id: $id) {\n    ...EventSummary\n    slotMinutes\n    maxRequestsPerFirm\n    tables {\n      label\n      tags\n    }\n    sessions {\n      id\n      title\n      startsAt\n      endsAt\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DockingEvents($first: Int, $after: String) {\n  dockingEvents(first: $first, after: $after) {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...EventSummary\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): (typeof documents)["query DockingEvents($first: Int, $after: String) {\n  dockingEvents(first: $first, after: $after) {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...EventSummary\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EventRegistrations($id: ID!) {\n  dockingEvent(id: $id) {\n    id\n    registrations {\n      ...RegistrationItem\n    }\n  }\n}"): (typeof documents)["query EventRegistrations($id: ID!) {\n  dockingEvent(id: $id) {\n    id\n    registrations {\n      ...RegistrationItem\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment FinancingConditionItem on FinancingCondition {\n  code\n  met\n  detail\n}"): (typeof documents)["fragment FinancingConditionItem on FinancingCondition {\n  code\n  met\n  detail\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateFinancingNeed($input: FinancingNeedInput!) {\n  createFinancingNeed(input: $input) {\n    id\n  }\n}"): (typeof documents)["mutation CreateFinancingNeed($input: FinancingNeedInput!) {\n  createFinancingNeed(input: $input) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateFinancingProduct($input: FinancingProductInput!) {\n  createFinancingProduct(input: $input) {\n    id\n    name\n    status\n  }\n}"): (typeof documents)["mutation CreateFinancingProduct($input: FinancingProductInput!) {\n  createFinancingProduct(input: $input) {\n    id\n    name\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordLoanOutcome($needId: ID!, $productId: ID!, $stage: LoanStage!, $amountCny: Decimal) {\n  recordLoanOutcome(\n    needId: $needId\n    productId: $productId\n    stage: $stage\n    amountCny: $amountCny\n  ) {\n    loanStage\n    loanAmountCny\n  }\n}"): (typeof documents)["mutation RecordLoanOutcome($needId: ID!, $productId: ID!, $stage: LoanStage!, $amountCny: Decimal) {\n  recordLoanOutcome(\n    needId: $needId\n    productId: $productId\n    stage: $stage\n    amountCny: $amountCny\n  ) {\n    loanStage\n    loanAmountCny\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ShareDealsWithLender($input: ShareDealsWithLenderInput!) {\n  shareDealsWithLender(input: $input) {\n    id\n    withdrawnAt\n  }\n}"): (typeof documents)["mutation ShareDealsWithLender($input: ShareDealsWithLenderInput!) {\n  shareDealsWithLender(input: $input) {\n    id\n    withdrawnAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateFinancingProduct($id: ID!, $input: FinancingProductInput!) {\n  updateFinancingProduct(id: $id, input: $input) {\n    id\n    name\n    status\n  }\n}"): (typeof documents)["mutation UpdateFinancingProduct($id: ID!, $input: FinancingProductInput!) {\n  updateFinancingProduct(id: $id, input: $input) {\n    id\n    name\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WithdrawDealShare($id: ID!) {\n  withdrawDealShare(id: $id) {\n    id\n    withdrawnAt\n  }\n}"): (typeof documents)["mutation WithdrawDealShare($id: ID!) {\n  withdrawDealShare(id: $id) {\n    id\n    withdrawnAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FinancingMatchesForNeed($needId: ID!) {\n  financingMatchesForNeed(needId: $needId, includeIneligible: true, first: 50) {\n    totalCount\n    edges {\n      node {\n        eligible\n        score\n        loanStage\n        conditions {\n          ...FinancingConditionItem\n        }\n        product {\n          id\n          name\n          minAnnualRate\n          maxAnnualRate\n          lender {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query FinancingMatchesForNeed($needId: ID!) {\n  financingMatchesForNeed(needId: $needId, includeIneligible: true, first: 50) {\n    totalCount\n    edges {\n      node {\n        eligible\n        score\n        loanStage\n        conditions {\n          ...FinancingConditionItem\n        }\n        product {\n          id\n          name\n          minAnnualRate\n          maxAnnualRate\n          lender {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FinancingMatchesForProduct($productId: ID!) {\n  financingMatchesForProduct(productId: $productId, first: 50) {\n    totalCount\n    edges {\n      node {\n        eligible\n        score\n        loanStage\n        loanAmountCny\n        conditions {\n          ...FinancingConditionItem\n        }\n        need {\n          id\n          amountCny\n          purpose\n          termMonths\n          enterprise {\n            id\n            name\n          }\n          sharedDeals {\n            dealId\n            counterpartName\n            amountCny\n            stage\n            agreedAt\n          }\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query FinancingMatchesForProduct($productId: ID!) {\n  financingMatchesForProduct(productId: $productId, first: 50) {\n    totalCount\n    edges {\n      node {\n        eligible\n        score\n        loanStage\n        loanAmountCny\n        conditions {\n          ...FinancingConditionItem\n        }\n        need {\n          id\n          amountCny\n          purpose\n          termMonths\n          enterprise {\n            id\n            name\n          }\n          sharedDeals {\n            dealId\n            counterpartName\n            amountCny\n            stage\n            agreedAt\n          }\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyConfirmedSales {\n  myConfirmedSales {\n    dealId\n    counterpartName\n    amountCny\n    stage\n    agreedAt\n  }\n}"): (typeof documents)["query MyConfirmedSales {\n  myConfirmedSales {\n    dealId\n    counterpartName\n    amountCny\n    stage\n    agreedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyFinancingNeeds {\n  myFinancingNeeds(first: 50) {\n    totalCount\n    edges {\n      node {\n        id\n        amountCny\n        purpose\n        termMonths\n        guaranteeTypes\n        status\n        dealShares {\n          id\n          dealIds\n          withdrawnAt\n          lender {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query MyFinancingNeeds {\n  myFinancingNeeds(first: 50) {\n    totalCount\n    edges {\n      node {\n        id\n        amountCny\n        purpose\n        termMonths\n        guaranteeTypes\n        status\n        dealShares {\n          id\n          dealIds\n          withdrawnAt\n          lender {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyFinancingProducts($lenderEnterpriseId: ID!) {\n  financingProducts(lenderEnterpriseId: $lenderEnterpriseId, first: 100) {\n    totalCount\n    edges {\n      node {\n        id\n        name\n        minAmountCny\n        maxAmountCny\n        minAnnualRate\n        maxAnnualRate\n        minTermMonths\n        maxTermMonths\n        guaranteeTypes\n        status\n      }\n    }\n  }\n}"): (typeof documents)["query MyFinancingProducts($lenderEnterpriseId: ID!) {\n  financingProducts(lenderEnterpriseId: $lenderEnterpriseId, first: 100) {\n    totalCount\n    edges {\n      node {\n        id\n        name\n        minAmountCny\n        maxAmountCny\n        minAnnualRate\n        maxAnnualRate\n        minTermMonths\n        maxTermMonths\n        guaranteeTypes\n        status\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment InvestmentEntryFields on InvestmentPipelineEntry {\n  id\n  stage\n  signedAmountCny\n  signedOn\n  landedAmountCny\n  landedOn\n  contactedAt\n  note\n  updatedAt\n  candidate {\n    id\n    name\n  }\n  owner {\n    id\n    name\n  }\n  project {\n    id\n    title\n  }\n  region {\n    code\n    name\n  }\n  category {\n    code\n    name\n  }\n}"): (typeof documents)["fragment InvestmentEntryFields on InvestmentPipelineEntry {\n  id\n  stage\n  signedAmountCny\n  signedOn\n  landedAmountCny\n  landedOn\n  contactedAt\n  note\n  updatedAt\n  candidate {\n    id\n    name\n  }\n  owner {\n    id\n    name\n  }\n  project {\n    id\n    title\n  }\n  region {\n    code\n    name\n  }\n  category {\n    code\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddToInvestmentPipeline($input: AddToInvestmentPipelineInput!) {\n  addToInvestmentPipeline(input: $input) {\n    ...InvestmentEntryFields\n  }\n}"): (typeof documents)["mutation AddToInvestmentPipeline($input: AddToInvestmentPipelineInput!) {\n  addToInvestmentPipeline(input: $input) {\n    ...InvestmentEntryFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateInvestmentProject($input: InvestmentProjectInput!) {\n  createInvestmentProject(input: $input) {\n    id\n    title\n  }\n}"): (typeof documents)["mutation CreateInvestmentProject($input: InvestmentProjectInput!) {\n  createInvestmentProject(input: $input) {\n    id\n    title\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MoveInvestmentPipelineEntry($input: MoveInvestmentPipelineInput!) {\n  moveInvestmentPipelineEntry(input: $input) {\n    ...InvestmentEntryFields\n  }\n}"): (typeof documents)["mutation MoveInvestmentPipelineEntry($input: MoveInvestmentPipelineInput!) {\n  moveInvestmentPipelineEntry(input: $input) {\n    ...InvestmentEntryFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateInvestmentProject($id: ID!, $input: InvestmentProjectInput!) {\n  updateInvestmentProject(id: $id, input: $input) {\n    id\n    title\n    stage\n  }\n}"): (typeof documents)["mutation UpdateInvestmentProject($id: ID!, $input: InvestmentProjectInput!) {\n  updateInvestmentProject(id: $id, input: $input) {\n    id\n    title\n    stage\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ChainNodeInvestment($categoryCode: String!, $regionCode: String!) {\n  chainNodeMembers(categoryCode: $categoryCode, regionCode: $regionCode) {\n    investmentProjects(first: 20) {\n      id\n      title\n      stage\n      plannedInvestmentCny\n    }\n    investmentLeads(first: 10) {\n      totalCount\n      edges {\n        node {\n          firm {\n            id\n            name\n          }\n          score\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query ChainNodeInvestment($categoryCode: String!, $regionCode: String!) {\n  chainNodeMembers(categoryCode: $categoryCode, regionCode: $regionCode) {\n    investmentProjects(first: 20) {\n      id\n      title\n      stage\n      plannedInvestmentCny\n    }\n    investmentLeads(first: 10) {\n      totalCount\n      edges {\n        node {\n          firm {\n            id\n            name\n          }\n          score\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvestmentLeads($regionCode: String!, $sector: Sector, $first: Int, $after: String) {\n  investmentLeads(\n    regionCode: $regionCode\n    sector: $sector\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        firm {\n          id\n          name\n        }\n        category {\n          code\n          name\n        }\n        region {\n          code\n          name\n        }\n        score\n        reasons\n        pipelineEntry {\n          id\n          stage\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query InvestmentLeads($regionCode: String!, $sector: Sector, $first: Int, $after: String) {\n  investmentLeads(\n    regionCode: $regionCode\n    sector: $sector\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        firm {\n          id\n          name\n        }\n        category {\n          code\n          name\n        }\n        region {\n          code\n          name\n        }\n        score\n        reasons\n        pipelineEntry {\n          id\n          stage\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvestmentPipeline {\n  investmentPipeline(first: 100) {\n    totalCount\n    edges {\n      node {\n        ...InvestmentEntryFields\n      }\n    }\n  }\n}"): (typeof documents)["query InvestmentPipeline {\n  investmentPipeline(first: 100) {\n    totalCount\n    edges {\n      node {\n        ...InvestmentEntryFields\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvestmentProjectCandidates($projectId: ID!) {\n  investmentProjectCandidates(projectId: $projectId, first: 20) {\n    totalCount\n    edges {\n      node {\n        firm {\n          id\n          name\n        }\n        category {\n          code\n          name\n        }\n        score\n        reasons\n        pipelineEntry {\n          id\n          stage\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query InvestmentProjectCandidates($projectId: ID!) {\n  investmentProjectCandidates(projectId: $projectId, first: 20) {\n    totalCount\n    edges {\n      node {\n        firm {\n          id\n          name\n        }\n        category {\n          code\n          name\n        }\n        score\n        reasons\n        pipelineEntry {\n          id\n          stage\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvestmentProjects($mine: Boolean, $first: Int) {\n  investmentProjects(mine: $mine, first: $first) {\n    totalCount\n    edges {\n      node {\n        id\n        title\n        description\n        stage\n        plannedInvestmentCny\n        contactName\n        contactPhone\n        region {\n          code\n          fullName\n        }\n        categories {\n          code\n          name\n        }\n        owner {\n          id\n          name\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query InvestmentProjects($mine: Boolean, $first: Int) {\n  investmentProjects(mine: $mine, first: $first) {\n    totalCount\n    edges {\n      node {\n        id\n        title\n        description\n        stage\n        plannedInvestmentCny\n        contactName\n        contactPhone\n        region {\n          code\n          fullName\n        }\n        categories {\n          code\n          name\n        }\n        owner {\n          id\n          name\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvestmentViewer {\n  me {\n    id\n    enterprise {\n      id\n      name\n      participantType\n      verificationStatus\n    }\n  }\n}"): (typeof documents)["query InvestmentViewer {\n  me {\n    id\n    enterprise {\n      id\n      name\n      participantType\n      verificationStatus\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyInvestmentContacts {\n  myInvestmentContacts(first: 50) {\n    totalCount\n    edges {\n      node {\n        ...InvestmentEntryFields\n      }\n    }\n  }\n}"): (typeof documents)["query MyInvestmentContacts {\n  myInvestmentContacts(first: 50) {\n    totalCount\n    edges {\n      node {\n        ...InvestmentEntryFields\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ListingProposalRow on ListingProposal {\n  id\n  kind\n  title\n  description\n  categoryCode\n  regionCode\n  quantity\n  unit\n  priceMin\n  priceMax\n  validUntil\n  certifications\n  eventId\n  eventTitle\n  status\n  listingId\n  createdAt\n  respondedAt\n}"): (typeof documents)["fragment ListingProposalRow on ListingProposal {\n  id\n  kind\n  title\n  description\n  categoryCode\n  regionCode\n  quantity\n  unit\n  priceMin\n  priceMax\n  validUntil\n  certifications\n  eventId\n  eventTitle\n  status\n  listingId\n  createdAt\n  respondedAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ListingRow on Listing {\n  id\n  kind\n  title\n  description\n  status\n  matchingStatus\n  quantity\n  unit\n  priceMin\n  priceMax\n  priceNegotiable\n  validUntil\n  confidential\n  certifications\n  createdAt\n  updatedAt\n  category {\n    code\n    name\n  }\n  region {\n    code\n    fullName\n  }\n}"): (typeof documents)["fragment ListingRow on Listing {\n  id\n  kind\n  title\n  description\n  status\n  matchingStatus\n  quantity\n  unit\n  priceMin\n  priceMax\n  priceNegotiable\n  validUntil\n  confidential\n  certifications\n  createdAt\n  updatedAt\n  category {\n    code\n    name\n  }\n  region {\n    code\n    fullName\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CloseListing($id: ID!) {\n  closeListing(id: $id) {\n    id\n    status\n    matchingStatus\n    updatedAt\n  }\n}"): (typeof documents)["mutation CloseListing($id: ID!) {\n  closeListing(id: $id) {\n    id\n    status\n    matchingStatus\n    updatedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateListing($input: CreateListingInput!) {\n  createListing(input: $input) {\n    ...ListingRow\n  }\n}"): (typeof documents)["mutation CreateListing($input: CreateListingInput!) {\n  createListing(input: $input) {\n    ...ListingRow\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RespondToListingProposal($id: ID!, $accept: Boolean!) {\n  respondToListingProposal(id: $id, accept: $accept) {\n    ...ListingProposalRow\n  }\n}"): (typeof documents)["mutation RespondToListingProposal($id: ID!, $accept: Boolean!) {\n  respondToListingProposal(id: $id, accept: $accept) {\n    ...ListingProposalRow\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateListing($id: ID!, $input: UpdateListingInput!) {\n  updateListing(id: $id, input: $input) {\n    ...ListingRow\n  }\n}"): (typeof documents)["mutation UpdateListing($id: ID!, $input: UpdateListingInput!) {\n  updateListing(id: $id, input: $input) {\n    ...ListingRow\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Listing($id: ID!) {\n  listing(id: $id) {\n    ...ListingRow\n    enterprise {\n      id\n      name\n    }\n  }\n}"): (typeof documents)["query Listing($id: ID!) {\n  listing(id: $id) {\n    ...ListingRow\n    enterprise {\n      id\n      name\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListingOptions {\n  units {\n    code\n    kind\n  }\n  certifications {\n    code\n    name\n  }\n}"): (typeof documents)["query ListingOptions {\n  units {\n    code\n    kind\n  }\n  certifications {\n    code\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListingProposals($status: ListingProposalStatus, $first: Int, $after: String) {\n  listingProposals(status: $status, first: $first, after: $after) {\n    totalCount\n    edges {\n      node {\n        ...ListingProposalRow\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): (typeof documents)["query ListingProposals($status: ListingProposalStatus, $first: Int, $after: String) {\n  listingProposals(status: $status, first: $first, after: $after) {\n    totalCount\n    edges {\n      node {\n        ...ListingProposalRow\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyListings($enterpriseId: ID!, $first: Int, $after: String) {\n  enterprise(id: $enterpriseId) {\n    id\n    listings(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ListingRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}"): (typeof documents)["query MyListings($enterpriseId: ID!, $first: Int, $after: String) {\n  enterprise(id: $enterpriseId) {\n    id\n    listings(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ListingRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SuggestionSide on Listing {\n  id\n  kind\n  title\n  quantity\n  unit\n  priceMin\n  priceMax\n  enterprise {\n    id\n    name\n    region {\n      fullName\n    }\n  }\n}\n\nfragment SuggestionCard on MatchSuggestion {\n  id\n  score\n  supplyDecision\n  demandDecision\n  updatedAt\n  reasons {\n    code\n    contribution\n    detail\n  }\n  supply {\n    ...SuggestionSide\n  }\n  demand {\n    ...SuggestionSide\n  }\n}"): (typeof documents)["fragment SuggestionSide on Listing {\n  id\n  kind\n  title\n  quantity\n  unit\n  priceMin\n  priceMax\n  enterprise {\n    id\n    name\n    region {\n      fullName\n    }\n  }\n}\n\nfragment SuggestionCard on MatchSuggestion {\n  id\n  score\n  supplyDecision\n  demandDecision\n  updatedAt\n  reasons {\n    code\n    contribution\n    detail\n  }\n  supply {\n    ...SuggestionSide\n  }\n  demand {\n    ...SuggestionSide\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RespondToMatch($id: ID!, $decision: MatchDecision!) {\n  respondToMatch(id: $id, decision: $decision) {\n    id\n    supplyDecision\n    demandDecision\n    updatedAt\n  }\n}"): (typeof documents)["mutation RespondToMatch($id: ID!, $decision: MatchDecision!) {\n  respondToMatch(id: $id, decision: $decision) {\n    id\n    supplyDecision\n    demandDecision\n    updatedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListingSuggestions($listingId: ID!, $first: Int, $after: String) {\n  matchSuggestions(listingId: $listingId, first: $first, after: $after) {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...SuggestionCard\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): (typeof documents)["query ListingSuggestions($listingId: ID!, $first: Int, $after: String) {\n  matchSuggestions(listingId: $listingId, first: $first, after: $after) {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...SuggestionCard\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartnerSuggestions($enterpriseId: ID!, $first: Int) {\n  partnerSuggestions(enterpriseId: $enterpriseId, first: $first) {\n    direction\n    score\n    matchCount\n    enterprise {\n      id\n      name\n      sector\n      region {\n        fullName\n      }\n    }\n    bestMatch {\n      ...SuggestionCard\n    }\n  }\n}"): (typeof documents)["query PartnerSuggestions($enterpriseId: ID!, $first: Int) {\n  partnerSuggestions(enterpriseId: $enterpriseId, first: $first) {\n    direction\n    score\n    matchCount\n    enterprise {\n      id\n      name\n      sector\n      region {\n        fullName\n      }\n    }\n    bestMatch {\n      ...SuggestionCard\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment MeetingRequestItem on MeetingRequest {\n  id\n  status\n  message\n  mutual\n  matchScore\n  tableTags\n  createdAt\n  respondedAt\n  requester {\n    id\n    name\n  }\n  invitee {\n    id\n    name\n  }\n}"): (typeof documents)["fragment MeetingRequestItem on MeetingRequest {\n  id\n  status\n  message\n  mutual\n  matchScore\n  tableTags\n  createdAt\n  respondedAt\n  requester {\n    id\n    name\n  }\n  invitee {\n    id\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelMeetingRequest($id: ID!) {\n  cancelMeetingRequest(id: $id) {\n    ...MeetingRequestItem\n  }\n}"): (typeof documents)["mutation CancelMeetingRequest($id: ID!) {\n  cancelMeetingRequest(id: $id) {\n    ...MeetingRequestItem\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateCalendarFeed {\n  createCalendarFeed {\n    key\n    createdAt\n  }\n}"): (typeof documents)["mutation CreateCalendarFeed {\n  createCalendarFeed {\n    key\n    createdAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequestMeeting($eventId: ID!, $input: MeetingRequestInput!) {\n  requestMeeting(eventId: $eventId, input: $input) {\n    ...MeetingRequestItem\n  }\n}"): (typeof documents)["mutation RequestMeeting($eventId: ID!, $input: MeetingRequestInput!) {\n  requestMeeting(eventId: $eventId, input: $input) {\n    ...MeetingRequestItem\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RespondToMeetingRequest($id: ID!, $accept: Boolean!) {\n  respondToMeetingRequest(id: $id, accept: $accept) {\n    ...MeetingRequestItem\n  }\n}"): (typeof documents)["mutation RespondToMeetingRequest($id: ID!, $accept: Boolean!) {\n  respondToMeetingRequest(id: $id, accept: $accept) {\n    ...MeetingRequestItem\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeCalendarFeed {\n  revokeCalendarFeed\n}"): (typeof documents)["mutation RevokeCalendarFeed {\n  revokeCalendarFeed\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CalendarFeed {\n  calendarFeed {\n    key\n    createdAt\n  }\n}"): (typeof documents)["query CalendarFeed {\n  calendarFeed {\n    key\n    createdAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EventMeetingRequests($eventId: ID!) {\n  dockingEvent(id: $eventId) {\n    id\n    maxRequestsPerFirm\n    meetingRequests {\n      ...MeetingRequestItem\n    }\n  }\n}"): (typeof documents)["query EventMeetingRequests($eventId: ID!) {\n  dockingEvent(id: $eventId) {\n    id\n    maxRequestsPerFirm\n    meetingRequests {\n      ...MeetingRequestItem\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyAgenda($eventId: ID!) {\n  myAgenda(eventId: $eventId) {\n    id\n    startsAt\n    endsAt\n    table\n    parties {\n      id\n      name\n    }\n    ratings {\n      rating\n      comment\n      enterprise {\n        id\n      }\n    }\n  }\n}"): (typeof documents)["query MyAgenda($eventId: ID!) {\n  myAgenda(eventId: $eventId) {\n    id\n    startsAt\n    endsAt\n    table\n    parties {\n      id\n      name\n    }\n    ratings {\n      rating\n      comment\n      enterprise {\n        id\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment NotificationItem on Notification {\n  id\n  kind\n  title\n  body\n  data\n  readAt\n  createdAt\n}"): (typeof documents)["fragment NotificationItem on Notification {\n  id\n  kind\n  title\n  body\n  data\n  readAt\n  createdAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateWebhook($input: CreateWebhookInput!) {\n  createWebhook(input: $input) {\n    secret\n    webhook {\n      id\n      url\n      kinds\n      enabled\n      createdAt\n    }\n  }\n}"): (typeof documents)["mutation CreateWebhook($input: CreateWebhookInput!) {\n  createWebhook(input: $input) {\n    secret\n    webhook {\n      id\n      url\n      kinds\n      enabled\n      createdAt\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteWebhook($id: ID!) {\n  deleteWebhook(id: $id)\n}"): (typeof documents)["mutation DeleteWebhook($id: ID!) {\n  deleteWebhook(id: $id)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkNotificationsRead($ids: [ID!]!) {\n  markNotificationsRead(ids: $ids)\n}"): (typeof documents)["mutation MarkNotificationsRead($ids: [ID!]!) {\n  markNotificationsRead(ids: $ids)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetEmailNotificationKinds($kinds: [String!]!) {\n  setEmailNotificationKinds(kinds: $kinds) {\n    id\n    emailNotificationKinds\n  }\n}"): (typeof documents)["mutation SetEmailNotificationKinds($kinds: [String!]!) {\n  setEmailNotificationKinds(kinds: $kinds) {\n    id\n    emailNotificationKinds\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NotificationSettings {\n  me {\n    id\n    emailNotificationKinds\n  }\n  webhooks {\n    id\n    url\n    kinds\n    enabled\n    createdAt\n  }\n}"): (typeof documents)["query NotificationSettings {\n  me {\n    id\n    emailNotificationKinds\n  }\n  webhooks {\n    id\n    url\n    kinds\n    enabled\n    createdAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Notifications($first: Int, $after: String) {\n  notifications(first: $first, after: $after) {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...NotificationItem\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): (typeof documents)["query Notifications($first: Int, $after: String) {\n  notifications(first: $first, after: $after) {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...NotificationItem\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnreadCount {\n  me {\n    id\n    unreadNotifications\n  }\n}"): (typeof documents)["query UnreadCount {\n  me {\n    id\n    unreadNotifications\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription NotificationReceived {\n  notificationReceived {\n    ...NotificationItem\n  }\n}"): (typeof documents)["subscription NotificationReceived {\n  notificationReceived {\n    ...NotificationItem\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment EnterpriseClaimRow on EnterpriseClaim {\n  id\n  name\n  contactName\n  contactPhone\n  status\n  createdAt\n  reviewedAt\n  enterprise {\n    id\n    name\n    creditCode\n    region {\n      code\n      fullName\n    }\n  }\n}"): (typeof documents)["fragment EnterpriseClaimRow on EnterpriseClaim {\n  id\n  name\n  contactName\n  contactPhone\n  status\n  createdAt\n  reviewedAt\n  enterprise {\n    id\n    name\n    creditCode\n    region {\n      code\n      fullName\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment OrganiserEvent on DockingEvent {\n  id\n  title\n  theme\n  venue\n  sectors\n  startsAt\n  endsAt\n  slotMinutes\n  maxRequestsPerFirm\n  registrationClosesAt\n  schedulePublishedAt\n  categories {\n    code\n    name\n  }\n  tables {\n    label\n    tags\n  }\n  sessions {\n    id\n    title\n    startsAt\n    endsAt\n    slots\n  }\n}"): (typeof documents)["fragment OrganiserEvent on DockingEvent {\n  id\n  title\n  theme\n  venue\n  sectors\n  startsAt\n  endsAt\n  slotMinutes\n  maxRequestsPerFirm\n  registrationClosesAt\n  schedulePublishedAt\n  categories {\n    code\n    name\n  }\n  tables {\n    label\n    tags\n  }\n  sessions {\n    id\n    title\n    startsAt\n    endsAt\n    slots\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddMeetingSession($eventId: ID!, $input: MeetingSessionInput!) {\n  addMeetingSession(eventId: $eventId, input: $input) {\n    id\n    title\n    startsAt\n    endsAt\n    slots\n  }\n}"): (typeof documents)["mutation AddMeetingSession($eventId: ID!, $input: MeetingSessionInput!) {\n  addMeetingSession(eventId: $eventId, input: $input) {\n    id\n    title\n    startsAt\n    endsAt\n    slots\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommitListingImport($id: ID!, $corrections: [ImportCorrectionInput!]) {\n  commitListingImport(id: $id, corrections: $corrections) {\n    id\n    status\n    total\n    processed\n  }\n}"): (typeof documents)["mutation CommitListingImport($id: ID!, $corrections: [ImportCorrectionInput!]) {\n  commitListingImport(id: $id, corrections: $corrections) {\n    id\n    status\n    total\n    processed\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateDockingEvent($input: CreateDockingEventInput!) {\n  createDockingEvent(input: $input) {\n    ...OrganiserEvent\n  }\n}"): (typeof documents)["mutation CreateDockingEvent($input: CreateDockingEventInput!) {\n  createDockingEvent(input: $input) {\n    ...OrganiserEvent\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewEnterpriseClaim($id: ID!, $approve: Boolean!) {\n  reviewEnterpriseClaim(id: $id, approve: $approve) {\n    ...EnterpriseClaimRow\n  }\n}"): (typeof documents)["mutation ReviewEnterpriseClaim($id: ID!, $approve: Boolean!) {\n  reviewEnterpriseClaim(id: $id, approve: $approve) {\n    ...EnterpriseClaimRow\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewRegistration($id: ID!, $approve: Boolean!, $reason: String) {\n  reviewRegistration(id: $id, approve: $approve, reason: $reason) {\n    id\n    status\n    reviewedAt\n    reviewNote\n  }\n}"): (typeof documents)["mutation ReviewRegistration($id: ID!, $approve: Boolean!, $reason: String) {\n  reviewRegistration(id: $id, approve: $approve, reason: $reason) {\n    id\n    status\n    reviewedAt\n    reviewNote\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateDockingEvent($id: ID!, $input: UpdateDockingEventInput!) {\n  updateDockingEvent(id: $id, input: $input) {\n    ...OrganiserEvent\n  }\n}"): (typeof documents)["mutation UpdateDockingEvent($id: ID!, $input: UpdateDockingEventInput!) {\n  updateDockingEvent(id: $id, input: $input) {\n    ...OrganiserEvent\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EnterpriseClaims($status: EnterpriseClaimStatus, $first: Int, $after: String) {\n  enterpriseClaims(status: $status, first: $first, after: $after) {\n    totalCount\n    edges {\n      node {\n        ...EnterpriseClaimRow\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): (typeof documents)["query EnterpriseClaims($status: EnterpriseClaimStatus, $first: Int, $after: String) {\n  enterpriseClaims(status: $status, first: $first, after: $after) {\n    totalCount\n    edges {\n      node {\n        ...EnterpriseClaimRow\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListingImport($id: ID!, $first: Int, $offset: Int) {\n  listingImport(id: $id) {\n    id\n    status\n    filename\n    total\n    processed\n    created\n    updated\n    unchanged\n    proposed\n    failed\n    error\n    rows(first: $first, offset: $offset) {\n      row\n      sheet\n      outcome\n      listingId\n      errors {\n        column\n        message\n      }\n    }\n  }\n}"): (typeof documents)["query ListingImport($id: ID!, $first: Int, $offset: Int) {\n  listingImport(id: $id) {\n    id\n    status\n    filename\n    total\n    processed\n    created\n    updated\n    unchanged\n    proposed\n    failed\n    error\n    rows(first: $first, offset: $offset) {\n      row\n      sheet\n      outcome\n      listingId\n      errors {\n        column\n        message\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListingImportPreview($id: ID!, $corrections: [ImportCorrectionInput!], $first: Int, $offset: Int) {\n  previewListingImport(id: $id, corrections: $corrections) {\n    id\n    filename\n    total\n    accepted\n    rejected\n    rows(first: $first, offset: $offset) {\n      row\n      sheet\n      outcome\n      enterpriseName\n      creditCode\n      existingEnterprise\n      kind\n      title\n      categoryCode\n      inferredCategory {\n        code\n        name\n        confidence\n      }\n      errors {\n        column\n        message\n      }\n      warnings {\n        column\n        message\n      }\n    }\n  }\n}"): (typeof documents)["query ListingImportPreview($id: ID!, $corrections: [ImportCorrectionInput!], $first: Int, $offset: Int) {\n  previewListingImport(id: $id, corrections: $corrections) {\n    id\n    filename\n    total\n    accepted\n    rejected\n    rows(first: $first, offset: $offset) {\n      row\n      sheet\n      outcome\n      enterpriseName\n      creditCode\n      existingEnterprise\n      kind\n      title\n      categoryCode\n      inferredCategory {\n        code\n        name\n        confidence\n      }\n      errors {\n        column\n        message\n      }\n      warnings {\n        column\n        message\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrganisedEvents($first: Int, $after: String, $organisedByMe: Boolean) {\n  dockingEvents(first: $first, after: $after, organisedByMe: $organisedByMe) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        title\n        venue\n        startsAt\n        endsAt\n        sectors\n        registrationClosesAt\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): (typeof documents)["query OrganisedEvents($first: Int, $after: String, $organisedByMe: Boolean) {\n  dockingEvents(first: $first, after: $after, organisedByMe: $organisedByMe) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        title\n        venue\n        startsAt\n        endsAt\n        sectors\n        registrationClosesAt\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrganiserEvent($id: ID!) {\n  dockingEvent(id: $id) {\n    ...OrganiserEvent\n  }\n}"): (typeof documents)["query OrganiserEvent($id: ID!) {\n  dockingEvent(id: $id) {\n    ...OrganiserEvent\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrganiserRequests($eventId: ID!) {\n  dockingEvent(id: $eventId) {\n    id\n    maxRequestsPerFirm\n    meetingRequests(first: 500) {\n      id\n      status\n      mutual\n      createdAt\n      requester {\n        id\n        name\n      }\n      invitee {\n        id\n        name\n      }\n    }\n    meetings(first: 500) {\n      id\n      startsAt\n      table\n      request {\n        id\n      }\n    }\n  }\n}"): (typeof documents)["query OrganiserRequests($eventId: ID!) {\n  dockingEvent(id: $eventId) {\n    id\n    maxRequestsPerFirm\n    meetingRequests(first: 500) {\n      id\n      status\n      mutual\n      createdAt\n      requester {\n        id\n        name\n      }\n      invitee {\n        id\n        name\n      }\n    }\n    meetings(first: 500) {\n      id\n      startsAt\n      table\n      request {\n        id\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RegistrationsReview($id: ID!, $status: RegistrationStatus, $sector: Sector) {\n  dockingEvent(id: $id) {\n    id\n    registrations(status: $status, sector: $sector, first: 80) {\n      id\n      status\n      createdAt\n      reviewedAt\n      reviewNote\n      enterprise {\n        id\n        name\n        sector\n        verificationStatus\n        region {\n          fullName\n        }\n      }\n      listings {\n        id\n        kind\n        title\n        suggestionCount\n      }\n    }\n  }\n}"): (typeof documents)["query RegistrationsReview($id: ID!, $status: RegistrationStatus, $sector: Sector) {\n  dockingEvent(id: $id) {\n    id\n    registrations(status: $status, sector: $sector, first: 80) {\n      id\n      status\n      createdAt\n      reviewedAt\n      reviewNote\n      enterprise {\n        id\n        name\n        sector\n        verificationStatus\n        region {\n          fullName\n        }\n      }\n      listings {\n        id\n        kind\n        title\n        suggestionCount\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment DealItem on Deal {\n  id\n  stage\n  amountCny\n  note\n  createdAt\n  updatedAt\n  confirmed\n  reportStatus\n  awaitingConfirmationFrom {\n    id\n  }\n  supplier {\n    id\n    name\n  }\n  buyer {\n    id\n    name\n  }\n  meeting {\n    id\n  }\n}"): (typeof documents)["fragment DealItem on Deal {\n  id\n  stage\n  amountCny\n  note\n  createdAt\n  updatedAt\n  confirmed\n  reportStatus\n  awaitingConfirmationFrom {\n    id\n  }\n  supplier {\n    id\n    name\n  }\n  buyer {\n    id\n    name\n  }\n  meeting {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ReviewDeal on Deal {\n  id\n  agreedStage\n  agreedAmountCny\n  reportStatus\n  reportReviewNote\n  supplier {\n    id\n    name\n  }\n  buyer {\n    id\n    name\n  }\n}"): (typeof documents)["fragment ReviewDeal on Deal {\n  id\n  agreedStage\n  agreedAmountCny\n  reportStatus\n  reportReviewNote\n  supplier {\n    id\n    name\n  }\n  buyer {\n    id\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdvanceDeal($id: ID!, $stage: DealStage!, $amountCny: Decimal) {\n  advanceDeal(id: $id, stage: $stage, amountCny: $amountCny) {\n    ...DealItem\n  }\n}"): (typeof documents)["mutation AdvanceDeal($id: ID!, $stage: DealStage!, $amountCny: Decimal) {\n  advanceDeal(id: $id, stage: $stage, amountCny: $amountCny) {\n    ...DealItem\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConfirmDeal($id: ID!, $expectedUpdatedAt: DateTime) {\n  confirmDeal(id: $id, expectedUpdatedAt: $expectedUpdatedAt) {\n    ...DealItem\n  }\n}"): (typeof documents)["mutation ConfirmDeal($id: ID!, $expectedUpdatedAt: DateTime) {\n  confirmDeal(id: $id, expectedUpdatedAt: $expectedUpdatedAt) {\n    ...DealItem\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeclineDeal($id: ID!) {\n  declineDeal(id: $id) {\n    ...DealItem\n  }\n}"): (typeof documents)["mutation DeclineDeal($id: ID!) {\n  declineDeal(id: $id) {\n    ...DealItem\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RateMeeting($meetingId: ID!, $rating: MeetingRating!, $comment: String) {\n  rateMeeting(meetingId: $meetingId, rating: $rating, comment: $comment) {\n    id\n    ratings {\n      rating\n      comment\n      enterprise {\n        id\n      }\n    }\n  }\n}"): (typeof documents)["mutation RateMeeting($meetingId: ID!, $rating: MeetingRating!, $comment: String) {\n  rateMeeting(meetingId: $meetingId, rating: $rating, comment: $comment) {\n    id\n    ratings {\n      rating\n      comment\n      enterprise {\n        id\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordDeal($input: RecordDealInput!) {\n  recordDeal(input: $input) {\n    ...DealItem\n  }\n}"): (typeof documents)["mutation RecordDeal($input: RecordDealInput!) {\n  recordDeal(input: $input) {\n    ...DealItem\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewDealForReport($id: ID!, $review: DealReview!, $note: String) {\n  reviewDealForReport(id: $id, review: $review, note: $note) {\n    ...ReviewDeal\n  }\n}"): (typeof documents)["mutation ReviewDealForReport($id: ID!, $review: DealReview!, $note: String) {\n  reviewDealForReport(id: $id, review: $review, note: $note) {\n    ...ReviewDeal\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EventDeals($eventId: ID!) {\n  dockingEvent(id: $eventId) {\n    id\n    deals {\n      ...DealItem\n    }\n  }\n}"): (typeof documents)["query EventDeals($eventId: ID!) {\n  dockingEvent(id: $eventId) {\n    id\n    deals {\n      ...DealItem\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReviewDeals($eventId: ID!) {\n  dockingEvent(id: $eventId) {\n    id\n    deals(first: 500) {\n      ...ReviewDeal\n    }\n  }\n}"): (typeof documents)["query ReviewDeals($eventId: ID!) {\n  dockingEvent(id: $eventId) {\n    id\n    deals(first: 500) {\n      ...ReviewDeal\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PolicyItem on Policy {\n  id\n  title\n  benefit\n  benefitAmountCny\n  deadline\n  open\n  regionNames\n  rules {\n    kind\n    description\n  }\n  issuer {\n    id\n    name\n  }\n}"): (typeof documents)["fragment PolicyItem on Policy {\n  id\n  title\n  benefit\n  benefitAmountCny\n  deadline\n  open\n  regionNames\n  rules {\n    kind\n    description\n  }\n  issuer {\n    id\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApplyForPolicy($input: ApplyForPolicyInput!) {\n  applyForPolicy(input: $input) {\n    id\n    status\n    statusName\n    reviewNote\n  }\n}"): (typeof documents)["mutation ApplyForPolicy($input: ApplyForPolicyInput!) {\n  applyForPolicy(input: $input) {\n    id\n    status\n    statusName\n    reviewNote\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PublishPolicy($input: PublishPolicyInput!) {\n  publishPolicy(input: $input) {\n    ...PolicyItem\n  }\n}"): (typeof documents)["mutation PublishPolicy($input: PublishPolicyInput!) {\n  publishPolicy(input: $input) {\n    ...PolicyItem\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewPolicyApplication($id: ID!, $status: PolicyApplicationStatus!, $note: String) {\n  reviewPolicyApplication(id: $id, status: $status, note: $note) {\n    id\n    status\n    statusName\n    reviewNote\n  }\n}"): (typeof documents)["mutation ReviewPolicyApplication($id: ID!, $status: PolicyApplicationStatus!, $note: String) {\n  reviewPolicyApplication(id: $id, status: $status, note: $note) {\n    id\n    status\n    statusName\n    reviewNote\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IssuedPolicies {\n  policies(issuedByMe: true, first: 50) {\n    totalCount\n    edges {\n      node {\n        ...PolicyItem\n        eligibleFirmCount\n        evaluatedAt\n        applications(first: 0) {\n          totalCount\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query IssuedPolicies {\n  policies(issuedByMe: true, first: 50) {\n    totalCount\n    edges {\n      node {\n        ...PolicyItem\n        eligibleFirmCount\n        evaluatedAt\n        applications(first: 0) {\n          totalCount\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyPolicies {\n  myPolicies {\n    eligible\n    policy {\n      ...PolicyItem\n    }\n    conditions {\n      kind\n      met\n      detail\n    }\n    application {\n      id\n      status\n      statusName\n      reviewNote\n    }\n  }\n}"): (typeof documents)["query MyPolicies {\n  myPolicies {\n    eligible\n    policy {\n      ...PolicyItem\n    }\n    conditions {\n      kind\n      met\n      detail\n    }\n    application {\n      id\n      status\n      statusName\n      reviewNote\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PolicyApplications($id: ID!) {\n  policy(id: $id) {\n    id\n    applications(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          statusName\n          note\n          reviewNote\n          createdAt\n          enterprise {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query PolicyApplications($id: ID!) {\n  policy(id: $id) {\n    id\n    applications(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          statusName\n          note\n          reviewNote\n          createdAt\n          enterprise {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EventReport($eventId: ID!) {\n  dockingEvent(id: $eventId) {\n    id\n    title\n  }\n  eventReport(eventId: $eventId) {\n    funnel {\n      registrations\n      approved\n      suggestions\n      meetingRequests\n      accepted\n      placed\n      held\n      intents\n      signed\n      fulfilled\n      signedAmountCny\n      fulfilledAmountCny\n    }\n    bySector {\n      sector\n      firms\n      contracts\n      amountCny\n    }\n    byCategory {\n      category {\n        code\n        name\n      }\n      firms\n      contracts\n      amountCny\n    }\n    localSupplyShare\n    chainGaps {\n      category {\n        code\n        name\n      }\n      demands\n      firms\n      examples\n    }\n    roundTables {\n      roundTables\n      seats\n      seatsTaken\n      hosts\n      seatedFirms\n    }\n    technologyContracts {\n      contracts\n      amountCny\n      bySector {\n        sector\n        contracts\n        amountCny\n      }\n      byCategory {\n        category {\n          code\n          name\n        }\n        contracts\n        amountCny\n      }\n      byRegion {\n        region {\n          code\n          name\n        }\n        contracts\n        amountCny\n      }\n    }\n    policies {\n      applications\n      byPolicy {\n        policyId\n        title\n        count\n      }\n    }\n    loans {\n      needs\n      needAmountCny\n      matchedNeeds\n      loans\n      amountCny\n    }\n    investment {\n      total {\n        signed\n        signedAmountCny\n        landed\n        landedAmountCny\n      }\n      bySector {\n        key\n        name\n        signed\n        signedAmountCny\n        landed\n        landedAmountCny\n      }\n    }\n  }\n}"): (typeof documents)["query EventReport($eventId: ID!) {\n  dockingEvent(id: $eventId) {\n    id\n    title\n  }\n  eventReport(eventId: $eventId) {\n    funnel {\n      registrations\n      approved\n      suggestions\n      meetingRequests\n      accepted\n      placed\n      held\n      intents\n      signed\n      fulfilled\n      signedAmountCny\n      fulfilledAmountCny\n    }\n    bySector {\n      sector\n      firms\n      contracts\n      amountCny\n    }\n    byCategory {\n      category {\n        code\n        name\n      }\n      firms\n      contracts\n      amountCny\n    }\n    localSupplyShare\n    chainGaps {\n      category {\n        code\n        name\n      }\n      demands\n      firms\n      examples\n    }\n    roundTables {\n      roundTables\n      seats\n      seatsTaken\n      hosts\n      seatedFirms\n    }\n    technologyContracts {\n      contracts\n      amountCny\n      bySector {\n        sector\n        contracts\n        amountCny\n      }\n      byCategory {\n        category {\n          code\n          name\n        }\n        contracts\n        amountCny\n      }\n      byRegion {\n        region {\n          code\n          name\n        }\n        contracts\n        amountCny\n      }\n    }\n    policies {\n      applications\n      byPolicy {\n        policyId\n        title\n        count\n      }\n    }\n    loans {\n      needs\n      needAmountCny\n      matchedNeeds\n      loans\n      amountCny\n    }\n    investment {\n      total {\n        signed\n        signedAmountCny\n        landed\n        landedAmountCny\n      }\n      bySector {\n        key\n        name\n        signed\n        signedAmountCny\n        landed\n        landedAmountCny\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment TechnologyContractItem on TechnologyContract {\n  id\n  amountCny\n  mode\n  signedOn\n  status\n  awaitingMyConfirmation\n  result {\n    id\n    title\n  }\n  need {\n    id\n    title\n  }\n  research {\n    id\n    name\n  }\n  firm {\n    id\n    name\n  }\n  createdAt\n}"): (typeof documents)["fragment TechnologyContractItem on TechnologyContract {\n  id\n  amountCny\n  mode\n  signedOn\n  status\n  awaitingMyConfirmation\n  result {\n    id\n    title\n  }\n  need {\n    id\n    title\n  }\n  research {\n    id\n    name\n  }\n  firm {\n    id\n    name\n  }\n  createdAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment TechnologyMatchItem on TechnologyMatch {\n  score\n  reasons {\n    condition\n    met\n    text\n  }\n  result {\n    ...TechnologyResultItem\n    enterprise {\n      id\n      name\n    }\n  }\n  need {\n    ...TechnologyNeedItem\n    enterprise {\n      id\n      name\n    }\n  }\n}"): (typeof documents)["fragment TechnologyMatchItem on TechnologyMatch {\n  score\n  reasons {\n    condition\n    met\n    text\n  }\n  result {\n    ...TechnologyResultItem\n    enterprise {\n      id\n      name\n    }\n  }\n  need {\n    ...TechnologyNeedItem\n    enterprise {\n      id\n      name\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment TechnologyNeedItem on TechnologyNeed {\n  id\n  title\n  problem\n  category {\n    code\n    name\n  }\n  budgetCny\n  deadline\n  minMaturity\n  open\n  event {\n    id\n    title\n  }\n  createdAt\n}"): (typeof documents)["fragment TechnologyNeedItem on TechnologyNeed {\n  id\n  title\n  problem\n  category {\n    code\n    name\n  }\n  budgetCny\n  deadline\n  minMaturity\n  open\n  event {\n    id\n    title\n  }\n  createdAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment TechnologyResultItem on TechnologyResult {\n  id\n  title\n  description\n  categories {\n    code\n    name\n  }\n  maturity\n  ipRights {\n    kind\n    number\n  }\n  cooperationModes\n  priceCny\n  open\n  createdAt\n}"): (typeof documents)["fragment TechnologyResultItem on TechnologyResult {\n  id\n  title\n  description\n  categories {\n    code\n    name\n  }\n  maturity\n  ipRights {\n    kind\n    number\n  }\n  cooperationModes\n  priceCny\n  open\n  createdAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConfirmTechnologyContract($id: ID!) {\n  confirmTechnologyContract(id: $id) {\n    ...TechnologyContractItem\n  }\n}"): (typeof documents)["mutation ConfirmTechnologyContract($id: ID!) {\n  confirmTechnologyContract(id: $id) {\n    ...TechnologyContractItem\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateTechnologyNeed($input: TechnologyNeedInput!) {\n  createTechnologyNeed(input: $input) {\n    ...TechnologyNeedItem\n  }\n}"): (typeof documents)["mutation CreateTechnologyNeed($input: TechnologyNeedInput!) {\n  createTechnologyNeed(input: $input) {\n    ...TechnologyNeedItem\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateTechnologyResult($input: TechnologyResultInput!) {\n  createTechnologyResult(input: $input) {\n    ...TechnologyResultItem\n  }\n}"): (typeof documents)["mutation CreateTechnologyResult($input: TechnologyResultInput!) {\n  createTechnologyResult(input: $input) {\n    ...TechnologyResultItem\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeclineTechnologyContract($id: ID!) {\n  declineTechnologyContract(id: $id) {\n    ...TechnologyContractItem\n  }\n}"): (typeof documents)["mutation DeclineTechnologyContract($id: ID!) {\n  declineTechnologyContract(id: $id) {\n    ...TechnologyContractItem\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProposeTechnologyContract($input: ProposeTechnologyContractInput!) {\n  proposeTechnologyContract(input: $input) {\n    ...TechnologyContractItem\n  }\n}"): (typeof documents)["mutation ProposeTechnologyContract($input: ProposeTechnologyContractInput!) {\n  proposeTechnologyContract(input: $input) {\n    ...TechnologyContractItem\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateTechnologyResult($id: ID!, $input: TechnologyResultInput!) {\n  updateTechnologyResult(id: $id, input: $input) {\n    ...TechnologyResultItem\n  }\n}"): (typeof documents)["mutation UpdateTechnologyResult($id: ID!, $input: TechnologyResultInput!) {\n  updateTechnologyResult(id: $id, input: $input) {\n    ...TechnologyResultItem\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyTechnologyContracts {\n  myTechnologyContracts(first: 100) {\n    totalCount\n    edges {\n      node {\n        ...TechnologyContractItem\n      }\n    }\n  }\n}"): (typeof documents)["query MyTechnologyContracts {\n  myTechnologyContracts(first: 100) {\n    totalCount\n    edges {\n      node {\n        ...TechnologyContractItem\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyTechnologyNeeds {\n  technologyNeeds(mine: true, first: 100) {\n    totalCount\n    edges {\n      node {\n        ...TechnologyNeedItem\n      }\n    }\n  }\n}"): (typeof documents)["query MyTechnologyNeeds {\n  technologyNeeds(mine: true, first: 100) {\n    totalCount\n    edges {\n      node {\n        ...TechnologyNeedItem\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyTechnologyResults {\n  technologyResults(mine: true, first: 100) {\n    totalCount\n    edges {\n      node {\n        ...TechnologyResultItem\n      }\n    }\n  }\n}"): (typeof documents)["query MyTechnologyResults {\n  technologyResults(mine: true, first: 100) {\n    totalCount\n    edges {\n      node {\n        ...TechnologyResultItem\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TechnologyNeedMatches($needId: ID!) {\n  technologyNeedMatches(needId: $needId) {\n    ...TechnologyMatchItem\n  }\n}"): (typeof documents)["query TechnologyNeedMatches($needId: ID!) {\n  technologyNeedMatches(needId: $needId) {\n    ...TechnologyMatchItem\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TechnologyResultMatches($resultId: ID!) {\n  technologyResultMatches(resultId: $resultId) {\n    ...TechnologyMatchItem\n  }\n}"): (typeof documents)["query TechnologyResultMatches($resultId: ID!) {\n  technologyResultMatches(resultId: $resultId) {\n    ...TechnologyMatchItem\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment RoundTableItem on RoundTable {\n  id\n  topic\n  description\n  table\n  startsAt\n  endsAt\n  capacity\n  seatsTaken\n  mySeat\n  hosting\n  host {\n    id\n    name\n  }\n  seats {\n    id\n    name\n  }\n}"): (typeof documents)["fragment RoundTableItem on RoundTable {\n  id\n  topic\n  description\n  table\n  startsAt\n  endsAt\n  capacity\n  seatsTaken\n  mySeat\n  hosting\n  host {\n    id\n    name\n  }\n  seats {\n    id\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelRoundTable($id: ID!) {\n  cancelRoundTable(id: $id)\n}"): (typeof documents)["mutation CancelRoundTable($id: ID!) {\n  cancelRoundTable(id: $id)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateRoundTable($eventId: ID!, $input: RoundTableInput!) {\n  createRoundTable(eventId: $eventId, input: $input) {\n    ...RoundTableItem\n  }\n}"): (typeof documents)["mutation CreateRoundTable($eventId: ID!, $input: RoundTableInput!) {\n  createRoundTable(eventId: $eventId, input: $input) {\n    ...RoundTableItem\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LeaveRoundTableSeat($id: ID!) {\n  leaveRoundTableSeat(id: $id) {\n    ...RoundTableItem\n  }\n}"): (typeof documents)["mutation LeaveRoundTableSeat($id: ID!) {\n  leaveRoundTableSeat(id: $id) {\n    ...RoundTableItem\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TakeRoundTableSeat($id: ID!) {\n  takeRoundTableSeat(id: $id) {\n    ...RoundTableItem\n  }\n}"): (typeof documents)["mutation TakeRoundTableSeat($id: ID!) {\n  takeRoundTableSeat(id: $id) {\n    ...RoundTableItem\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EventRoundTables($eventId: ID!) {\n  dockingEvent(id: $eventId) {\n    id\n    tables {\n      label\n    }\n    sessions {\n      id\n      title\n      slots\n    }\n    roundTables(first: 100) {\n      ...RoundTableItem\n    }\n  }\n}"): (typeof documents)["query EventRoundTables($eventId: ID!) {\n  dockingEvent(id: $eventId) {\n    id\n    tables {\n      label\n    }\n    sessions {\n      id\n      title\n      slots\n    }\n    roundTables(first: 100) {\n      ...RoundTableItem\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyRoundTables($eventId: ID!) {\n  myRoundTables(eventId: $eventId) {\n    ...RoundTableItem\n  }\n}"): (typeof documents)["query MyRoundTables($eventId: ID!) {\n  myRoundTables(eventId: $eventId) {\n    ...RoundTableItem\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RoundTableHosts($eventId: ID!) {\n  dockingEvent(id: $eventId) {\n    id\n    registrations(status: APPROVED, first: 500) {\n      id\n      enterprise {\n        id\n        name\n      }\n    }\n  }\n}"): (typeof documents)["query RoundTableHosts($eventId: ID!) {\n  dockingEvent(id: $eventId) {\n    id\n    registrations(status: APPROVED, first: 500) {\n      id\n      enterprise {\n        id\n        name\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ScheduleMeeting on Meeting {\n  id\n  startsAt\n  endsAt\n  table\n  published\n  locked\n  parties {\n    id\n    name\n  }\n  request {\n    id\n  }\n}"): (typeof documents)["fragment ScheduleMeeting on Meeting {\n  id\n  startsAt\n  endsAt\n  table\n  published\n  locked\n  parties {\n    id\n    name\n  }\n  request {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ScheduleRunResult on ScheduleRun {\n  id\n  status\n  placed\n  unplaced\n  objective\n  upperBound\n  solveMillis\n  error\n  createdAt\n  finishedAt\n  unplacedRequests {\n    reason\n    detail\n    request {\n      id\n      requester {\n        id\n        name\n      }\n      invitee {\n        id\n        name\n      }\n    }\n  }\n}"): (typeof documents)["fragment ScheduleRunResult on ScheduleRun {\n  id\n  status\n  placed\n  unplaced\n  objective\n  upperBound\n  solveMillis\n  error\n  createdAt\n  finishedAt\n  unplacedRequests {\n    reason\n    detail\n    request {\n      id\n      requester {\n        id\n        name\n      }\n      invitee {\n        id\n        name\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BookMeeting($requestId: ID!, $startsAt: DateTime!, $table: String!) {\n  bookMeeting(requestId: $requestId, startsAt: $startsAt, table: $table) {\n    ...ScheduleMeeting\n  }\n}"): (typeof documents)["mutation BookMeeting($requestId: ID!, $startsAt: DateTime!, $table: String!) {\n  bookMeeting(requestId: $requestId, startsAt: $startsAt, table: $table) {\n    ...ScheduleMeeting\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelMeeting($id: ID!) {\n  cancelMeeting(id: $id)\n}"): (typeof documents)["mutation CancelMeeting($id: ID!) {\n  cancelMeeting(id: $id)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LockMeeting($id: ID!) {\n  lockMeeting(id: $id) {\n    id\n    locked\n  }\n}"): (typeof documents)["mutation LockMeeting($id: ID!) {\n  lockMeeting(id: $id) {\n    id\n    locked\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MoveMeeting($id: ID!, $startsAt: DateTime!, $table: String!) {\n  moveMeeting(id: $id, startsAt: $startsAt, table: $table) {\n    ...ScheduleMeeting\n  }\n}"): (typeof documents)["mutation MoveMeeting($id: ID!, $startsAt: DateTime!, $table: String!) {\n  moveMeeting(id: $id, startsAt: $startsAt, table: $table) {\n    ...ScheduleMeeting\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PublishSchedule($eventId: ID!) {\n  publishSchedule(eventId: $eventId) {\n    id\n    schedulePublishedAt\n  }\n}"): (typeof documents)["mutation PublishSchedule($eventId: ID!) {\n  publishSchedule(eventId: $eventId) {\n    id\n    schedulePublishedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScheduleMeetings($eventId: ID!) {\n  scheduleMeetings(eventId: $eventId) {\n    ...ScheduleRunResult\n  }\n}"): (typeof documents)["mutation ScheduleMeetings($eventId: ID!) {\n  scheduleMeetings(eventId: $eventId) {\n    ...ScheduleRunResult\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UnlockMeeting($id: ID!) {\n  unlockMeeting(id: $id) {\n    id\n    locked\n  }\n}"): (typeof documents)["mutation UnlockMeeting($id: ID!) {\n  unlockMeeting(id: $id) {\n    id\n    locked\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AcceptedRequests($eventId: ID!) {\n  dockingEvent(id: $eventId) {\n    id\n    meetingRequests(status: ACCEPTED, first: 500) {\n      id\n      mutual\n      tableTags\n      requester {\n        id\n        name\n      }\n      invitee {\n        id\n        name\n      }\n    }\n  }\n}"): (typeof documents)["query AcceptedRequests($eventId: ID!) {\n  dockingEvent(id: $eventId) {\n    id\n    meetingRequests(status: ACCEPTED, first: 500) {\n      id\n      mutual\n      tableTags\n      requester {\n        id\n        name\n      }\n      invitee {\n        id\n        name\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EventSchedule($eventId: ID!) {\n  dockingEvent(id: $eventId) {\n    id\n    title\n    slotMinutes\n    schedulePublishedAt\n    tables {\n      label\n      tags\n    }\n    sessions {\n      id\n      title\n      startsAt\n      endsAt\n      slots\n    }\n    meetings(first: 500) {\n      ...ScheduleMeeting\n    }\n    latestScheduleRun {\n      ...ScheduleRunResult\n    }\n  }\n}"): (typeof documents)["query EventSchedule($eventId: ID!) {\n  dockingEvent(id: $eventId) {\n    id\n    title\n    slotMinutes\n    schedulePublishedAt\n    tables {\n      label\n      tags\n    }\n    sessions {\n      id\n      title\n      startsAt\n      endsAt\n      slots\n    }\n    meetings(first: 500) {\n      ...ScheduleMeeting\n    }\n    latestScheduleRun {\n      ...ScheduleRunResult\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ScheduleRun($id: ID!) {\n  scheduleRun(id: $id) {\n    ...ScheduleRunResult\n  }\n}"): (typeof documents)["query ScheduleRun($id: ID!) {\n  scheduleRun(id: $id) {\n    ...ScheduleRunResult\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;