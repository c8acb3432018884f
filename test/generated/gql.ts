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
    "mutation AccountsSignUp($input: SignUpInput!) { signUp(input: $input) { accessToken user { id email displayName role enterprise { id } } } }": typeof types.AccountsSignUpDocument,
    "mutation AccountsLogIn($input: LogInInput!) { logIn(input: $input) { accessToken user { id role } } }": typeof types.AccountsLogInDocument,
    "mutation AccountsGrantRole($id: ID!, $role: Role!) { grantRole(userId: $id, role: $role) { id role } }": typeof types.AccountsGrantRoleDocument,
    "mutation AccountsChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { accessToken user { id } } }": typeof types.AccountsChangePasswordDocument,
    "mutation AccountsLogOutEverywhere { logOutEverywhere }": typeof types.AccountsLogOutEverywhereDocument,
    "query AccountsWho { me { id } }": typeof types.AccountsWhoDocument,
    "query AccountsMe { me { id email displayName } }": typeof types.AccountsMeDocument,
    "query AccountsMe2 { me { id } }": typeof types.AccountsMe2Document,
    "query AccountsMe3 { me { role } }": typeof types.AccountsMe3Document,
    "mutation ApiExamplesLogIn($e: String!, $p: String!) { logIn(input: { email: $e, password: $p }) { accessToken } }": typeof types.ApiExamplesLogInDocument,
    "query ApiExamplesMe { me { enterprise { id listings(first: 1) { edges { node { id } } } } } }": typeof types.ApiExamplesMeDocument,
    "query ApiExamplesDockingEvents { dockingEvents(first: 100) { edges { node { id title } } } }": typeof types.ApiExamplesDockingEventsDocument,
    "mutation ConsoleCreateCalendarFeed { createCalendarFeed { key createdAt } }": typeof types.ConsoleCreateCalendarFeedDocument,
    "query ConsoleCalendarFeed { calendarFeed { key } }": typeof types.ConsoleCalendarFeedDocument,
    "mutation ConsoleCreateCalendarFeed2 { createCalendarFeed { key } }": typeof types.ConsoleCreateCalendarFeed2Document,
    "mutation ConsoleLogOutEverywhere { logOutEverywhere }": typeof types.ConsoleLogOutEverywhereDocument,
    "mutation ConsoleLogInAgain($input: LogInInput!) { logIn(input: $input) { accessToken } }": typeof types.ConsoleLogInAgainDocument,
    "query ConsoleCalendarFeedAfter { calendarFeed { key } }": typeof types.ConsoleCalendarFeedAfterDocument,
    "mutation ConsoleRevokeCalendarFeed { revokeCalendarFeed }": typeof types.ConsoleRevokeCalendarFeedDocument,
    "mutation ConsoleRevokeCalendarFeedAgain { revokeCalendarFeed }": typeof types.ConsoleRevokeCalendarFeedAgainDocument,
    "query ConsoleRegions { regions { code name } }": typeof types.ConsoleRegionsDocument,
    "query ConsoleRegions2 { regions(parentCode: \"520300\") { code name } }": typeof types.ConsoleRegions2Document,
    "mutation DealReviewRecordDeal($input: RecordDealInput!) { recordDeal(input: $input) { id reportStatus } }": typeof types.DealReviewRecordDealDocument,
    "mutation DealReviewConfirmDeal($id: ID!) { confirmDeal(id: $id) { id confirmed reportStatus } }": typeof types.DealReviewConfirmDealDocument,
    "mutation DealReviewAdvance($id: ID!, $s: DealStage!, $a: Decimal) { advanceDeal(id: $id, stage: $s, amountCny: $a) { id } }": typeof types.DealReviewAdvanceDocument,
    "mutation DealReviewReview($id: ID!, $r: DealReview!, $note: String) { reviewDealForReport(id: $id, review: $r, note: $note) { id reportStatus reportReviewNote } }": typeof types.DealReviewReviewDocument,
    "query DealReviewFunnel($e: ID!) { eventReport(eventId: $e) { funnel { intents signed signedAmountCny dealsAwaitingReview } bySector { contracts amountCny } } }": typeof types.DealReviewFunnelDocument,
    "query DealReviewMySales { myConfirmedSales { dealId amountCny } }": typeof types.DealReviewMySalesDocument,
    "query DealReviewDeals($e: ID!) { dockingEvent(id: $e) { deals { id reportStatus reportReviewNote } } }": typeof types.DealReviewDealsDocument,
    "query DemoDockingEvent($id: ID!) { dockingEvent(id: $id) { id title sectors startsAt endsAt registrationClosesAt categories { code } registrations { status enterprise { id name sector categories { code } } } meetingRequests { status matchScore requester { id name } invitee { id name } matchSuggestion { id score supply { enterprise { id } } demand { enterprise { id } } } } } }": typeof types.DemoDockingEventDocument,
    "mutation DemoLogIn($e: String!, $p: String!) { logIn(input: { email: $e, password: $p }) { accessToken } }": typeof types.DemoLogInDocument,
    "query DemoDockingEvents { dockingEvents(first: 100) { edges { node { id title } } } }": typeof types.DemoDockingEventsDocument,
    "mutation DemoRegisterForEvent($e: ID!) { registerForEvent(eventId: $e) { status } }": typeof types.DemoRegisterForEventDocument,
    "query DemoEventReport($id: ID!) { eventReport(eventId: $id) { funnel { accepted placed held intents signed signedAmountCny } } }": typeof types.DemoEventReportDocument,
    "query DemoDockingEvent2($id: ID!) { dockingEvent(id: $id) { meetings { published } } }": typeof types.DemoDockingEvent2Document,
    "query DemoEventReport2($id: ID!) { eventReport(eventId: $id) { funnel { placed signed } } }": typeof types.DemoEventReport2Document,
    "query DemoRoundTables($id: ID!) { dockingEvent(id: $id) { roundTables(first: 10) { topic capacity seatsTaken startsAt endsAt table host { name } seats { id } } meetings(first: 500) { startsAt endsAt table parties { id } } } }": typeof types.DemoRoundTablesDocument,
    "query DemoTechnologyResults { technologyResults(mine: true) { edges { node { id title } } } }": typeof types.DemoTechnologyResultsDocument,
    "query DemoTechnologyResultMatches($id: ID!) { technologyResultMatches(resultId: $id) { reasons { met text } need { title enterprise { name } } } }": typeof types.DemoTechnologyResultMatchesDocument,
    "query DemoTechnologyReport($e: ID!) { eventReport(eventId: $e) { technologyContracts { contracts amountCny } } }": typeof types.DemoTechnologyReportDocument,
    "query DemoPolicies { policies(issuedByMe: true) { edges { node { id title regionNames rules { description } event { title } applications { totalCount edges { node { status enterprise { id } } } } } } } }": typeof types.DemoPoliciesDocument,
    "query DemoBankMe { me { enterprise { id } } }": typeof types.DemoBankMeDocument,
    "query DemoBankProducts($l: ID!) { financingProducts(lenderEnterpriseId: $l) { edges { node { id name } } } }": typeof types.DemoBankProductsDocument,
    "query DemoBankMatches($p: ID!) { financingMatchesForProduct(productId: $p) { edges { node { eligible score conditions { detail } need { enterprise { name } event { title } sharedDeals { counterpartName amountCny stage } } } } } }": typeof types.DemoBankMatchesDocument,
    "query DemoMe { me { email enterprise { name } } }": typeof types.DemoMeDocument,
    "query DemoInvestment { investmentProjects(mine: true) { edges { node { title stage plannedInvestmentCny region { name } } } } investmentPipeline { edges { node { stage landedAmountCny candidate { name } project { title } } } } }": typeof types.DemoInvestmentDocument,
    "query DemoInvestmentContacts { myInvestmentContacts { edges { node { stage } } } }": typeof types.DemoInvestmentContactsDocument,
    "mutation EmailSetEmailNotificationKinds { setEmailNotificationKinds(kinds: [\"MATCH_SUGGESTED\"]) { id emailNotificationKinds } }": typeof types.EmailSetEmailNotificationKindsDocument,
    "mutation EmailSetEmailNotificationKinds2 { setEmailNotificationKinds(kinds: [\"SPAM\"]) { id } }": typeof types.EmailSetEmailNotificationKinds2Document,
    "mutation EnterprisesRegisterEnterprise($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { id name creditCode sector region { code name fullName parent { code name } } categories { code name } } }": typeof types.EnterprisesRegisterEnterpriseDocument,
    "mutation EnterprisesUpdateEnterprise($id: ID!, $input: UpdateEnterpriseInput!) { updateEnterprise(id: $id, input: $input) { id name description categories { code } } }": typeof types.EnterprisesUpdateEnterpriseDocument,
    "query EnterprisesMe { me { enterprise { id name } } }": typeof types.EnterprisesMeDocument,
    "query EnterprisesMe2 { me { enterprise { id } } }": typeof types.EnterprisesMe2Document,
    "query EnterprisesEnterprise($id: ID!) { enterprise(id: $id) { name } }": typeof types.EnterprisesEnterpriseDocument,
    "query EnterprisesEnterprise2($id: ID!) { enterprise(id: $id) { name contactName contactPhone } }": typeof types.EnterprisesEnterprise2Document,
    "query EnterprisesChainCategories { liquor: chainCategories(sector: LIQUOR_TOBACCO) { code } supporting: chainCategories(sector: SUPPORTING) { code group } glass: chainCategory(code: \"3055\") { name group downstream { code name } } baijiu: chainCategory(code: \"1512\") { upstream { code } } none: chainCategory(code: \"9999\") { code } county: region(code: \"520381\") { name fullName } unknown: region(code: \"999999\") { name } }": typeof types.EnterprisesChainCategoriesDocument,
    "mutation EventDayCheckInFirm($e: ID!, $code: String, $f: ID) { checkInFirm(eventId: $e, code: $code, enterpriseId: $f) {\n  alreadyCheckedIn message attendee { registrationId checkedInAt enterprise { id name } } } }": typeof types.EventDayCheckInFirmDocument,
    "query EventDayMyCheckIn($e: ID!) { myCheckIn(eventId: $e) { code checkedInAt } }": typeof types.EventDayMyCheckInDocument,
    "query EventDayEventAttendees($e: ID!, $s: String, $first: Int, $after: String) { eventAttendees(eventId: $e, search: $s, first: $first, after: $after) {\n  totalCount pageInfo { hasNextPage endCursor } edges { node { checkedInAt enterprise { id name } } } } }": typeof types.EventDayEventAttendeesDocument,
    "mutation EventDayMarkMeetingAttendance($meeting: ID!, $o: AttendanceOutcome!, $absent: [ID!]) { markMeetingAttendance(meetingId: $meeting, outcome: $o, absentEnterpriseIds: $absent) {\n  id attendance { status partiesDisagree decidedByOrganiser absent { id } } } }": typeof types.EventDayMarkMeetingAttendanceDocument,
    "mutation EventDayAddWalkInMeeting($e: ID!, $input: WalkInMeetingInput!) { addWalkInMeeting(eventId: $e, input: $input) { id table startsAt published walkIn parties { id } } }": typeof types.EventDayAddWalkInMeetingDocument,
    "query EventDayEventFloor($e: ID!) { eventFloor(eventId: $e) { now nextSlotStartsAt noShows checkIns { approved checkedIn }\n  slot { startsAt endsAt session current }\n  tables { table meeting { id walkIn parties { id } attendance { status absent { id } } } } } }": typeof types.EventDayEventFloorDocument,
    "mutation EventDayBookMeeting($id: ID!, $at: DateTime!, $t: String!) { bookMeeting(requestId: $id, startsAt: $at, table: $t) { id } }": typeof types.EventDayBookMeetingDocument,
    "mutation EventDayRegisterForEvent($e: ID!) { registerForEvent(eventId: $e) { id } }": typeof types.EventDayRegisterForEventDocument,
    "mutation EventDayReviewRegistration($id: ID!) { reviewRegistration(id: $id, approve: true) { id } }": typeof types.EventDayReviewRegistrationDocument,
    "mutation EventDayAddMeetingSession($e: ID!, $input: MeetingSessionInput!) { addMeetingSession(eventId: $e, input: $input) { id } }": typeof types.EventDayAddMeetingSessionDocument,
    "mutation EventDayPublishSchedule($e: ID!) { publishSchedule(eventId: $e) { id } }": typeof types.EventDayPublishScheduleDocument,
    "query EventDayCheckInSummary($e: ID!) { checkInSummary(eventId: $e) { approved checkedIn } }": typeof types.EventDayCheckInSummaryDocument,
    "mutation EventDayReviewRegistration2($id: ID!) { reviewRegistration(id: $id, approve: false) { id } }": typeof types.EventDayReviewRegistration2Document,
    "query EventDayMyAgenda($e: ID!) { myAgenda(eventId: $e) { id attendance { status } } }": typeof types.EventDayMyAgendaDocument,
    "query EventDayMyAgenda2($e: ID!) { myAgenda(eventId: $e) { id walkIn } }": typeof types.EventDayMyAgenda2Document,
    "mutation EventDayRateMeeting($meeting: ID!) { rateMeeting(meetingId: $meeting, rating: INFORMATIVE) { id } }": typeof types.EventDayRateMeetingDocument,
    "query EventDayEventReport($e: ID!) { eventReport(eventId: $e) { funnel { approved placed checkedIn held noShows walkIns } } }": typeof types.EventDayEventReportDocument,
    "mutation EventEditingUpdateDockingEvent($id: ID!, $input: UpdateDockingEventInput!) {\n  updateDockingEvent(id: $id, input: $input) {\n    id title venue startsAt endsAt slotMinutes maxRequestsPerFirm registrationClosesAt sectors\n    tables { label tags } categories { code }\n  }\n}": typeof types.EventEditingUpdateDockingEventDocument,
    "mutation EventEditingAddMeetingSession($e: ID!, $input: MeetingSessionInput!) { addMeetingSession(eventId: $e, input: $input) { id } }": typeof types.EventEditingAddMeetingSessionDocument,
    "mutation EventEditingBookMeeting($id: ID!, $s: DateTime!, $t: String!) { bookMeeting(requestId: $id, startsAt: $s, table: $t) { id } }": typeof types.EventEditingBookMeetingDocument,
    "mutation EventEditingCreateRoundTable($e: ID!, $i: RoundTableInput!) { createRoundTable(eventId: $e, input: $i) { id } }": typeof types.EventEditingCreateRoundTableDocument,
    "query EventEditingDockingEvent($id: ID!) { dockingEvent(id: $id) { title venue maxRequestsPerFirm } }": typeof types.EventEditingDockingEventDocument,
    "query EventEditingDockingEvents($after: String) { dockingEvents(first: 2, after: $after, organisedByMe: true) {\n      totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }": typeof types.EventEditingDockingEventsDocument,
    "query EventEditingDockingEvent2($id: ID!) { dockingEvent(id: $id) { sessions { slots } } }": typeof types.EventEditingDockingEvent2Document,
    "mutation EventsCreateDockingEvent($input: CreateDockingEventInput!) { createDockingEvent(input: $input) { id title sectors slotMinutes tables { label tags } categories { code } startsAt } }": typeof types.EventsCreateDockingEventDocument,
    "mutation EventsGrantRole($id: ID!) { grantRole(userId: $id, role: ORGANISER) { id } }": typeof types.EventsGrantRoleDocument,
    "query EventsDockingEvent($id: ID!) { dockingEvent(id: $id) { title venue } }": typeof types.EventsDockingEventDocument,
    "query EventsDockingEvents { dockingEvents(first: 100) { edges { node { id title } } } }": typeof types.EventsDockingEventsDocument,
    "query EventsDockingEvent2($id: ID!) { dockingEvent(id: $id) { sessions { title slots } registrations { status enterprise { name } } } }": typeof types.EventsDockingEvent2Document,
    "mutation EventsLogIn($p: String!) { logIn(input: { email: \"jiang1@demo.duijie.cn\", password: $p }) { accessToken } }": typeof types.EventsLogInDocument,
    "query EventsMe { me { enterprise { name listings { totalCount } } } }": typeof types.EventsMeDocument,
    "mutation FinanceVerifyEnterprise($id: ID!, $t: ParticipantType) { verifyEnterprise(id: $id, participantType: $t) { id participantType verificationStatus } }": typeof types.FinanceVerifyEnterpriseDocument,
    "mutation FinanceCreateFinancingProduct($input: FinancingProductInput!) { createFinancingProduct(input: $input) { id name status lender { id } } }": typeof types.FinanceCreateFinancingProductDocument,
    "mutation FinanceUpdateFinancingProduct($id: ID!, $input: FinancingProductInput!) { updateFinancingProduct(id: $id, input: $input) { id status } }": typeof types.FinanceUpdateFinancingProductDocument,
    "mutation FinanceCreateFinancingNeed($input: FinancingNeedInput!) { createFinancingNeed(input: $input) { id sector regionCode confidential } }": typeof types.FinanceCreateFinancingNeedDocument,
    "query FinanceFinancingNeed($id: ID!) { financingNeed(id: $id) { id purpose sharedDeals { dealId counterpartName amountCny stage } dealShares { id withdrawnAt } } }": typeof types.FinanceFinancingNeedDocument,
    "query FinanceMatchesForNeed($id: ID!, $all: Boolean) { financingMatchesForNeed(needId: $id, includeIneligible: $all) { totalCount edges { node { eligible score product { id name } conditions { code met detail } } } } }": typeof types.FinanceMatchesForNeedDocument,
    "query FinanceMatchesForProduct($id: ID!) { financingMatchesForProduct(productId: $id) { totalCount edges { node { eligible score need { id purpose sharedDeals { dealId counterpartName amountCny } } } } } }": typeof types.FinanceMatchesForProductDocument,
    "mutation FinanceShareDealsWithLender($input: ShareDealsWithLenderInput!) { shareDealsWithLender(input: $input) { id dealIds withdrawnAt lender { id } } }": typeof types.FinanceShareDealsWithLenderDocument,
    "mutation FinanceWithdrawDealShare($id: ID!) { withdrawDealShare(id: $id) { id withdrawnAt } }": typeof types.FinanceWithdrawDealShareDocument,
    "mutation FinanceRecordLoanOutcome($n: ID!, $p: ID!, $s: LoanStage!, $a: Decimal) { recordLoanOutcome(needId: $n, productId: $p, stage: $s, amountCny: $a) { loanStage loanAmountCny } }": typeof types.FinanceRecordLoanOutcomeDocument,
    "query FinanceEventReport($e: ID!) { eventReport(eventId: $e) { loans { needs needAmountCny matchedNeeds loans amountCny bySector { key name loans amountCny } byRegion { key name loans amountCny } } } }": typeof types.FinanceEventReportDocument,
    "query FinanceNotifications { notifications(first: 20) { edges { node { kind title } } } }": typeof types.FinanceNotificationsDocument,
    "mutation FinanceRecordDeal($input: RecordDealInput!) { recordDeal(input: $input) { id } }": typeof types.FinanceRecordDealDocument,
    "mutation FinanceConfirmDeal($id: ID!) { confirmDeal(id: $id) { id agreedStage } }": typeof types.FinanceConfirmDealDocument,
    "mutation FinanceRegisterForEvent($e: ID!) { registerForEvent(eventId: $e) { id } }": typeof types.FinanceRegisterForEventDocument,
    "mutation FinanceReviewRegistration($id: ID!) { reviewRegistration(id: $id, approve: true) { id } }": typeof types.FinanceReviewRegistrationDocument,
    "query ImportsLayoutsPreviewListingImport($id: ID!, $corrections: [ImportCorrectionInput!]) { previewListingImport(id: $id, corrections: $corrections) { id total accepted rejected rows { row outcome kind title categoryCode regionCode quantity unit priceMin priceMax validUntil description inferredCategory { code name confidence } errors { column message } warnings { column message } } } }": typeof types.ImportsLayoutsPreviewListingImportDocument,
    "mutation ImportsLayoutsCommitListingImport($id: ID!, $corrections: [ImportCorrectionInput!]) { commitListingImport(id: $id, corrections: $corrections) { status total created failed rows { row outcome listingId errors { column message } } } }": typeof types.ImportsLayoutsCommitListingImportDocument,
    "query ImportsLayoutsListings { listings(first: 1) { totalCount } }": typeof types.ImportsLayoutsListingsDocument,
    "query ImportsLayoutsListing($id: ID!) { listing(id: $id) { category { code } enterprise { name region { code } contactName contactPhone } } }": typeof types.ImportsLayoutsListingDocument,
    "query ImportsLayoutsListing2($id: ID!) { listing(id: $id) { kind category { code } quantity unit priceMin priceMax validUntil region { code } } }": typeof types.ImportsLayoutsListing2Document,
    "query ImportsLayoutsListing3($id: ID!) { listing(id: $id) { category { code } validUntil region { code } } }": typeof types.ImportsLayoutsListing3Document,
    "mutation ImportsLayoutsCommitListingImport2($id: ID!, $corrections: [ImportCorrectionInput!]) { commitListingImport(id: $id, corrections: $corrections) { status created rows { sheet row outcome } } }": typeof types.ImportsLayoutsCommitListingImport2Document,
    "mutation ImportsLayoutsCommitPanzhou($id: ID!) { commitListingImport(id: $id) { status created failed rows { sheet row outcome listingId } } }": typeof types.ImportsLayoutsCommitPanzhouDocument,
    "query ImportsLayoutsPanzhouListing($id: ID!) { listing(id: $id) { enterprise { id creditCode region { code } } } }": typeof types.ImportsLayoutsPanzhouListingDocument,
    "query ImportsLayoutsListValidity($id: ID!) { listing(id: $id) { quantity unit validUntil } }": typeof types.ImportsLayoutsListValidityDocument,
    "query ImportsLayoutsSuggestCategories { suggestCategories(text: \"铝防盗瓶盖 28mm\", first: 3) { category { code name } confidence matchedTerms } }": typeof types.ImportsLayoutsSuggestCategoriesDocument,
    "query ImportsLayoutsSuggestCategories2($t: String!) { suggestCategories(text: $t) { confidence } }": typeof types.ImportsLayoutsSuggestCategories2Document,
    "query ImportsListingImport($id: ID!) { listingImport(id: $id) { status total processed created updated unchanged failed rows { row outcome listingId errors { column message } } } }": typeof types.ImportsListingImportDocument,
    "query ImportsListing($id: ID!) { listing(id: $id) { title unit certifications enterprise { name creditCode } } }": typeof types.ImportsListingDocument,
    "query ImportsDockingEvent($id: ID!) { dockingEvent(id: $id) { registrations { status enterprise { creditCode } listings { id } } } }": typeof types.ImportsDockingEventDocument,
    "query ImportsListing2($id: ID!) { listing(id: $id) { priceMax } }": typeof types.ImportsListing2Document,
    "query ImportsListing3($id: ID!) { listing(id: $id) { title description enterprise { name } } }": typeof types.ImportsListing3Document,
    "query InvestmentLeads($region: String!, $sector: Sector, $first: Int, $after: String) { investmentLeads(regionCode: $region, sector: $sector, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { firm { id } category { code } region { code } score reasons pipelineEntry { id stage } } } } }": typeof types.InvestmentLeadsDocument,
    "mutation InvestmentCreateProject($input: InvestmentProjectInput!) { createInvestmentProject(input: $input) { id title stage plannedInvestmentCny region { code } categories { code } owner { id } } }": typeof types.InvestmentCreateProjectDocument,
    "mutation InvestmentUpdateProject($id: ID!, $input: InvestmentProjectInput!) { updateInvestmentProject(id: $id, input: $input) { id title stage } }": typeof types.InvestmentUpdateProjectDocument,
    "query InvestmentCandidates($id: ID!) { investmentProjectCandidates(projectId: $id, first: 20) { totalCount edges { node { firm { id } category { code } score reasons } } } }": typeof types.InvestmentCandidatesDocument,
    "mutation InvestmentAdd($input: AddToInvestmentPipelineInput!) { addToInvestmentPipeline(input: $input) { id stage contactedAt note candidate { id } project { id } } }": typeof types.InvestmentAddDocument,
    "mutation InvestmentMove($input: MoveInvestmentPipelineInput!) { moveInvestmentPipelineEntry(input: $input) { id stage signedAmountCny signedOn landedAmountCny landedOn contactedAt history { fromStage toStage reason } } }": typeof types.InvestmentMoveDocument,
    "query InvestmentMyContacts { myInvestmentContacts(first: 20) { totalCount edges { node { id stage note owner { id } history { reason } } } } }": typeof types.InvestmentMyContactsDocument,
    "query InvestmentEntry($id: ID!) { investmentPipelineEntry(id: $id) { id stage } }": typeof types.InvestmentEntryDocument,
    "query InvestmentPipeline($stage: InvestmentPipelineStage) { investmentPipeline(stage: $stage, first: 50) { totalCount edges { node { id stage candidate { id } } } } }": typeof types.InvestmentPipelineDocument,
    "query InvestmentNotifications { notifications(first: 50) { edges { node { kind title body } } } }": typeof types.InvestmentNotificationsDocument,
    "query InvestmentEventReport($e: ID!) { eventReport(eventId: $e) { investment { total { signed signedAmountCny landed landedAmountCny } bySector { key landed landedAmountCny } byCategory { key name landed landedAmountCny } byRegion { key landed landedAmountCny } } } }": typeof types.InvestmentEventReportDocument,
    "query InvestmentSummary($region: String!, $sector: Sector) { investmentSummary(regionCode: $region, sector: $sector) { total { signed landed landedAmountCny } } }": typeof types.InvestmentSummaryDocument,
    "query InvestmentPanorama($region: String!) { chainPanorama(regionCode: $region, sector: ECO_FOOD) { nodes { category { code } coverage } investment { categoryCode projects openLeads } } }": typeof types.InvestmentPanoramaDocument,
    "query InvestmentDrawer($code: String!, $region: String!) { chainNodeMembers(categoryCode: $code, regionCode: $region) { investmentProjects { id title } investmentLeads(first: 10) { totalCount edges { node { firm { id } } } } } }": typeof types.InvestmentDrawerDocument,
    "mutation InvestmentVerify($id: ID!, $type: ParticipantType) { verifyEnterprise(id: $id, participantType: $type) { id participantType verificationStatus } }": typeof types.InvestmentVerifyDocument,
    "mutation ListingsCreateListing($input: CreateListingInput!) { createListing(input: $input) { ...ListingFields } }": typeof types.ListingsCreateListingDocument,
    "mutation ListingsUpdateListing($id: ID!, $input: UpdateListingInput!) { updateListing(id: $id, input: $input) { ...ListingFields } }": typeof types.ListingsUpdateListingDocument,
    "mutation ListingsCloseListing($id: ID!) { closeListing(id: $id) { id status } }": typeof types.ListingsCloseListingDocument,
    "query ListingsListings($filter: ListingFilter, $first: Int, $after: String) { listings(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id title kind confidential enterprise { id } } } } }": typeof types.ListingsListingsDocument,
    "query ListingsListings2($n: Int) { listings(first: $n) { totalCount } }": typeof types.ListingsListings2Document,
    "query ListingsListing($id: ID!) { listing(id: $id) { id title } }": typeof types.ListingsListingDocument,
    "query ListingsEnterprise($id: ID!) { enterprise(id: $id) { listings { totalCount } } }": typeof types.ListingsEnterpriseDocument,
    "query ListingsListing2($id: ID!) { listing(id: $id) { title priceMax status } }": typeof types.ListingsListing2Document,
    "query ListingsListing3($id: ID!) { listing(id: $id) { id } }": typeof types.ListingsListing3Document,
    "query ListingsEnterprise2($id: ID!) { enterprise(id: $id) { listings { totalCount edges { node { id } } } } }": typeof types.ListingsEnterprise2Document,
    "query ListingsListing4($id: ID!) { listing(id: $id) { confidential } }": typeof types.ListingsListing4Document,
    "query ListingsPageOf20 { listings(first: 20) { edges { node { title enterprise { name } category { name } region { name } } } } }": typeof types.ListingsPageOf20Document,
    "query ListingsPageOf20Counted { listings(first: 20) { totalCount edges { node { title enterprise { name } category { name } region { name } } } } }": typeof types.ListingsPageOf20CountedDocument,
    "mutation MatchingSymmetryUpdateListing($id: ID!, $d: String!) { updateListing(id: $id, input: { description: $d }) { id } }": typeof types.MatchingSymmetryUpdateListingDocument,
    "mutation MatchingSymmetryUpdateListing2($id: ID!) { updateListing(id: $id, input: { title: \"航空发动机机匣锻件\", description: \"高温合金锻件\" }) { id } }": typeof types.MatchingSymmetryUpdateListing2Document,
    "mutation MatchingRespondToMatch($id: ID!, $d: MatchDecision!) { respondToMatch(id: $id, decision: $d) { id supplyDecision demandDecision } }": typeof types.MatchingRespondToMatchDocument,
    "mutation MatchingUpdateListing($id: ID!) { updateListing(id: $id, input: { quantity: 1000000 }) { id } }": typeof types.MatchingUpdateListingDocument,
    "mutation MatchingUpdateListing2($id: ID!) { updateListing(id: $id, input: { validUntil: \"2099-06-30\" }) { id } }": typeof types.MatchingUpdateListing2Document,
    "query MatchingMatchSuggestions($id: ID!) { matchSuggestions(listingId: $id) { totalCount } }": typeof types.MatchingMatchSuggestionsDocument,
    "mutation MatchingCloseListing($id: ID!) { closeListing(id: $id) { id } }": typeof types.MatchingCloseListingDocument,
    "mutation MatchingUpdateListing3($id: ID!) { updateListing(id: $id, input: { validUntil: \"2099-03-01\" }) { id } }": typeof types.MatchingUpdateListing3Document,
    "mutation MatchingUpdateListing4($id: ID!) { updateListing(id: $id, input: { quantity: 2500000 }) { id } }": typeof types.MatchingUpdateListing4Document,
    "query MatchingListing($id: ID!) { listing(id: $id) { id } }": typeof types.MatchingListingDocument,
    "query MatchingListings { listings(filter: { kind: DEMAND, categoryCode: \"1512\" }, first: 100) { edges { node { id } } } }": typeof types.MatchingListingsDocument,
    "query MatchingDismissedSecret($id: ID!) { listing(id: $id) { id } }": typeof types.MatchingDismissedSecretDocument,
    "mutation MatchingRespondHidden($id: ID!) { respondToMatch(id: $id, decision: ACCEPT) { id reasons { detail } } }": typeof types.MatchingRespondHiddenDocument,
    "mutation MatchingEditCaps($id: ID!) { updateListing(id: $id, input: { description: \"白酒瓶盖，年产 1200 万只，可印刷\" }) { id } }": typeof types.MatchingEditCapsDocument,
    "mutation MatchingEditSecret($id: ID!) { updateListing(id: $id, input: { quantity: 6000000 }) { id } }": typeof types.MatchingEditSecretDocument,
    "query MatchingPartnerSuggestions($id: ID!) { partnerSuggestions(enterpriseId: $id) { direction score matchCount enterprise { id } bestMatch { demand { id } } } }": typeof types.MatchingPartnerSuggestionsDocument,
    "query MatchingPartnerSuggestions2($id: ID!) { partnerSuggestions(enterpriseId: $id) { score } }": typeof types.MatchingPartnerSuggestions2Document,
    "mutation MatchingRematchAll { rematchAll { id } }": typeof types.MatchingRematchAllDocument,
    "mutation MatchingRematchAll2 { rematchAll { id status done total } }": typeof types.MatchingRematchAll2Document,
    "mutation MatchingRematchAll3 { rematchAll { id } }": typeof types.MatchingRematchAll3Document,
    "query MatchingMatchRun0($id: ID!) { matchRun(id: $id) { status } }": typeof types.MatchingMatchRun0Document,
    "query MatchingMatchRun($id: ID!) { matchRun(id: $id) { status done total finishedAt } }": typeof types.MatchingMatchRunDocument,
    "mutation MatchingUpdateListing5($id: ID!) { updateListing(id: $id, input: { quantity: 2100000 }) { id } }": typeof types.MatchingUpdateListing5Document,
    "query MeetingsDockingEvent($id: ID!) { dockingEvent(id: $id) { meetings { id startsAt endsAt table published parties { id name } request { id } } } }": typeof types.MeetingsDockingEventDocument,
    "query MeetingsMyAgenda($e: ID!) { myAgenda(eventId: $e) { id startsAt table parties { id name } published } }": typeof types.MeetingsMyAgendaDocument,
    "query MeetingsNotifications { notifications(first: 50) { edges { node { kind title body data } } } }": typeof types.MeetingsNotificationsDocument,
    "mutation MeetingsAddMeetingSession($e: ID!, $input: MeetingSessionInput!) { addMeetingSession(eventId: $e, input: $input) { id slots } }": typeof types.MeetingsAddMeetingSessionDocument,
    "mutation MeetingsRegisterForEvent($e: ID!) { registerForEvent(eventId: $e) { id status } }": typeof types.MeetingsRegisterForEventDocument,
    "mutation MeetingsReviewRegistration($id: ID!) { reviewRegistration(id: $id, approve: true) { id } }": typeof types.MeetingsReviewRegistrationDocument,
    "query MeetingsDockingEvent2($id: ID!) { dockingEvent(id: $id) { registrations { status enterprise { id } } } }": typeof types.MeetingsDockingEvent2Document,
    "mutation MeetingsCancelMeetingRequest($id: ID!) { cancelMeetingRequest(id: $id) { id status } }": typeof types.MeetingsCancelMeetingRequestDocument,
    "mutation MeetingsSetUnavailableSlots($e: ID!, $s: [DateTime!]!) { setUnavailableSlots(eventId: $e, slotStarts: $s) { unavailableSlots } }": typeof types.MeetingsSetUnavailableSlotsDocument,
    "mutation MeetingsPublishSchedule($e: ID!) { publishSchedule(eventId: $e) { schedulePublishedAt } }": typeof types.MeetingsPublishScheduleDocument,
    "mutation MeetingsMoveMeeting($id: ID!, $s: DateTime!, $t: String!) { moveMeeting(id: $id, startsAt: $s, table: $t) { id startsAt table } }": typeof types.MeetingsMoveMeetingDocument,
    "mutation MeetingsCancelMeeting($id: ID!) { cancelMeeting(id: $id) }": typeof types.MeetingsCancelMeetingDocument,
    "mutation MeetingsAddMeetingSession2($e: ID!, $input: MeetingSessionInput!) { addMeetingSession(eventId: $e, input: $input) { id } }": typeof types.MeetingsAddMeetingSession2Document,
    "mutation MeetingsBookMeeting($id: ID!, $s: DateTime!, $t: String!) { bookMeeting(requestId: $id, startsAt: $s, table: $t) { id } }": typeof types.MeetingsBookMeetingDocument,
    "query NotificationsNotifications($unread: Boolean) { notifications(unreadOnly: $unread, first: 20) { totalCount edges { node { id kind title body data readAt createdAt } } } }": typeof types.NotificationsNotificationsDocument,
    "mutation NotificationsUpdateListing($id: ID!) { updateListing(id: $id, input: { validUntil: \"2099-05-01\" }) { id } }": typeof types.NotificationsUpdateListingDocument,
    "query NotificationsMe { me { unreadNotifications } }": typeof types.NotificationsMeDocument,
    "mutation NotificationsMarkNotificationsRead($ids: [ID!]!) { markNotificationsRead(ids: $ids) }": typeof types.NotificationsMarkNotificationsReadDocument,
    "mutation NotificationsMarkNotificationsRead2 { markNotificationsRead(ids: [\"不是编号\"]) }": typeof types.NotificationsMarkNotificationsRead2Document,
    "mutation OrganiserConsoleRegisterForEvent($e: ID!, $l: [ID!]) { registerForEvent(eventId: $e, listingIds: $l) { id status } }": typeof types.OrganiserConsoleRegisterForEventDocument,
    "query OrganiserConsoleDockingEvent($id: ID!, $status: RegistrationStatus, $sector: Sector) {\n  dockingEvent(id: $id) { registrations(status: $status, sector: $sector, first: 80) {\n    id status reviewNote enterprise { name sector verificationStatus } listings { id title suggestionCount } } } }": typeof types.OrganiserConsoleDockingEventDocument,
    "query OrganiserConsoleListing($id: ID!) { listing(id: $id) { suggestionCount } }": typeof types.OrganiserConsoleListingDocument,
    "query OrganiserConsoleListing2($id: ID!) { listing(id: $id) { suggestionCount } }": typeof types.OrganiserConsoleListing2Document,
    "query OrganiserConsolePreviewListingImport($id: ID!, $c: [ImportCorrectionInput!]) { previewListingImport(id: $id, corrections: $c) {\n      accepted rows { row categoryCode inferredCategory { code } } } }": typeof types.OrganiserConsolePreviewListingImportDocument,
    "mutation OrganiserConsoleCommitListingImport($id: ID!, $c: [ImportCorrectionInput!]) { commitListingImport(id: $id, corrections: $c) { status created } }": typeof types.OrganiserConsoleCommitListingImportDocument,
    "mutation OrganiserConsoleReviewRegistration($id: ID!, $a: Boolean!, $r: String) { reviewRegistration(id: $id, approve: $a, reason: $r) { status reviewNote } }": typeof types.OrganiserConsoleReviewRegistrationDocument,
    "query OrganiserConsoleDockingEvent2($e: ID!) { dockingEvent(id: $e) { registrations { id status reviewNote } } }": typeof types.OrganiserConsoleDockingEvent2Document,
    "query OrganiserConsoleNotifications { notifications(first: 10) { edges { node { kind body } } } }": typeof types.OrganiserConsoleNotificationsDocument,
    "query OrganiserConsoleDockingEvent3($e: ID!) { dockingEvent(id: $e) { registrations { id reviewNote } } }": typeof types.OrganiserConsoleDockingEvent3Document,
    "query OutcomesEventReport($e: ID!) { eventReport(eventId: $e) { funnel { registrations approved suggestions meetingRequests accepted placed held intents signed signedAmountCny fulfilled fulfilledAmountCny } bySector { sector firms contracts amountCny } byCategory { category { code } firms contracts amountCny } localSupplyShare chainGaps { category { code } demands firms examples } } }": typeof types.OutcomesEventReportDocument,
    "query OutcomesDockingEvent($id: ID!) { dockingEvent(id: $id) { meetings { id parties { id } ratings { rating comment enterprise { id } } } } }": typeof types.OutcomesDockingEventDocument,
    "mutation OutcomesRecordDeal($input: RecordDealInput!) { recordDeal(input: $input) { id stage amountCny supplier { id } buyer { id } event { id } } }": typeof types.OutcomesRecordDealDocument,
    "mutation OutcomesConfirmDeal($id: ID!) { confirmDeal(id: $id) { id confirmed agreedStage agreedAmountCny awaitingConfirmationFrom { id } } }": typeof types.OutcomesConfirmDealDocument,
    "mutation OutcomesAddMeetingSession($e: ID!, $input: MeetingSessionInput!) { addMeetingSession(eventId: $e, input: $input) { id } }": typeof types.OutcomesAddMeetingSessionDocument,
    "mutation OutcomesRegisterForEvent($e: ID!) { registerForEvent(eventId: $e) { id } }": typeof types.OutcomesRegisterForEventDocument,
    "mutation OutcomesReviewRegistration($id: ID!) { reviewRegistration(id: $id, approve: true) { id } }": typeof types.OutcomesReviewRegistrationDocument,
    "mutation OutcomesPublishSchedule($e: ID!) { publishSchedule(eventId: $e) { id } }": typeof types.OutcomesPublishScheduleDocument,
    "mutation OutcomesRateMeeting($m: ID!, $r: MeetingRating!, $c: String) { rateMeeting(meetingId: $m, rating: $r, comment: $c) { id } }": typeof types.OutcomesRateMeetingDocument,
    "mutation OutcomesAdvanceDeal($id: ID!, $s: DealStage!) { advanceDeal(id: $id, stage: $s) { stage amountCny } }": typeof types.OutcomesAdvanceDealDocument,
    "query OutcomesDockingEvent2($id: ID!) { dockingEvent(id: $id) { deals { id } } }": typeof types.OutcomesDockingEvent2Document,
    "mutation OutcomesRecordOnce($i: RecordDealInput!) { recordDeal(input: $i) { id updatedAt } }": typeof types.OutcomesRecordOnceDocument,
    "mutation OutcomesRaise($id: ID!) { advanceDeal(id: $id, stage: SIGNED, amountCny: \"88888888\") { updatedAt } }": typeof types.OutcomesRaiseDocument,
    "mutation OutcomesConfirmSeen($id: ID!, $at: DateTime) { confirmDeal(id: $id, expectedUpdatedAt: $at) { confirmed agreedAmountCny } }": typeof types.OutcomesConfirmSeenDocument,
    "mutation OutcomesDeclineOne($id: ID!) { declineDeal(id: $id) { id } }": typeof types.OutcomesDeclineOneDocument,
    "query PanoramaChain($sector: Sector, $region: String!) { chainPanorama(sector: $sector, regionCode: $region) {\n  sector region { code name }\n  nodes { category { code name } layer inSector firms openSupplies openDemands coverage\n    supplyQuantities { unit quantity listings } demandQuantities { unit quantity listings } }\n  edges { fromCode toCode kind why matchedPairs signedDeals signedAmountCny } } }": typeof types.PanoramaChainDocument,
    "query PanoramaNodeMembers($code: String!, $region: String!, $kind: ListingKind) {\n  chainNodeMembers(categoryCode: $code, regionCode: $region) {\n    category { code } region { code }\n    firms(first: 50) { totalCount edges { node { id name } } }\n    listings(kind: $kind, first: 50) { totalCount edges { node { id title confidential enterprise { id name } } } } } }": typeof types.PanoramaNodeMembersDocument,
    "mutation ParticipantsRegister($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { id participantType proposedParticipantType scale verificationStatus } }": typeof types.ParticipantsRegisterDocument,
    "query ParticipantsFirm($id: ID!) { enterprise(id: $id) { id participantType proposedParticipantType scale verificationStatus } }": typeof types.ParticipantsFirmDocument,
    "mutation ParticipantsVerify($id: ID!, $type: ParticipantType) { verifyEnterprise(id: $id, participantType: $type) { id participantType verificationStatus verifiedAt } }": typeof types.ParticipantsVerifyDocument,
    "mutation ParticipantsUpdateScale($id: ID!, $input: UpdateEnterpriseInput!) { updateEnterprise(id: $id, input: $input) { id scale participantType } }": typeof types.ParticipantsUpdateScaleDocument,
    "mutation ParticipantsRegisterGov($e: ID!) { registerForEvent(eventId: $e) { id } }": typeof types.ParticipantsRegisterGovDocument,
    "mutation ParticipantsRegisterForEvent($e: ID!) { registerForEvent(eventId: $e) { id } }": typeof types.ParticipantsRegisterForEventDocument,
    "mutation ResetRequest($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }": typeof types.ResetRequestDocument,
    "mutation ResetSet($input: ResetPasswordInput!) { resetPassword(input: $input) }": typeof types.ResetSetDocument,
    "mutation ResetLogIn($input: LogInInput!) { logIn(input: $input) { accessToken } }": typeof types.ResetLogInDocument,
    "query ResetMe { me { id } }": typeof types.ResetMeDocument,
    "mutation ResetLogOutEverywhere { logOutEverywhere }": typeof types.ResetLogOutEverywhereDocument,
    "mutation PoliciesPublishPolicy($input: PublishPolicyInput!) { publishPolicy(input: $input) { id title open regionNames rules { kind description } issuer { id } } }": typeof types.PoliciesPublishPolicyDocument,
    "query PoliciesPolicy($id: ID!) { policy(id: $id) { id eligibleFirmCount evaluatedAt } }": typeof types.PoliciesPolicyDocument,
    "mutation PoliciesReevaluatePolicy($id: ID!) { reevaluatePolicy(id: $id) { id } }": typeof types.PoliciesReevaluatePolicyDocument,
    "query PoliciesMyPolicies($only: Boolean) { myPolicies(eligibleOnly: $only) { eligible policy { id title } conditions { kind met detail } application { id status } } }": typeof types.PoliciesMyPoliciesDocument,
    "mutation PoliciesApplyForPolicy($input: ApplyForPolicyInput!) { applyForPolicy(input: $input) { id status statusName event { id } enterprise { id } } }": typeof types.PoliciesApplyForPolicyDocument,
    "mutation PoliciesReviewPolicyApplication($id: ID!, $status: PolicyApplicationStatus!, $note: String) { reviewPolicyApplication(id: $id, status: $status, note: $note) { id status statusName reviewNote } }": typeof types.PoliciesReviewPolicyApplicationDocument,
    "query PoliciesApplications($id: ID!) { policy(id: $id) { applications(first: 10) { totalCount edges { node { id status enterprise { id } } } } } }": typeof types.PoliciesApplicationsDocument,
    "query PoliciesEventReport($e: ID!) { eventReport(eventId: $e) { policies { applications byPolicy { policyId title count } } } }": typeof types.PoliciesEventReportDocument,
    "query PoliciesNotifications { notifications(first: 50) { edges { node { kind title data } } } }": typeof types.PoliciesNotificationsDocument,
    "mutation PoliciesRecordDeal($input: RecordDealInput!) { recordDeal(input: $input) { id } }": typeof types.PoliciesRecordDealDocument,
    "mutation PoliciesConfirmDeal($id: ID!) { confirmDeal(id: $id) { id confirmed } }": typeof types.PoliciesConfirmDealDocument,
    "mutation PoliciesVerifyEnterprise($id: ID!, $t: ParticipantType) { verifyEnterprise(id: $id, participantType: $t) { id participantType verificationStatus } }": typeof types.PoliciesVerifyEnterpriseDocument,
    "mutation PoliciesRegisterForEvent($e: ID!) { registerForEvent(eventId: $e) { id } }": typeof types.PoliciesRegisterForEventDocument,
    "mutation PoliciesReviewRegistration($id: ID!) { reviewRegistration(id: $id, approve: true) { id } }": typeof types.PoliciesReviewRegistrationDocument,
    "mutation AccessAttacksRecordDeal($i: RecordDealInput!) { recordDeal(input: $i) { id stage confirmed agreedStage } }": typeof types.AccessAttacksRecordDealDocument,
    "query AccessAttacksEventReport($e: ID!) { eventReport(eventId: $e) { funnel { intents signed signedAmountCny } } }": typeof types.AccessAttacksEventReportDocument,
    "query AccessAttacksPartnerSuggestions($id: ID!) { partnerSuggestions(enterpriseId: $id) { enterprise { id } bestMatch { demand { id title description } } } }": typeof types.AccessAttacksPartnerSuggestionsDocument,
    "query AccessAttacksDockingEvent($id: ID!) { dockingEvent(id: $id) { registrations { enterprise { id } listings { id title description } } } }": typeof types.AccessAttacksDockingEventDocument,
    "query AccessAttacksDockingEvent2($id: ID!) { dockingEvent(id: $id) { registrations { listings { id } } } }": typeof types.AccessAttacksDockingEvent2Document,
    "query AccessAttacksEventReport2($e: ID!) { eventReport(eventId: $e) { chainGaps { category { code } demands firms examples } } }": typeof types.AccessAttacksEventReport2Document,
    "query AccessAttacksEventReport3($e: ID!) { eventReport(eventId: $e) { chainGaps { examples } } }": typeof types.AccessAttacksEventReport3Document,
    "query AccessAttacksDockingEvent3($id: ID!) { dockingEvent(id: $id) { meetingRequests { id matchSuggestion { id demand { id title description } } } } }": typeof types.AccessAttacksDockingEvent3Document,
    "query AccessAttacksListing($id: ID!) { listing(id: $id) { id } }": typeof types.AccessAttacksListingDocument,
    "query AccessAttacksListings { listings(first: 100, filter: { kind: DEMAND }) { totalCount edges { node { id } } } }": typeof types.AccessAttacksListingsDocument,
    "query AccessAttacksDockingEvent4($id: ID!) { dockingEvent(id: $id) { registrations { enterprise { id contactName contactPhone } } } }": typeof types.AccessAttacksDockingEvent4Document,
    "query AccessAttacksEnterprise($id: ID!) { enterprise(id: $id) { contactName contactPhone } }": typeof types.AccessAttacksEnterpriseDocument,
    "query AccessAttacksDealsAwaitingMyConfirmation { dealsAwaitingMyConfirmation { totalCount edges { node { id } } } }": typeof types.AccessAttacksDealsAwaitingMyConfirmationDocument,
    "query AccessAttacksNotifications { notifications(first: 50) { edges { node { kind data } } } }": typeof types.AccessAttacksNotificationsDocument,
    "mutation AccessAttacksDeclineDeal($id: ID!) { declineDeal(id: $id) { stage confirmed } }": typeof types.AccessAttacksDeclineDealDocument,
    "mutation AccessAttacksConfirmDeal($id: ID!) { confirmDeal(id: $id) { id } }": typeof types.AccessAttacksConfirmDealDocument,
    "mutation AccessAttacksAdvanceDeal($id: ID!) { advanceDeal(id: $id, stage: CANCELLED) { stage agreedStage confirmed } }": typeof types.AccessAttacksAdvanceDealDocument,
    "mutation AccessAttacksConfirmDeal2($id: ID!) { confirmDeal(id: $id) { stage agreedStage confirmed } }": typeof types.AccessAttacksConfirmDeal2Document,
    "mutation AccessAttacksRateMeeting($m: ID!, $r: MeetingRating!, $c: String) { rateMeeting(meetingId: $m, rating: $r, comment: $c) { id } }": typeof types.AccessAttacksRateMeetingDocument,
    "query AccessAttacksDockingEvent5($id: ID!) { dockingEvent(id: $id) { meetings { id ratings { rating comment enterprise { id } } } } }": typeof types.AccessAttacksDockingEvent5Document,
    "mutation AuthorisationCreateWebhook { createWebhook(input: { url: \"http://127.0.0.1:9/hook\", kinds: [\"MATCH_SUGGESTED\"] }) { webhook { id } } }": typeof types.AuthorisationCreateWebhookDocument,
    "mutation AuthorisationAddMeetingSession($e: ID!, $input: MeetingSessionInput!) { addMeetingSession(eventId: $e, input: $input) { id } }": typeof types.AuthorisationAddMeetingSessionDocument,
    "mutation AuthorisationRegisterForEvent($e: ID!) { registerForEvent(eventId: $e) { id } }": typeof types.AuthorisationRegisterForEventDocument,
    "mutation AuthorisationReviewRegistration($id: ID!) { reviewRegistration(id: $id, approve: true) { id } }": typeof types.AuthorisationReviewRegistrationDocument,
    "query AuthorisationDockingEvent($id: ID!) { dockingEvent(id: $id) { meetings { id } } }": typeof types.AuthorisationDockingEventDocument,
    "query AuthorisationMeetingTime($id: ID!) { dockingEvent(id: $id) { meetings { startsAt } } }": typeof types.AuthorisationMeetingTimeDocument,
    "mutation AuthorisationCreateRoundTableFixture($e: ID!, $i: RoundTableInput!) { createRoundTable(eventId: $e, input: $i) { id } }": typeof types.AuthorisationCreateRoundTableFixtureDocument,
    "mutation AuthorisationTakeSeatFixture($id: ID!) { takeRoundTableSeat(id: $id) { id } }": typeof types.AuthorisationTakeSeatFixtureDocument,
    "mutation AuthorisationRecordDeal($i: RecordDealInput!) { recordDeal(input: $i) { id } }": typeof types.AuthorisationRecordDealDocument,
    "query AuthorisationNotifications { notifications(first: 1) { edges { node { id } } } }": typeof types.AuthorisationNotificationsDocument,
    "mutation AuthorisationRematchAll { rematchAll { id } }": typeof types.AuthorisationRematchAllDocument,
    "mutation AuthorisationRegisterEnterprise($c: String!) { registerEnterprise( input: { name: \"待认领的瓶盖企业有限公司\", creditCode: $c, regionCode: \"520102\", sector: SUPPORTING } ) { id } }": typeof types.AuthorisationRegisterEnterpriseDocument,
    "query AuthorisationMyEnterpriseClaims { myEnterpriseClaims { edges { node { id } } } }": typeof types.AuthorisationMyEnterpriseClaimsDocument,
    "mutation AuthorisationVerifyResearchBody($id: ID!) { verifyEnterprise(id: $id, participantType: RESEARCH_INSTITUTE) { id } }": typeof types.AuthorisationVerifyResearchBodyDocument,
    "mutation AuthorisationCreateTechnologyResult { createTechnologyResult(input: { title: \"刺梨汁低温浓缩技术\", description: \"低温浓缩刺梨原汁\", categoryCodes: [\"1523\"], maturity: PILOT, cooperationModes: [TRANSFER] }) { id } }": typeof types.AuthorisationCreateTechnologyResultDocument,
    "mutation AuthorisationCreateTechnologyNeed { createTechnologyNeed(input: { title: \"刺梨汁浓缩\", problem: \"刺梨汁低温浓缩\", categoryCode: \"1523\", deadline: \"2099-12-31\", minMaturity: PILOT }) { id } }": typeof types.AuthorisationCreateTechnologyNeedDocument,
    "mutation AuthorisationProposeTechnologyContract($r: ID!, $n: ID!) { proposeTechnologyContract(input: { resultId: $r, needId: $n, amountCny: \"100000\", mode: TRANSFER, signedOn: \"2024-01-01\" }) { id } }": typeof types.AuthorisationProposeTechnologyContractDocument,
    "mutation AuthorisationVerifyGovernment($id: ID!) { verifyEnterprise(id: $id, participantType: GOVERNMENT) { id } }": typeof types.AuthorisationVerifyGovernmentDocument,
    "mutation AuthorisationPublishPolicy($i: PublishPolicyInput!) { publishPolicy(input: $i) { id } }": typeof types.AuthorisationPublishPolicyDocument,
    "mutation AuthorisationApplyForPolicy($i: ApplyForPolicyInput!) { applyForPolicy(input: $i) { id } }": typeof types.AuthorisationApplyForPolicyDocument,
    "mutation AuthorisationVerifyLender($id: ID!) { verifyEnterprise(id: $id, participantType: FINANCIAL_INSTITUTION) { id } }": typeof types.AuthorisationVerifyLenderDocument,
    "mutation AuthorisationCreateFinancingProduct0 { createFinancingProduct(input: { name: \"订单贷\", minAmountCny: \"10000\", maxAmountCny: \"5000000\", minAnnualRate: 3.5, maxAnnualRate: 6, minTermMonths: 3, maxTermMonths: 36, guaranteeTypes: [ORDER_FINANCING] }) { id } }": typeof types.AuthorisationCreateFinancingProduct0Document,
    "mutation AuthorisationCreateFinancingNeed0($e: ID!) { createFinancingNeed(input: { amountCny: \"500000\", purpose: \"备货\", termMonths: 12, guaranteeTypes: [ORDER_FINANCING], scale: SMALL, eventId: $e }) { id } }": typeof types.AuthorisationCreateFinancingNeed0Document,
    "mutation AuthorisationRecordSignedDeal($i: RecordDealInput!) { recordDeal(input: $i) { id } }": typeof types.AuthorisationRecordSignedDealDocument,
    "mutation AuthorisationConfirmSignedDeal($id: ID!) { confirmDeal(id: $id) { id } }": typeof types.AuthorisationConfirmSignedDealDocument,
    "mutation AuthorisationShareDeals0($i: ShareDealsWithLenderInput!) { shareDealsWithLender(input: $i) { id } }": typeof types.AuthorisationShareDeals0Document,
    "mutation AuthorisationCreateProject { createInvestmentProject(input: { title: \"刺梨深加工\", description: \"x\", regionCode: \"520300\", categoryCodes: [\"1523\"], stage: SEEKING_INVESTORS }) { id } }": typeof types.AuthorisationCreateProjectDocument,
    "mutation AuthorisationAddToPipeline($a: ID!, $p: ID!) { addToInvestmentPipeline(input: { candidateEnterpriseId: $a, projectId: $p }) { id } }": typeof types.AuthorisationAddToPipelineDocument,
    "mutation AuthorisationCreateDockingEvent { createDockingEvent( input: { title: \"另一活动\" theme: \"x\" sectors: [ECO_FOOD] venue: \"贵阳\" startsAt: \"2030-01-01T09:00:00+08:00\" endsAt: \"2030-01-01T17:00:00+08:00\" slotMinutes: 20 tables: [{ label: \"T1\" }] } ) { id } }": typeof types.AuthorisationCreateDockingEventDocument,
    "mutation AuthorisationUpdateEnterprise($id: ID!) { updateEnterprise(id: $id, input: { description: \"x\" }) { id } }": typeof types.AuthorisationUpdateEnterpriseDocument,
    "mutation AuthorisationRegisterEnterprise2 { registerEnterprise(input: { name: \"x公司\", creditCode: \"x\", regionCode: \"520102\", sector: SUPPORTING }) { id } }": typeof types.AuthorisationRegisterEnterprise2Document,
    "mutation AuthorisationVerifyEnterprise($id: ID!) { verifyEnterprise(id: $id) { id verificationStatus } }": typeof types.AuthorisationVerifyEnterpriseDocument,
    "mutation AuthorisationReviewEnterpriseClaim($id: ID!) { reviewEnterpriseClaim(id: $id, approve: true) { id status } }": typeof types.AuthorisationReviewEnterpriseClaimDocument,
    "mutation AuthorisationRespondToListingProposal($id: ID!) { respondToListingProposal(id: $id, accept: true) { id status } }": typeof types.AuthorisationRespondToListingProposalDocument,
    "query AuthorisationListingProposals { listingProposals { totalCount edges { node { id } } } }": typeof types.AuthorisationListingProposalsDocument,
    "query AuthorisationMyEnterpriseClaims2 { myEnterpriseClaims { totalCount edges { node { id } } } }": typeof types.AuthorisationMyEnterpriseClaims2Document,
    "query AuthorisationEnterpriseClaims { enterpriseClaims { totalCount edges { node { id } } } }": typeof types.AuthorisationEnterpriseClaimsDocument,
    "query AuthorisationEnterprisesToReview { enterprisesToReview { totalCount edges { node { id } } } }": typeof types.AuthorisationEnterprisesToReviewDocument,
    "mutation AuthorisationCreateListing { createListing(input: { kind: SUPPLY, title: \"x\", categoryCode: \"3055\" }) { id } }": typeof types.AuthorisationCreateListingDocument,
    "mutation AuthorisationUpdateListing($id: ID!) { updateListing(id: $id, input: { title: \"改\" }) { id } }": typeof types.AuthorisationUpdateListingDocument,
    "mutation AuthorisationCloseListing($id: ID!) { closeListing(id: $id) { id } }": typeof types.AuthorisationCloseListingDocument,
    "mutation AuthorisationRespondToMatch($id: ID!) { respondToMatch(id: $id, decision: DISMISS) { id } }": typeof types.AuthorisationRespondToMatchDocument,
    "mutation AuthorisationCreateWebhook2 { createWebhook(input: { url: \"http://127.0.0.1:9/x\", kinds: [\"MATCH_SUGGESTED\"] }) { secret } }": typeof types.AuthorisationCreateWebhook2Document,
    "mutation AuthorisationDeleteWebhook($id: ID!) { deleteWebhook(id: $id) }": typeof types.AuthorisationDeleteWebhookDocument,
    "mutation AuthorisationMarkNotificationsRead($ids: [ID!]!) { markNotificationsRead(ids: $ids) }": typeof types.AuthorisationMarkNotificationsReadDocument,
    "mutation AuthorisationChangePassword { changePassword(input: { currentPassword: \"x\", newPassword: \"a-new-long-secret-2027\" }) { accessToken } }": typeof types.AuthorisationChangePasswordDocument,
    "mutation AuthorisationLogOutEverywhere { logOutEverywhere }": typeof types.AuthorisationLogOutEverywhereDocument,
    "mutation AuthorisationSetEmailNotificationKinds { setEmailNotificationKinds(kinds: []) { id } }": typeof types.AuthorisationSetEmailNotificationKindsDocument,
    "mutation AuthorisationCreateCalendarFeed { createCalendarFeed { key } }": typeof types.AuthorisationCreateCalendarFeedDocument,
    "mutation AuthorisationRevokeCalendarFeed { revokeCalendarFeed }": typeof types.AuthorisationRevokeCalendarFeedDocument,
    "mutation AuthorisationGrantRole($id: ID!) { grantRole(userId: $id, role: ADMIN) { id } }": typeof types.AuthorisationGrantRoleDocument,
    "mutation AuthorisationCreateDockingEvent2 { createDockingEvent( input: { title: \"x\" theme: \"x\" sectors: [ECO_FOOD] venue: \"x\" startsAt: \"2030-01-01T09:00:00+08:00\" endsAt: \"2030-01-01T17:00:00+08:00\" slotMinutes: 20 tables: [{ label: \"T1\" }] } ) { id } }": typeof types.AuthorisationCreateDockingEvent2Document,
    "mutation AuthorisationAddMeetingSession2($e: ID!) { addMeetingSession( eventId: $e input: { title: \"x\", startsAt: \"2030-09-15T11:00:00+08:00\", endsAt: \"2030-09-15T12:00:00+08:00\" } ) { id } }": typeof types.AuthorisationAddMeetingSession2Document,
    "mutation AuthorisationUpdateDockingEvent($e: ID!) { updateDockingEvent(id: $e, input: { venue: \"别处\" }) { id } }": typeof types.AuthorisationUpdateDockingEventDocument,
    "mutation AuthorisationReviewRegistration2($id: ID!) { reviewRegistration(id: $id, approve: false) { id } }": typeof types.AuthorisationReviewRegistration2Document,
    "mutation AuthorisationSetUnavailableSlots($e: ID!) { setUnavailableSlots(eventId: $e, slotStarts: []) { id } }": typeof types.AuthorisationSetUnavailableSlotsDocument,
    "mutation AuthorisationRequestMeeting($e: ID!, $w: ID!) { requestMeeting(eventId: $e, input: { withEnterpriseId: $w }) { id } }": typeof types.AuthorisationRequestMeetingDocument,
    "mutation AuthorisationRespondToMeetingRequest($id: ID!) { respondToMeetingRequest(id: $id, accept: false) { id } }": typeof types.AuthorisationRespondToMeetingRequestDocument,
    "mutation AuthorisationCancelMeetingRequest($id: ID!) { cancelMeetingRequest(id: $id) { id } }": typeof types.AuthorisationCancelMeetingRequestDocument,
    "mutation AuthorisationScheduleMeetings($e: ID!) { scheduleMeetings(eventId: $e) { id } }": typeof types.AuthorisationScheduleMeetingsDocument,
    "mutation AuthorisationPublishSchedule($e: ID!) { publishSchedule(eventId: $e) { id } }": typeof types.AuthorisationPublishScheduleDocument,
    "mutation AuthorisationBookMeeting($id: ID!, $at: DateTime!) { bookMeeting(requestId: $id, startsAt: $at, table: \"T2\") { id } }": typeof types.AuthorisationBookMeetingDocument,
    "mutation AuthorisationMoveMeeting($id: ID!, $at: DateTime!) { moveMeeting(id: $id, startsAt: $at, table: \"T3\") { id } }": typeof types.AuthorisationMoveMeetingDocument,
    "mutation AuthorisationCancelMeeting($id: ID!) { cancelMeeting(id: $id) }": typeof types.AuthorisationCancelMeetingDocument,
    "mutation AuthorisationLockMeeting($id: ID!) { lockMeeting(id: $id) { id } }": typeof types.AuthorisationLockMeetingDocument,
    "mutation AuthorisationUnlockMeeting($id: ID!) { unlockMeeting(id: $id) { id } }": typeof types.AuthorisationUnlockMeetingDocument,
    "mutation AuthorisationCreateRoundTable($e: ID!, $h: ID!) { createRoundTable(eventId: $e, input: { hostEnterpriseId: $h, topic: \"圆桌\", table: \"T2\", startsAt: \"2030-09-15T01:00:00.000Z\", capacity: 5 }) { id } }": typeof types.AuthorisationCreateRoundTableDocument,
    "mutation AuthorisationCancelRoundTable($id: ID!) { cancelRoundTable(id: $id) }": typeof types.AuthorisationCancelRoundTableDocument,
    "mutation AuthorisationTakeRoundTableSeat($id: ID!) { takeRoundTableSeat(id: $id) { id } }": typeof types.AuthorisationTakeRoundTableSeatDocument,
    "mutation AuthorisationLeaveRoundTableSeat($id: ID!) { leaveRoundTableSeat(id: $id) { id } }": typeof types.AuthorisationLeaveRoundTableSeatDocument,
    "mutation AuthorisationRateMeeting($id: ID!) { rateMeeting(meetingId: $id, rating: NO_SHOW) { id } }": typeof types.AuthorisationRateMeetingDocument,
    "mutation AuthorisationCheckInFirm($e: ID!, $f: ID!) { checkInFirm(eventId: $e, enterpriseId: $f) { alreadyCheckedIn } }": typeof types.AuthorisationCheckInFirmDocument,
    "mutation AuthorisationMarkMeetingAttendance($id: ID!) { markMeetingAttendance(meetingId: $id, outcome: HELD) { id } }": typeof types.AuthorisationMarkMeetingAttendanceDocument,
    "mutation AuthorisationAddWalkInMeeting($e: ID!, $a: ID!, $c: ID!, $at: DateTime!) { addWalkInMeeting(eventId: $e, input: { enterpriseIds: [$a, $c], startsAt: $at, table: \"T2\" }) { id } }": typeof types.AuthorisationAddWalkInMeetingDocument,
    "mutation AuthorisationRecordDeal2($e: ID!, $s: ID!, $b: ID!) { recordDeal(input: { eventId: $e, supplierEnterpriseId: $s, buyerEnterpriseId: $b, stage: INTENT }) { id } }": typeof types.AuthorisationRecordDeal2Document,
    "mutation AuthorisationAdvanceDeal($id: ID!) { advanceDeal(id: $id, stage: CANCELLED) { id } }": typeof types.AuthorisationAdvanceDealDocument,
    "mutation AuthorisationConfirmDeal($id: ID!) { confirmDeal(id: $id) { id } }": typeof types.AuthorisationConfirmDealDocument,
    "mutation AuthorisationDeclineDeal($id: ID!) { declineDeal(id: $id) { id } }": typeof types.AuthorisationDeclineDealDocument,
    "mutation AuthorisationReviewDealForReport($id: ID!) { reviewDealForReport(id: $id, review: EXCLUDED, note: \"不计入\") { id } }": typeof types.AuthorisationReviewDealForReportDocument,
    "query AuthorisationDealsAwaitingMyConfirmation { dealsAwaitingMyConfirmation { totalCount edges { node { id } } } }": typeof types.AuthorisationDealsAwaitingMyConfirmationDocument,
    "query AuthorisationMe { me { id } }": typeof types.AuthorisationMeDocument,
    "query AuthorisationMatchSuggestions($id: ID!) { matchSuggestions(listingId: $id) { totalCount } }": typeof types.AuthorisationMatchSuggestionsDocument,
    "query AuthorisationPartnerSuggestions($id: ID!) { partnerSuggestions(enterpriseId: $id) { score } }": typeof types.AuthorisationPartnerSuggestionsDocument,
    "query AuthorisationNotifications2 { notifications { totalCount edges { node { id } } } }": typeof types.AuthorisationNotifications2Document,
    "query AuthorisationWebhooks { webhooks { id } }": typeof types.AuthorisationWebhooksDocument,
    "query AuthorisationWebhookDeliveries($id: ID!) { webhookDeliveries(webhookId: $id) { totalCount } }": typeof types.AuthorisationWebhookDeliveriesDocument,
    "query AuthorisationMyAgenda($e: ID!) { myAgenda(eventId: $e) { id } }": typeof types.AuthorisationMyAgendaDocument,
    "query AuthorisationMyCheckIn($e: ID!) { myCheckIn(eventId: $e) { code } }": typeof types.AuthorisationMyCheckInDocument,
    "query AuthorisationEventAttendees($e: ID!) { eventAttendees(eventId: $e) { totalCount edges { node { checkedInAt } } } }": typeof types.AuthorisationEventAttendeesDocument,
    "query AuthorisationCheckInSummary($e: ID!) { checkInSummary(eventId: $e) { approved } }": typeof types.AuthorisationCheckInSummaryDocument,
    "query AuthorisationEventFloor($e: ID!) { eventFloor(eventId: $e) { noShows tables { table } } }": typeof types.AuthorisationEventFloorDocument,
    "query AuthorisationEventReport($e: ID!) { eventReport(eventId: $e) { funnel { approved } } }": typeof types.AuthorisationEventReportDocument,
    "query AuthorisationScheduleRun($id: ID!) { scheduleRun(id: $id) { id } }": typeof types.AuthorisationScheduleRunDocument,
    "query AuthorisationListingImport($id: ID!) { listingImport(id: $id) { id } }": typeof types.AuthorisationListingImportDocument,
    "query AuthorisationPreviewListingImport($id: ID!) { previewListingImport(id: $id) { id } }": typeof types.AuthorisationPreviewListingImportDocument,
    "mutation AuthorisationCommitListingImport($id: ID!) { commitListingImport(id: $id) { id } }": typeof types.AuthorisationCommitListingImportDocument,
    "query AuthorisationMatchRun($id: ID!) { matchRun(id: $id) { id } }": typeof types.AuthorisationMatchRunDocument,
    "mutation AuthorisationCreateTechnologyResult2 { createTechnologyResult(input: { title: \"x\", description: \"x\", categoryCodes: [\"1523\"], maturity: PILOT, cooperationModes: [TRANSFER] }) { id } }": typeof types.AuthorisationCreateTechnologyResult2Document,
    "mutation AuthorisationCreateProject2 { createInvestmentProject(input: { title: \"x\", description: \"x\", regionCode: \"520300\", categoryCodes: [\"1523\"], stage: PLANNED }) { id } }": typeof types.AuthorisationCreateProject2Document,
    "mutation AuthorisationCreateFinancingProduct { createFinancingProduct(input: { name: \"冒名贷\", minAmountCny: \"1\", maxAmountCny: \"2\", minAnnualRate: 1, maxAnnualRate: 2, minTermMonths: 1, maxTermMonths: 2, guaranteeTypes: [CREDIT] }) { id } }": typeof types.AuthorisationCreateFinancingProductDocument,
    "mutation AuthorisationPublishPolicy2 { publishPolicy(input: { title: \"冒名政策\", benefit: \"x\", deadline: \"2099-12-31T00:00:00Z\", regionCodes: [\"520000\"], rules: [] }) { id } }": typeof types.AuthorisationPublishPolicy2Document,
    "mutation AuthorisationUpdateTechnologyResult($id: ID!) { updateTechnologyResult(id: $id, input: { title: \"x\", description: \"x\", categoryCodes: [\"1523\"], maturity: PILOT, cooperationModes: [TRANSFER], open: false }) { id } }": typeof types.AuthorisationUpdateTechnologyResultDocument,
    "mutation AuthorisationCreateTechnologyNeed2 { createTechnologyNeed(input: { title: \"x\", problem: \"x\", categoryCode: \"1523\", deadline: \"2099-12-31\", minMaturity: PILOT }) { id } }": typeof types.AuthorisationCreateTechnologyNeed2Document,
    "mutation AuthorisationUpdateTechnologyNeed($id: ID!) { updateTechnologyNeed(id: $id, input: { title: \"x\", problem: \"x\", categoryCode: \"1523\", deadline: \"2099-12-31\", minMaturity: PILOT, open: false }) { id } }": typeof types.AuthorisationUpdateTechnologyNeedDocument,
    "mutation AuthorisationProposeTechnologyContract2($r: ID!, $n: ID!) { proposeTechnologyContract(input: { resultId: $r, needId: $n, amountCny: \"1\", mode: TRANSFER, signedOn: \"2024-01-01\" }) { id } }": typeof types.AuthorisationProposeTechnologyContract2Document,
    "mutation AuthorisationConfirmTechnologyContract($id: ID!) { confirmTechnologyContract(id: $id) { id } }": typeof types.AuthorisationConfirmTechnologyContractDocument,
    "mutation AuthorisationDeclineTechnologyContract($id: ID!) { declineTechnologyContract(id: $id) { id } }": typeof types.AuthorisationDeclineTechnologyContractDocument,
    "query AuthorisationTechnologyNeedMatches($id: ID!) { technologyNeedMatches(needId: $id) { score } }": typeof types.AuthorisationTechnologyNeedMatchesDocument,
    "query AuthorisationTechnologyResultMatches($id: ID!) { technologyResultMatches(resultId: $id) { score } }": typeof types.AuthorisationTechnologyResultMatchesDocument,
    "mutation AuthorisationReevaluatePolicy($id: ID!) { reevaluatePolicy(id: $id) { id } }": typeof types.AuthorisationReevaluatePolicyDocument,
    "mutation AuthorisationApplyForPolicy2($id: ID!) { applyForPolicy(input: { policyId: $id }) { id } }": typeof types.AuthorisationApplyForPolicy2Document,
    "mutation AuthorisationReviewPolicyApplication($id: ID!) { reviewPolicyApplication(id: $id, status: ACCEPTED) { id } }": typeof types.AuthorisationReviewPolicyApplicationDocument,
    "query AuthorisationPolicyApplications($id: ID!) { policy(id: $id) { applications { totalCount } } }": typeof types.AuthorisationPolicyApplicationsDocument,
    "query AuthorisationMyPolicies { myPolicies { eligible } }": typeof types.AuthorisationMyPoliciesDocument,
    "mutation AuthorisationUpdateFinancingProduct($id: ID!) { updateFinancingProduct(id: $id, input: { status: CLOSED }) { id } }": typeof types.AuthorisationUpdateFinancingProductDocument,
    "mutation AuthorisationCreateFinancingNeed { createFinancingNeed(input: { amountCny: \"1000\", purpose: \"周转\", termMonths: 6, guaranteeTypes: [CREDIT], scale: MICRO }) { id } }": typeof types.AuthorisationCreateFinancingNeedDocument,
    "mutation AuthorisationUpdateFinancingNeed($id: ID!) { updateFinancingNeed(id: $id, input: { status: CLOSED }) { id } }": typeof types.AuthorisationUpdateFinancingNeedDocument,
    "mutation AuthorisationShareDealsWithLender($i: ShareDealsWithLenderInput!) { shareDealsWithLender(input: $i) { id } }": typeof types.AuthorisationShareDealsWithLenderDocument,
    "mutation AuthorisationWithdrawDealShare($id: ID!) { withdrawDealShare(id: $id) { id } }": typeof types.AuthorisationWithdrawDealShareDocument,
    "mutation AuthorisationRecordLoanOutcome($n: ID!, $p: ID!) { recordLoanOutcome(needId: $n, productId: $p, stage: ACCEPTED) { loanStage } }": typeof types.AuthorisationRecordLoanOutcomeDocument,
    "query AuthorisationFinancingNeed($id: ID!) { financingNeed(id: $id) { id sharedDeals { dealId } } }": typeof types.AuthorisationFinancingNeedDocument,
    "query AuthorisationFinancingMatchesForNeed($id: ID!) { financingMatchesForNeed(needId: $id) { totalCount } }": typeof types.AuthorisationFinancingMatchesForNeedDocument,
    "query AuthorisationFinancingMatchesForProduct($id: ID!) { financingMatchesForProduct(productId: $id) { totalCount } }": typeof types.AuthorisationFinancingMatchesForProductDocument,
    "mutation AuthorisationUpdateProject($id: ID!) { updateInvestmentProject(id: $id, input: { title: \"x\", description: \"x\", regionCode: \"520300\", categoryCodes: [\"1523\"], stage: PLANNED }) { id } }": typeof types.AuthorisationUpdateProjectDocument,
    "mutation AuthorisationAddToPipeline2($c: ID!, $p: ID!) { addToInvestmentPipeline(input: { candidateEnterpriseId: $c, projectId: $p }) { id } }": typeof types.AuthorisationAddToPipeline2Document,
    "mutation AuthorisationMovePipeline($id: ID!) { moveInvestmentPipelineEntry(input: { id: $id, stage: CONTACTED }) { id } }": typeof types.AuthorisationMovePipelineDocument,
    "query AuthorisationPipelineEntry($id: ID!) { investmentPipelineEntry(id: $id) { id } }": typeof types.AuthorisationPipelineEntryDocument,
    "query AuthorisationProjectCandidates($id: ID!) { investmentProjectCandidates(projectId: $id) { totalCount } }": typeof types.AuthorisationProjectCandidatesDocument,
    "query AuthorisationInvestmentLeads { investmentLeads(regionCode: \"520300\") { totalCount } }": typeof types.AuthorisationInvestmentLeadsDocument,
    "query AuthorisationInvestmentPipeline { investmentPipeline { totalCount } }": typeof types.AuthorisationInvestmentPipelineDocument,
    "mutation AuthorisationMarkNotificationsReadOfOthers($ids: [ID!]!) { markNotificationsRead(ids: $ids) }": typeof types.AuthorisationMarkNotificationsReadOfOthersDocument,
    "query AuthorisationNotifications3 { notifications(unreadOnly: true) { edges { node { id } } } }": typeof types.AuthorisationNotifications3Document,
    "query AuthorisationListing($id: ID!) { listing(id: $id) { id } }": typeof types.AuthorisationListingDocument,
    "query AuthorisationListings { listings(filter: { kind: DEMAND, categoryCode: \"3055\" }) { totalCount edges { node { id } } } }": typeof types.AuthorisationListingsDocument,
    "query AuthorisationDockingEvent2($id: ID!) { dockingEvent(id: $id) { meetings { id } meetingRequests { id } deals { id } latestScheduleRun { id } } }": typeof types.AuthorisationDockingEvent2Document,
    "query AuthorisationListingProposals2 { listingProposals { totalCount } }": typeof types.AuthorisationListingProposals2Document,
    "query AuthorisationMyEnterpriseClaims3 { myEnterpriseClaims { totalCount } }": typeof types.AuthorisationMyEnterpriseClaims3Document,
    "query AuthorisationEnterpriseClaims2 { enterpriseClaims { totalCount } }": typeof types.AuthorisationEnterpriseClaims2Document,
    "mutation BookingsAddMeetingSession($e: ID!, $input: MeetingSessionInput!) { addMeetingSession(eventId: $e, input: $input) { id } }": typeof types.BookingsAddMeetingSessionDocument,
    "mutation BookingsBookMeeting($id: ID!, $s: DateTime!, $t: String!) { bookMeeting(requestId: $id, startsAt: $s, table: $t) { id } }": typeof types.BookingsBookMeetingDocument,
    "query BookingsDockingEvent($id: ID!) { dockingEvent(id: $id) { meetings { id } } }": typeof types.BookingsDockingEventDocument,
    "mutation EventEndedAddSession($e: ID!, $i: MeetingSessionInput!) { addMeetingSession(eventId: $e, input: $i) { id } }": typeof types.EventEndedAddSessionDocument,
    "mutation EventEndedCreateRoundTable($e: ID!, $i: RoundTableInput!) { createRoundTable(eventId: $e, input: $i) { id } }": typeof types.EventEndedCreateRoundTableDocument,
    "mutation EventEndedTakeSeat($id: ID!) { takeRoundTableSeat(id: $id) { id seatsTaken } }": typeof types.EventEndedTakeSeatDocument,
    "mutation ForwardedForLogIn($input: LogInInput!) { logIn(input: $input) { accessToken } }": typeof types.ForwardedForLogInDocument,
    "mutation ForwardedForSignUp($input: SignUpInput!) { signUp(input: $input) { accessToken } }": typeof types.ForwardedForSignUpDocument,
    "query ImportTrustListingProposals($s: ListingProposalStatus) { listingProposals(status: $s) { totalCount edges { node { id status eventId eventTitle kind title description quantity unit priceMin priceMax certifications validUntil listingId } } } }": typeof types.ImportTrustListingProposalsDocument,
    "mutation ImportTrustRespondToListingProposal($id: ID!, $a: Boolean!) { respondToListingProposal(id: $id, accept: $a) { id status listingId } }": typeof types.ImportTrustRespondToListingProposalDocument,
    "mutation ImportTrustRegisterEnterprise($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { id name claimed verificationStatus } }": typeof types.ImportTrustRegisterEnterpriseDocument,
    "query ImportTrustMyEnterpriseClaims { myEnterpriseClaims { totalCount edges { node { id status name enterprise { id claimed } } } } }": typeof types.ImportTrustMyEnterpriseClaimsDocument,
    "mutation ImportTrustReviewEnterpriseClaim($id: ID!, $a: Boolean!) { reviewEnterpriseClaim(id: $id, approve: $a) { id status } }": typeof types.ImportTrustReviewEnterpriseClaimDocument,
    "mutation ImportTrustVerifyEnterprise($id: ID!) { verifyEnterprise(id: $id) { id verificationStatus verifiedAt } }": typeof types.ImportTrustVerifyEnterpriseDocument,
    "query ImportTrustEnterprise($id: ID!) { enterprise(id: $id) { id name claimed verificationStatus verifiedAt needsReview } }": typeof types.ImportTrustEnterpriseDocument,
    "query ImportTrustDockingEvent($id: ID!) { dockingEvent(id: $id) { registrations { status enterprise { id } } } }": typeof types.ImportTrustDockingEventDocument,
    "query ImportTrustNotifications { notifications { edges { node { kind data } } } }": typeof types.ImportTrustNotificationsDocument,
    "query ImportTrustListing($id: ID!) { listing(id: $id) { title description quantity unit status enterprise { id } } }": typeof types.ImportTrustListingDocument,
    "query ImportTrustDockingEvent2($id: ID!) { dockingEvent(id: $id) { registrations { status enterprise { id } listings { id } } } }": typeof types.ImportTrustDockingEvent2Document,
    "query ImportTrustListing2($id: ID!) { listing(id: $id) { enterprise { id claimed verificationStatus } } }": typeof types.ImportTrustListing2Document,
    "query ImportTrustMe { me { enterprise { id } } }": typeof types.ImportTrustMeDocument,
    "query ImportTrustEnterpriseClaims { enterpriseClaims { totalCount } }": typeof types.ImportTrustEnterpriseClaimsDocument,
    "query ImportTrustEnterpriseClaims2 { enterpriseClaims(status: PENDING) { edges { node { id enterprise { id } } } } }": typeof types.ImportTrustEnterpriseClaims2Document,
    "query ImportTrustMe2 { me { enterprise { id claimed } } }": typeof types.ImportTrustMe2Document,
    "query ImportTrustNotifications2 { notifications { edges { node { kind } } } }": typeof types.ImportTrustNotifications2Document,
    "query ImportTrustEnterprisesToReview { enterprisesToReview(first: 100) { totalCount edges { node { id needsReview } } } }": typeof types.ImportTrustEnterprisesToReviewDocument,
    "mutation ListingFloodCreate($input: CreateListingInput!) { createListing(input: $input) { id } }": typeof types.ListingFloodCreateDocument,
    "mutation ListingFloodClose($id: ID!) { closeListing(id: $id) { id status } }": typeof types.ListingFloodCloseDocument,
    "query ListingPageCacheContact { listings(first: 1) { edges { node { id enterprise { id contactPhone } } } } }": typeof types.ListingPageCacheContactDocument,
    "mutation ListingPageCacheLogOutEverywhere { logOutEverywhere }": typeof types.ListingPageCacheLogOutEverywhereDocument,
    "query ListingPageCachePage($first: Int, $filter: ListingFilter) { listings(first: $first, filter: $filter) { edges { node { id title confidential matchingStatus enterprise { id name } } } pageInfo { hasNextPage } } }": typeof types.ListingPageCachePageDocument,
    "mutation LoginAttacksLogIn($input: LogInInput!) { logIn(input: $input) { accessToken } }": typeof types.LoginAttacksLogInDocument,
    "mutation LoginAttacksSignUp($input: SignUpInput!) { signUp(input: $input) { accessToken } }": typeof types.LoginAttacksSignUpDocument,
    "query LostAnnouncementNotifications { notifications(first: 20) { edges { node { kind data } } } }": typeof types.LostAnnouncementNotificationsDocument,
    "mutation PostgresCreateListing($i: CreateListingInput!) { createListing(input: $i) { id } }": typeof types.PostgresCreateListingDocument,
    "mutation PostgresUpdateListing($id: ID!, $t: String!) { updateListing(id: $id, input: { title: $t }) { id } }": typeof types.PostgresUpdateListingDocument,
    "mutation PostgresUpdateListing2($id: ID!) { updateListing(id: $id, input: { title: \"锁释放后\" }) { title } }": typeof types.PostgresUpdateListing2Document,
    "mutation RedisCreateListing($i: CreateListingInput!) { createListing(input: $i) { id } }": typeof types.RedisCreateListingDocument,
    "mutation AsAtEventRecordDeal($input: RecordDealInput!) { recordDeal(input: $input) { id reportStatus } }": typeof types.AsAtEventRecordDealDocument,
    "mutation AsAtEventConfirmDeal($id: ID!) { confirmDeal(id: $id) { id } }": typeof types.AsAtEventConfirmDealDocument,
    "mutation AsAtEventMoveFirm($id: ID!, $input: UpdateEnterpriseInput!) { updateEnterprise(id: $id, input: $input) { id sector } }": typeof types.AsAtEventMoveFirmDocument,
    "query AsAtEventReport($e: ID!) { eventReport(eventId: $e) { localSupplyShare bySector { sector firms contracts amountCny } } }": typeof types.AsAtEventReportDocument,
    "subscription SeveralProcessesNotifications { notificationReceived { id kind } }": typeof types.SeveralProcessesNotificationsDocument,
    "mutation SeveralProcessesUpdateListing($id: ID!, $input: UpdateListingInput!) { updateListing(id: $id, input: $input) { id } }": typeof types.SeveralProcessesUpdateListingDocument,
    "mutation ShutdownCreateListing($i: CreateListingInput!) { createListing(input: $i) { id } }": typeof types.ShutdownCreateListingDocument,
    "mutation TokenRevocationLogIn($i: LogInInput!) { logIn(input: $i) { accessToken } }": typeof types.TokenRevocationLogInDocument,
    "mutation TokenRevocationLogOut { logOut }": typeof types.TokenRevocationLogOutDocument,
    "query TokenRevocationMeEmail { me { email } }": typeof types.TokenRevocationMeEmailDocument,
    "query TokenRevocationMe { me { id role } }": typeof types.TokenRevocationMeDocument,
    "mutation TokenRevocationGrantRole($id: ID!) { grantRole(userId: $id, role: MEMBER) { id } }": typeof types.TokenRevocationGrantRoleDocument,
    "query TokenRevocationMe2 { me { role } }": typeof types.TokenRevocationMe2Document,
    "query TokenRevocationCachedMe { me { id role } }": typeof types.TokenRevocationCachedMeDocument,
    "mutation TokenRevocationDemote($id: ID!) { grantRole(userId: $id, role: MEMBER) { id } }": typeof types.TokenRevocationDemoteDocument,
    "mutation WebhookSsrfCreateWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }": typeof types.WebhookSsrfCreateWebhookDocument,
    "query WebhookSsrfWebhookDeliveries($id: ID!) { webhookDeliveries(webhookId: $id) { edges { node { status attempts lastStatusCode lastError } } } }": typeof types.WebhookSsrfWebhookDeliveriesDocument,
    "query WebhookSsrfWebhooks { webhooks { id } }": typeof types.WebhookSsrfWebhooksDocument,
    "mutation WebhookSsrfRegisterForEvent($e: ID!) { registerForEvent(eventId: $e) { id } }": typeof types.WebhookSsrfRegisterForEventDocument,
    "mutation WebhookSsrfReviewRegistration($id: ID!) { reviewRegistration(id: $id, approve: true) { id } }": typeof types.WebhookSsrfReviewRegistrationDocument,
    "mutation WebhooksCreateWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { secret webhook { id } } }": typeof types.WebhooksCreateWebhookDocument,
    "query WebhooksWebhookDeliveries($id: ID!) { webhookDeliveries(webhookId: $id) { edges { node { status attempts lastStatusCode lastError } } } }": typeof types.WebhooksWebhookDeliveriesDocument,
    "mutation WebhooksRegisterForEvent($e: ID!) { registerForEvent(eventId: $e) { id } }": typeof types.WebhooksRegisterForEventDocument,
    "mutation WebhooksReviewRegistration($id: ID!) { reviewRegistration(id: $id, approve: true) { id } }": typeof types.WebhooksReviewRegistrationDocument,
    "query WebhooksWebhooks { webhooks { enabled } }": typeof types.WebhooksWebhooksDocument,
    "query WebhooksNotifications { notifications { edges { node { kind } } } }": typeof types.WebhooksNotificationsDocument,
    "query WsLimitsMe { me { id } }": typeof types.WsLimitsMeDocument,
    "mutation WsLimitsDemote($id: ID!) { grantRole(userId: $id, role: MEMBER) { id } }": typeof types.WsLimitsDemoteDocument,
    "mutation ResearchVerifyEnterprise($id: ID!, $t: ParticipantType) { verifyEnterprise(id: $id, participantType: $t) { id participantType verificationStatus } }": typeof types.ResearchVerifyEnterpriseDocument,
    "mutation ResearchCreateResult($input: TechnologyResultInput!) { createTechnologyResult(input: $input) { id title maturity priceCny cooperationModes categories { code } ipRights { kind number } enterprise { id } } }": typeof types.ResearchCreateResultDocument,
    "mutation ResearchUpdateResult($id: ID!, $input: TechnologyResultInput!) { updateTechnologyResult(id: $id, input: $input) { id title } }": typeof types.ResearchUpdateResultDocument,
    "mutation ResearchCreateNeed($input: TechnologyNeedInput!) { createTechnologyNeed(input: $input) { id title minMaturity event { id } } }": typeof types.ResearchCreateNeedDocument,
    "query ResearchNeedMatches($id: ID!) { technologyNeedMatches(needId: $id) { score reasons { condition met text } result { id title } } }": typeof types.ResearchNeedMatchesDocument,
    "query ResearchResultMatches($id: ID!) { technologyResultMatches(resultId: $id) { score reasons { condition met text } need { id title } } }": typeof types.ResearchResultMatchesDocument,
    "mutation ResearchPropose($input: ProposeTechnologyContractInput!) { proposeTechnologyContract(input: $input) { id status amountCny mode awaitingMyConfirmation event { id } } }": typeof types.ResearchProposeDocument,
    "mutation ResearchConfirm($id: ID!) { confirmTechnologyContract(id: $id) { id status awaitingMyConfirmation } }": typeof types.ResearchConfirmDocument,
    "mutation ResearchDecline($id: ID!) { declineTechnologyContract(id: $id) { id status } }": typeof types.ResearchDeclineDocument,
    "query ResearchMyContracts { myTechnologyContracts(first: 10) { totalCount edges { node { id status awaitingMyConfirmation result { title } need { title } research { id } firm { id } } } } }": typeof types.ResearchMyContractsDocument,
    "mutation ResearchMoveFirm($id: ID!, $input: UpdateEnterpriseInput!) { updateEnterprise(id: $id, input: $input) { id } }": typeof types.ResearchMoveFirmDocument,
    "query ResearchEventReport($e: ID!) { eventReport(eventId: $e) { technologyContracts { contracts amountCny bySector { sector contracts amountCny } byCategory { category { code } contracts amountCny } byRegion { region { code } contracts amountCny } } } }": typeof types.ResearchEventReportDocument,
    "query ResearchNotifications { notifications(first: 50) { edges { node { kind title data } } } }": typeof types.ResearchNotificationsDocument,
    "mutation RoundTablesCreate($e: ID!, $i: RoundTableInput!) { createRoundTable(eventId: $e, input: $i) { id topic table startsAt endsAt capacity seatsTaken host { id } } }": typeof types.RoundTablesCreateDocument,
    "mutation RoundTablesCancel($id: ID!) { cancelRoundTable(id: $id) }": typeof types.RoundTablesCancelDocument,
    "query RoundTablesNotifications { notifications(first: 50) { edges { node { kind title body data } } } }": typeof types.RoundTablesNotificationsDocument,
    "mutation RoundTablesTake($id: ID!) { takeRoundTableSeat(id: $id) { id seatsTaken mySeat } }": typeof types.RoundTablesTakeDocument,
    "mutation RoundTablesLeave($id: ID!) { leaveRoundTableSeat(id: $id) { id seatsTaken mySeat } }": typeof types.RoundTablesLeaveDocument,
    "query RoundTablesList($e: ID!) { dockingEvent(id: $e) { roundTables(first: 20) { id topic table startsAt endsAt capacity seatsTaken mySeat hosting seats { id } host { id } } } }": typeof types.RoundTablesListDocument,
    "query RoundTablesMine($e: ID!) { myRoundTables(eventId: $e) { id topic hosting mySeat seats { id } } }": typeof types.RoundTablesMineDocument,
    "query RoundTablesMeetings($e: ID!) { dockingEvent(id: $e) { meetings { id startsAt endsAt table parties { id } } } }": typeof types.RoundTablesMeetingsDocument,
    "mutation RoundTablesBook($id: ID!, $at: DateTime!, $t: String!) { bookMeeting(requestId: $id, startsAt: $at, table: $t) { id startsAt table } }": typeof types.RoundTablesBookDocument,
    "mutation RoundTablesCheckIn($e: ID!, $f: ID) { checkInFirm(eventId: $e, enterpriseId: $f) { __typename } }": typeof types.RoundTablesCheckInDocument,
    "mutation RoundTablesWalkIn($e: ID!, $input: WalkInMeetingInput!) { addWalkInMeeting(eventId: $e, input: $input) { id } }": typeof types.RoundTablesWalkInDocument,
    "query RoundTablesReport($e: ID!) { eventReport(eventId: $e) { roundTables { roundTables seats seatsTaken hosts seatedFirms } } }": typeof types.RoundTablesReportDocument,
    "mutation RoundTablesAddSession($e: ID!, $i: MeetingSessionInput!) { addMeetingSession(eventId: $e, input: $i) { id } }": typeof types.RoundTablesAddSessionDocument,
    "mutation RoundTablesPublish($e: ID!) { publishSchedule(eventId: $e) { id } }": typeof types.RoundTablesPublishDocument,
    "query ScheduleLocksMeetings($id: ID!) { dockingEvent(id: $id) { meetings { id startsAt table published locked parties { id name } request { id } } } }": typeof types.ScheduleLocksMeetingsDocument,
    "mutation ScheduleLocksLock($id: ID!) { lockMeeting(id: $id) { id locked startsAt table } }": typeof types.ScheduleLocksLockDocument,
    "mutation ScheduleLocksUnlock($id: ID!) { unlockMeeting(id: $id) { id locked } }": typeof types.ScheduleLocksUnlockDocument,
    "mutation ScheduleLocksMove($id: ID!, $s: DateTime!, $t: String!) { moveMeeting(id: $id, startsAt: $s, table: $t) { id startsAt table locked } }": typeof types.ScheduleLocksMoveDocument,
    "query ScheduleLocksInbox { notifications(first: 50) { edges { node { kind body data } } } }": typeof types.ScheduleLocksInboxDocument,
    "mutation ScheduleLocksAddSession($e: ID!, $i: MeetingSessionInput!) { addMeetingSession(eventId: $e, input: $i) { id } }": typeof types.ScheduleLocksAddSessionDocument,
    "mutation ScheduleLocksPublish($e: ID!) { publishSchedule(eventId: $e) { id } }": typeof types.ScheduleLocksPublishDocument,
    "mutation ScheduleThreadAddSession($e: ID!, $i: MeetingSessionInput!) { addMeetingSession(eventId: $e, input: $i) { id } }": typeof types.ScheduleThreadAddSessionDocument,
    "subscription SubscriptionsNotificationReceived { notificationReceived { id kind title body } }": typeof types.SubscriptionsNotificationReceivedDocument,
    "query SubscriptionsNotifications { notifications { totalCount edges { node { kind body } } } }": typeof types.SubscriptionsNotificationsDocument,
    "mutation SubscriptionsCreateWebhook { createWebhook(input: { url: \"http://127.0.0.1:9/x\", kinds: [\"MATCH_SUGGESTED\"] }) { secret } }": typeof types.SubscriptionsCreateWebhookDocument,
    "mutation AccessFixtureAddMeetingSession($e: ID!, $input: MeetingSessionInput!) { addMeetingSession(eventId: $e, input: $input) { id } }": typeof types.AccessFixtureAddMeetingSessionDocument,
    "mutation AccessFixtureRegisterForEvent($e: ID!, $l: [ID!]) { registerForEvent(eventId: $e, listingIds: $l) { id } }": typeof types.AccessFixtureRegisterForEventDocument,
    "mutation AccessFixtureReviewRegistration($id: ID!) { reviewRegistration(id: $id, approve: true) { id } }": typeof types.AccessFixtureReviewRegistrationDocument,
    "mutation AccessFixturePublishSchedule($e: ID!) { publishSchedule(eventId: $e) { id } }": typeof types.AccessFixturePublishScheduleDocument,
    "query AccessFixtureDockingEvent($id: ID!) { dockingEvent(id: $id) { meetings { id parties { id } } } }": typeof types.AccessFixtureDockingEventDocument,
    "mutation AccessFixtureRateMeeting($m: ID!, $r: MeetingRating!, $c: String) { rateMeeting(meetingId: $m, rating: $r, comment: $c) { id } }": typeof types.AccessFixtureRateMeetingDocument,
    "mutation AccessFixtureRecordDeal($i: RecordDealInput!) { recordDeal(input: $i) { id } }": typeof types.AccessFixtureRecordDealDocument,
    "mutation SupportLogIn { logIn(input: { email: \"admin@duijie.test\", password: \"admin-test-password\" }) { accessToken } }": typeof types.SupportLogInDocument,
    "mutation SupportGrantRole($id: ID!) { grantRole(userId: $id, role: ORGANISER) { id } }": typeof types.SupportGrantRoleDocument,
    "mutation SupportCreateDockingEvent($input: CreateDockingEventInput!) { createDockingEvent(input: $input) { id } }": typeof types.SupportCreateDockingEventDocument,
    "mutation SupportRegisterForEvent($e: ID!) { registerForEvent(eventId: $e) { id status } }": typeof types.SupportRegisterForEventDocument,
    "mutation SupportReviewRegistration($id: ID!) { reviewRegistration(id: $id, approve: true) { id } }": typeof types.SupportReviewRegistrationDocument,
    "mutation SupportRequestMeeting($e: ID!, $input: MeetingRequestInput!) { requestMeeting(eventId: $e, input: $input) { id status mutual tableTags message } }": typeof types.SupportRequestMeetingDocument,
    "mutation SupportRespondToMeetingRequest($id: ID!, $a: Boolean!) { respondToMeetingRequest(id: $id, accept: $a) { id status } }": typeof types.SupportRespondToMeetingRequestDocument,
    "query SupportScheduleRun($id: ID!) { scheduleRun(id: $id) { id status placed unplaced objective upperBound solveMillis error unplacedRequests { reason detail request { id } } } }": typeof types.SupportScheduleRunDocument,
    "mutation SupportScheduleMeetings($e: ID!) { scheduleMeetings(eventId: $e) { id status } }": typeof types.SupportScheduleMeetingsDocument,
    "mutation SupportSignUp($input: SignUpInput!) { signUp(input: $input) { accessToken user { id } } }": typeof types.SupportSignUpDocument,
    "mutation SupportRegisterEnterprise($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { id name creditCode } }": typeof types.SupportRegisterEnterpriseDocument,
    "fragment ListingFields on Listing { id kind title description quantity unit priceMin priceMax priceNegotiable certifications validUntil status confidential matchingStatus createdAt updatedAt category { code name } region { code name } enterprise { id name } }": typeof types.ListingFieldsFragmentDoc,
    "mutation SupportCreateListing($input: CreateListingInput!) { createListing(input: $input) { ...ListingFields } }": typeof types.SupportCreateListingDocument,
    "query SupportMatchedListing($id: ID!) { listing(id: $id) { matchingStatus } }": typeof types.SupportMatchedListingDocument,
    "query SupportMatchSuggestions($id: ID!, $first: Int, $after: String) { matchSuggestions(listingId: $id, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id score supplyDecision demandDecision reasons { code contribution detail } supply { id title enterprise { id } } demand { id title confidential enterprise { id } } } } } }": typeof types.SupportMatchSuggestionsDocument,
    "mutation WebhooksCreateWebhook2($input: CreateWebhookInput!) { createWebhook(input: $input) { secret webhook { id url kinds enabled } } }": typeof types.WebhooksCreateWebhook2Document,
    "query WebhooksWebhookDeliveries2($id: ID!) { webhookDeliveries(webhookId: $id) { totalCount edges { node { status attempts lastStatusCode lastError deliveredAt } } } }": typeof types.WebhooksWebhookDeliveries2Document,
    "query WebhooksWebhooks2 { webhooks { id url } }": typeof types.WebhooksWebhooks2Document,
    "mutation WebhooksDeleteWebhook($id: ID!) { deleteWebhook(id: $id) }": typeof types.WebhooksDeleteWebhookDocument,
    "query WebhooksRaceList { webhooks { id } }": typeof types.WebhooksRaceListDocument,
    "mutation WorkerCloseListing($id: ID!) { closeListing(id: $id) { id } }": typeof types.WorkerCloseListingDocument,
    "query WorkerListing($id: ID!) { listing(id: $id) { status } }": typeof types.WorkerListingDocument,
    "query WorkerEnterprise($id: ID!) { enterprise(id: $id) { listings(status: EXPIRED) { totalCount } } }": typeof types.WorkerEnterpriseDocument,
    "mutation WorkerUpdateListing($id: ID!) { updateListing(id: $id, input: { validUntil: \"2099-01-01\" }) { status validUntil } }": typeof types.WorkerUpdateListingDocument,
};
const documents: Documents = {
    "mutation AccountsSignUp($input: SignUpInput!) { signUp(input: $input) { accessToken user { id email displayName role enterprise { id } } } }": types.AccountsSignUpDocument,
    "mutation AccountsLogIn($input: LogInInput!) { logIn(input: $input) { accessToken user { id role } } }": types.AccountsLogInDocument,
    "mutation AccountsGrantRole($id: ID!, $role: Role!) { grantRole(userId: $id, role: $role) { id role } }": types.AccountsGrantRoleDocument,
    "mutation AccountsChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { accessToken user { id } } }": types.AccountsChangePasswordDocument,
    "mutation AccountsLogOutEverywhere { logOutEverywhere }": types.AccountsLogOutEverywhereDocument,
    "query AccountsWho { me { id } }": types.AccountsWhoDocument,
    "query AccountsMe { me { id email displayName } }": types.AccountsMeDocument,
    "query AccountsMe2 { me { id } }": types.AccountsMe2Document,
    "query AccountsMe3 { me { role } }": types.AccountsMe3Document,
    "mutation ApiExamplesLogIn($e: String!, $p: String!) { logIn(input: { email: $e, password: $p }) { accessToken } }": types.ApiExamplesLogInDocument,
    "query ApiExamplesMe { me { enterprise { id listings(first: 1) { edges { node { id } } } } } }": types.ApiExamplesMeDocument,
    "query ApiExamplesDockingEvents { dockingEvents(first: 100) { edges { node { id title } } } }": types.ApiExamplesDockingEventsDocument,
    "mutation ConsoleCreateCalendarFeed { createCalendarFeed { key createdAt } }": types.ConsoleCreateCalendarFeedDocument,
    "query ConsoleCalendarFeed { calendarFeed { key } }": types.ConsoleCalendarFeedDocument,
    "mutation ConsoleCreateCalendarFeed2 { createCalendarFeed { key } }": types.ConsoleCreateCalendarFeed2Document,
    "mutation ConsoleLogOutEverywhere { logOutEverywhere }": types.ConsoleLogOutEverywhereDocument,
    "mutation ConsoleLogInAgain($input: LogInInput!) { logIn(input: $input) { accessToken } }": types.ConsoleLogInAgainDocument,
    "query ConsoleCalendarFeedAfter { calendarFeed { key } }": types.ConsoleCalendarFeedAfterDocument,
    "mutation ConsoleRevokeCalendarFeed { revokeCalendarFeed }": types.ConsoleRevokeCalendarFeedDocument,
    "mutation ConsoleRevokeCalendarFeedAgain { revokeCalendarFeed }": types.ConsoleRevokeCalendarFeedAgainDocument,
    "query ConsoleRegions { regions { code name } }": types.ConsoleRegionsDocument,
    "query ConsoleRegions2 { regions(parentCode: \"520300\") { code name } }": types.ConsoleRegions2Document,
    "mutation DealReviewRecordDeal($input: RecordDealInput!) { recordDeal(input: $input) { id reportStatus } }": types.DealReviewRecordDealDocument,
    "mutation DealReviewConfirmDeal($id: ID!) { confirmDeal(id: $id) { id confirmed reportStatus } }": types.DealReviewConfirmDealDocument,
    "mutation DealReviewAdvance($id: ID!, $s: DealStage!, $a: Decimal) { advanceDeal(id: $id, stage: $s, amountCny: $a) { id } }": types.DealReviewAdvanceDocument,
    "mutation DealReviewReview($id: ID!, $r: DealReview!, $note: String) { reviewDealForReport(id: $id, review: $r, note: $note) { id reportStatus reportReviewNote } }": types.DealReviewReviewDocument,
    "query DealReviewFunnel($e: ID!) { eventReport(eventId: $e) { funnel { intents signed signedAmountCny dealsAwaitingReview } bySector { contracts amountCny } } }": types.DealReviewFunnelDocument,
    "query DealReviewMySales { myConfirmedSales { dealId amountCny } }": types.DealReviewMySalesDocument,
    "query DealReviewDeals($e: ID!) { dockingEvent(id: $e) { deals { id reportStatus reportReviewNote } } }": types.DealReviewDealsDocument,
    "query DemoDockingEvent($id: ID!) { dockingEvent(id: $id) { id title sectors startsAt endsAt registrationClosesAt categories { code } registrations { status enterprise { id name sector categories { code } } } meetingRequests { status matchScore requester { id name } invitee { id name } matchSuggestion { id score supply { enterprise { id } } demand { enterprise { id } } } } } }": types.DemoDockingEventDocument,
    "mutation DemoLogIn($e: String!, $p: String!) { logIn(input: { email: $e, password: $p }) { accessToken } }": types.DemoLogInDocument,
    "query DemoDockingEvents { dockingEvents(first: 100) { edges { node { id title } } } }": types.DemoDockingEventsDocument,
    "mutation DemoRegisterForEvent($e: ID!) { registerForEvent(eventId: $e) { status } }": types.DemoRegisterForEventDocument,
    "query DemoEventReport($id: ID!) { eventReport(eventId: $id) { funnel { accepted placed held intents signed signedAmountCny } } }": types.DemoEventReportDocument,
    "query DemoDockingEvent2($id: ID!) { dockingEvent(id: $id) { meetings { published } } }": types.DemoDockingEvent2Document,
    "query DemoEventReport2($id: ID!) { eventReport(eventId: $id) { funnel { placed signed } } }": types.DemoEventReport2Document,
    "query DemoRoundTables($id: ID!) { dockingEvent(id: $id) { roundTables(first: 10) { topic capacity seatsTaken startsAt endsAt table host { name } seats { id } } meetings(first: 500) { startsAt endsAt table parties { id } } } }": types.DemoRoundTablesDocument,
    "query DemoTechnologyResults { technologyResults(mine: true) { edges { node { id title } } } }": types.DemoTechnologyResultsDocument,
    "query DemoTechnologyResultMatches($id: ID!) { technologyResultMatches(resultId: $id) { reasons { met text } need { title enterprise { name } } } }": types.DemoTechnologyResultMatchesDocument,
    "query DemoTechnologyReport($e: ID!) { eventReport(eventId: $e) { technologyContracts { contracts amountCny } } }": types.DemoTechnologyReportDocument,
    "query DemoPolicies { policies(issuedByMe: true) { edges { node { id title regionNames rules { description } event { title } applications { totalCount edges { node { status enterprise { id } } } } } } } }": types.DemoPoliciesDocument,
    "query DemoBankMe { me { enterprise { id } } }": types.DemoBankMeDocument,
    "query DemoBankProducts($l: ID!) { financingProducts(lenderEnterpriseId: $l) { edges { node { id name } } } }": types.DemoBankProductsDocument,
    "query DemoBankMatches($p: ID!) { financingMatchesForProduct(productId: $p) { edges { node { eligible score conditions { detail } need { enterprise { name } event { title } sharedDeals { counterpartName amountCny stage } } } } } }": types.DemoBankMatchesDocument,
    "query DemoMe { me { email enterprise { name } } }": types.DemoMeDocument,
    "query DemoInvestment { investmentProjects(mine: true) { edges { node { title stage plannedInvestmentCny region { name } } } } investmentPipeline { edges { node { stage landedAmountCny candidate { name } project { title } } } } }": types.DemoInvestmentDocument,
    "query DemoInvestmentContacts { myInvestmentContacts { edges { node { stage } } } }": types.DemoInvestmentContactsDocument,
    "mutation EmailSetEmailNotificationKinds { setEmailNotificationKinds(kinds: [\"MATCH_SUGGESTED\"]) { id emailNotificationKinds } }": types.EmailSetEmailNotificationKindsDocument,
    "mutation EmailSetEmailNotificationKinds2 { setEmailNotificationKinds(kinds: [\"SPAM\"]) { id } }": types.EmailSetEmailNotificationKinds2Document,
    "mutation EnterprisesRegisterEnterprise($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { id name creditCode sector region { code name fullName parent { code name } } categories { code name } } }": types.EnterprisesRegisterEnterpriseDocument,
    "mutation EnterprisesUpdateEnterprise($id: ID!, $input: UpdateEnterpriseInput!) { updateEnterprise(id: $id, input: $input) { id name description categories { code } } }": types.EnterprisesUpdateEnterpriseDocument,
    "query EnterprisesMe { me { enterprise { id name } } }": types.EnterprisesMeDocument,
    "query EnterprisesMe2 { me { enterprise { id } } }": types.EnterprisesMe2Document,
    "query EnterprisesEnterprise($id: ID!) { enterprise(id: $id) { name } }": types.EnterprisesEnterpriseDocument,
    "query EnterprisesEnterprise2($id: ID!) { enterprise(id: $id) { name contactName contactPhone } }": types.EnterprisesEnterprise2Document,
    "query EnterprisesChainCategories { liquor: chainCategories(sector: LIQUOR_TOBACCO) { code } supporting: chainCategories(sector: SUPPORTING) { code group } glass: chainCategory(code: \"3055\") { name group downstream { code name } } baijiu: chainCategory(code: \"1512\") { upstream { code } } none: chainCategory(code: \"9999\") { code } county: region(code: \"520381\") { name fullName } unknown: region(code: \"999999\") { name } }": types.EnterprisesChainCategoriesDocument,
    "mutation EventDayCheckInFirm($e: ID!, $code: String, $f: ID) { checkInFirm(eventId: $e, code: $code, enterpriseId: $f) {\n  alreadyCheckedIn message attendee { registrationId checkedInAt enterprise { id name } } } }": types.EventDayCheckInFirmDocument,
    "query EventDayMyCheckIn($e: ID!) { myCheckIn(eventId: $e) { code checkedInAt } }": types.EventDayMyCheckInDocument,
    "query EventDayEventAttendees($e: ID!, $s: String, $first: Int, $after: String) { eventAttendees(eventId: $e, search: $s, first: $first, after: $after) {\n  totalCount pageInfo { hasNextPage endCursor } edges { node { checkedInAt enterprise { id name } } } } }": types.EventDayEventAttendeesDocument,
    "mutation EventDayMarkMeetingAttendance($meeting: ID!, $o: AttendanceOutcome!, $absent: [ID!]) { markMeetingAttendance(meetingId: $meeting, outcome: $o, absentEnterpriseIds: $absent) {\n  id attendance { status partiesDisagree decidedByOrganiser absent { id } } } }": types.EventDayMarkMeetingAttendanceDocument,
    "mutation EventDayAddWalkInMeeting($e: ID!, $input: WalkInMeetingInput!) { addWalkInMeeting(eventId: $e, input: $input) { id table startsAt published walkIn parties { id } } }": types.EventDayAddWalkInMeetingDocument,
    "query EventDayEventFloor($e: ID!) { eventFloor(eventId: $e) { now nextSlotStartsAt noShows checkIns { approved checkedIn }\n  slot { startsAt endsAt session current }\n  tables { table meeting { id walkIn parties { id } attendance { status absent { id } } } } } }": types.EventDayEventFloorDocument,
    "mutation EventDayBookMeeting($id: ID!, $at: DateTime!, $t: String!) { bookMeeting(requestId: $id, startsAt: $at, table: $t) { id } }": types.EventDayBookMeetingDocument,
    "mutation EventDayRegisterForEvent($e: ID!) { registerForEvent(eventId: $e) { id } }": types.EventDayRegisterForEventDocument,
    "mutation EventDayReviewRegistration($id: ID!) { reviewRegistration(id: $id, approve: true) { id } }": types.EventDayReviewRegistrationDocument,
    "mutation EventDayAddMeetingSession($e: ID!, $input: MeetingSessionInput!) { addMeetingSession(eventId: $e, input: $input) { id } }": types.EventDayAddMeetingSessionDocument,
    "mutation EventDayPublishSchedule($e: ID!) { publishSchedule(eventId: $e) { id } }": types.EventDayPublishScheduleDocument,
    "query EventDayCheckInSummary($e: ID!) { checkInSummary(eventId: $e) { approved checkedIn } }": types.EventDayCheckInSummaryDocument,
    "mutation EventDayReviewRegistration2($id: ID!) { reviewRegistration(id: $id, approve: false) { id } }": types.EventDayReviewRegistration2Document,
    "query EventDayMyAgenda($e: ID!) { myAgenda(eventId: $e) { id attendance { status } } }": types.EventDayMyAgendaDocument,
    "query EventDayMyAgenda2($e: ID!) { myAgenda(eventId: $e) { id walkIn } }": types.EventDayMyAgenda2Document,
    "mutation EventDayRateMeeting($meeting: ID!) { rateMeeting(meetingId: $meeting, rating: INFORMATIVE) { id } }": types.EventDayRateMeetingDocument,
    "query EventDayEventReport($e: ID!) { eventReport(eventId: $e) { funnel { approved placed checkedIn held noShows walkIns } } }": types.EventDayEventReportDocument,
    "mutation EventEditingUpdateDockingEvent($id: ID!, $input: UpdateDockingEventInput!) {\n  updateDockingEvent(id: $id, input: $input) {\n    id title venue startsAt endsAt slotMinutes maxRequestsPerFirm registrationClosesAt sectors\n    tables { label tags } categories { code }\n  }\n}": types.EventEditingUpdateDockingEventDocument,
    "mutation EventEditingAddMeetingSession($e: ID!, $input: MeetingSessionInput!) { addMeetingSession(eventId: $e, input: $input) { id } }": types.EventEditingAddMeetingSessionDocument,
    "mutation EventEditingBookMeeting($id: ID!, $s: DateTime!, $t: String!) { bookMeeting(requestId: $id, startsAt: $s, table: $t) { id } }": types.EventEditingBookMeetingDocument,
    "mutation EventEditingCreateRoundTable($e: ID!, $i: RoundTableInput!) { createRoundTable(eventId: $e, input: $i) { id } }": types.EventEditingCreateRoundTableDocument,
    "query EventEditingDockingEvent($id: ID!) { dockingEvent(id: $id) { title venue maxRequestsPerFirm } }": types.EventEditingDockingEventDocument,
    "query EventEditingDockingEvents($after: String) { dockingEvents(first: 2, after: $after, organisedByMe: true) {\n      totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }": types.EventEditingDockingEventsDocument,
    "query EventEditingDockingEvent2($id: ID!) { dockingEvent(id: $id) { sessions { slots } } }": types.EventEditingDockingEvent2Document,
    "mutation EventsCreateDockingEvent($input: CreateDockingEventInput!) { createDockingEvent(input: $input) { id title sectors slotMinutes tables { label tags } categories { code } startsAt } }": types.EventsCreateDockingEventDocument,
    "mutation EventsGrantRole($id: ID!) { grantRole(userId: $id, role: ORGANISER) { id } }": types.EventsGrantRoleDocument,
    "query EventsDockingEvent($id: ID!) { dockingEvent(id: $id) { title venue } }": types.EventsDockingEventDocument,
    "query EventsDockingEvents { dockingEvents(first: 100) { edges { node { id title } } } }": types.EventsDockingEventsDocument,
    "query EventsDockingEvent2($id: ID!) { dockingEvent(id: $id) { sessions { title slots } registrations { status enterprise { name } } } }": types.EventsDockingEvent2Document,
    "mutation EventsLogIn($p: String!) { logIn(input: { email: \"jiang1@demo.duijie.cn\", password: $p }) { accessToken } }": types.EventsLogInDocument,
    "query EventsMe { me { enterprise { name listings { totalCount } } } }": types.EventsMeDocument,
    "mutation FinanceVerifyEnterprise($id: ID!, $t: ParticipantType) { verifyEnterprise(id: $id, participantType: $t) { id participantType verificationStatus } }": types.FinanceVerifyEnterpriseDocument,
    "mutation FinanceCreateFinancingProduct($input: FinancingProductInput!) { createFinancingProduct(input: $input) { id name status lender { id } } }": types.FinanceCreateFinancingProductDocument,
    "mutation FinanceUpdateFinancingProduct($id: ID!, $input: FinancingProductInput!) { updateFinancingProduct(id: $id, input: $input) { id status } }": types.FinanceUpdateFinancingProductDocument,
    "mutation FinanceCreateFinancingNeed($input: FinancingNeedInput!) { createFinancingNeed(input: $input) { id sector regionCode confidential } }": types.FinanceCreateFinancingNeedDocument,
    "query FinanceFinancingNeed($id: ID!) { financingNeed(id: $id) { id purpose sharedDeals { dealId counterpartName amountCny stage } dealShares { id withdrawnAt } } }": types.FinanceFinancingNeedDocument,
    "query FinanceMatchesForNeed($id: ID!, $all: Boolean) { financingMatchesForNeed(needId: $id, includeIneligible: $all) { totalCount edges { node { eligible score product { id name } conditions { code met detail } } } } }": types.FinanceMatchesForNeedDocument,
    "query FinanceMatchesForProduct($id: ID!) { financingMatchesForProduct(productId: $id) { totalCount edges { node { eligible score need { id purpose sharedDeals { dealId counterpartName amountCny } } } } } }": types.FinanceMatchesForProductDocument,
    "mutation FinanceShareDealsWithLender($input: ShareDealsWithLenderInput!) { shareDealsWithLender(input: $input) { id dealIds withdrawnAt lender { id } } }": types.FinanceShareDealsWithLenderDocument,
    "mutation FinanceWithdrawDealShare($id: ID!) { withdrawDealShare(id: $id) { id withdrawnAt } }": types.FinanceWithdrawDealShareDocument,
    "mutation FinanceRecordLoanOutcome($n: ID!, $p: ID!, $s: LoanStage!, $a: Decimal) { recordLoanOutcome(needId: $n, productId: $p, stage: $s, amountCny: $a) { loanStage loanAmountCny } }": types.FinanceRecordLoanOutcomeDocument,
    "query FinanceEventReport($e: ID!) { eventReport(eventId: $e) { loans { needs needAmountCny matchedNeeds loans amountCny bySector { key name loans amountCny } byRegion { key name loans amountCny } } } }": types.FinanceEventReportDocument,
    "query FinanceNotifications { notifications(first: 20) { edges { node { kind title } } } }": types.FinanceNotificationsDocument,
    "mutation FinanceRecordDeal($input: RecordDealInput!) { recordDeal(input: $input) { id } }": types.FinanceRecordDealDocument,
    "mutation FinanceConfirmDeal($id: ID!) { confirmDeal(id: $id) { id agreedStage } }": types.FinanceConfirmDealDocument,
    "mutation FinanceRegisterForEvent($e: ID!) { registerForEvent(eventId: $e) { id } }": types.FinanceRegisterForEventDocument,
    "mutation FinanceReviewRegistration($id: ID!) { reviewRegistration(id: $id, approve: true) { id } }": types.FinanceReviewRegistrationDocument,
    "query ImportsLayoutsPreviewListingImport($id: ID!, $corrections: [ImportCorrectionInput!]) { previewListingImport(id: $id, corrections: $corrections) { id total accepted rejected rows { row outcome kind title categoryCode regionCode quantity unit priceMin priceMax validUntil description inferredCategory { code name confidence } errors { column message } warnings { column message } } } }": types.ImportsLayoutsPreviewListingImportDocument,
    "mutation ImportsLayoutsCommitListingImport($id: ID!, $corrections: [ImportCorrectionInput!]) { commitListingImport(id: $id, corrections: $corrections) { status total created failed rows { row outcome listingId errors { column message } } } }": types.ImportsLayoutsCommitListingImportDocument,
    "query ImportsLayoutsListings { listings(first: 1) { totalCount } }": types.ImportsLayoutsListingsDocument,
    "query ImportsLayoutsListing($id: ID!) { listing(id: $id) { category { code } enterprise { name region { code } contactName contactPhone } } }": types.ImportsLayoutsListingDocument,
    "query ImportsLayoutsListing2($id: ID!) { listing(id: $id) { kind category { code } quantity unit priceMin priceMax validUntil region { code } } }": types.ImportsLayoutsListing2Document,
    "query ImportsLayoutsListing3($id: ID!) { listing(id: $id) { category { code } validUntil region { code } } }": types.ImportsLayoutsListing3Document,
    "mutation ImportsLayoutsCommitListingImport2($id: ID!, $corrections: [ImportCorrectionInput!]) { commitListingImport(id: $id, corrections: $corrections) { status created rows { sheet row outcome } } }": types.ImportsLayoutsCommitListingImport2Document,
    "mutation ImportsLayoutsCommitPanzhou($id: ID!) { commitListingImport(id: $id) { status created failed rows { sheet row outcome listingId } } }": types.ImportsLayoutsCommitPanzhouDocument,
    "query ImportsLayoutsPanzhouListing($id: ID!) { listing(id: $id) { enterprise { id creditCode region { code } } } }": types.ImportsLayoutsPanzhouListingDocument,
    "query ImportsLayoutsListValidity($id: ID!) { listing(id: $id) { quantity unit validUntil } }": types.ImportsLayoutsListValidityDocument,
    "query ImportsLayoutsSuggestCategories { suggestCategories(text: \"铝防盗瓶盖 28mm\", first: 3) { category { code name } confidence matchedTerms } }": types.ImportsLayoutsSuggestCategoriesDocument,
    "query ImportsLayoutsSuggestCategories2($t: String!) { suggestCategories(text: $t) { confidence } }": types.ImportsLayoutsSuggestCategories2Document,
    "query ImportsListingImport($id: ID!) { listingImport(id: $id) { status total processed created updated unchanged failed rows { row outcome listingId errors { column message } } } }": types.ImportsListingImportDocument,
    "query ImportsListing($id: ID!) { listing(id: $id) { title unit certifications enterprise { name creditCode } } }": types.ImportsListingDocument,
    "query ImportsDockingEvent($id: ID!) { dockingEvent(id: $id) { registrations { status enterprise { creditCode } listings { id } } } }": types.ImportsDockingEventDocument,
    "query ImportsListing2($id: ID!) { listing(id: $id) { priceMax } }": types.ImportsListing2Document,
    "query ImportsListing3($id: ID!) { listing(id: $id) { title description enterprise { name } } }": types.ImportsListing3Document,
    "query InvestmentLeads($region: String!, $sector: Sector, $first: Int, $after: String) { investmentLeads(regionCode: $region, sector: $sector, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { firm { id } category { code } region { code } score reasons pipelineEntry { id stage } } } } }": types.InvestmentLeadsDocument,
    "mutation InvestmentCreateProject($input: InvestmentProjectInput!) { createInvestmentProject(input: $input) { id title stage plannedInvestmentCny region { code } categories { code } owner { id } } }": types.InvestmentCreateProjectDocument,
    "mutation InvestmentUpdateProject($id: ID!, $input: InvestmentProjectInput!) { updateInvestmentProject(id: $id, input: $input) { id title stage } }": types.InvestmentUpdateProjectDocument,
    "query InvestmentCandidates($id: ID!) { investmentProjectCandidates(projectId: $id, first: 20) { totalCount edges { node { firm { id } category { code } score reasons } } } }": types.InvestmentCandidatesDocument,
    "mutation InvestmentAdd($input: AddToInvestmentPipelineInput!) { addToInvestmentPipeline(input: $input) { id stage contactedAt note candidate { id } project { id } } }": types.InvestmentAddDocument,
    "mutation InvestmentMove($input: MoveInvestmentPipelineInput!) { moveInvestmentPipelineEntry(input: $input) { id stage signedAmountCny signedOn landedAmountCny landedOn contactedAt history { fromStage toStage reason } } }": types.InvestmentMoveDocument,
    "query InvestmentMyContacts { myInvestmentContacts(first: 20) { totalCount edges { node { id stage note owner { id } history { reason } } } } }": types.InvestmentMyContactsDocument,
    "query InvestmentEntry($id: ID!) { investmentPipelineEntry(id: $id) { id stage } }": types.InvestmentEntryDocument,
    "query InvestmentPipeline($stage: InvestmentPipelineStage) { investmentPipeline(stage: $stage, first: 50) { totalCount edges { node { id stage candidate { id } } } } }": types.InvestmentPipelineDocument,
    "query InvestmentNotifications { notifications(first: 50) { edges { node { kind title body } } } }": types.InvestmentNotificationsDocument,
    "query InvestmentEventReport($e: ID!) { eventReport(eventId: $e) { investment { total { signed signedAmountCny landed landedAmountCny } bySector { key landed landedAmountCny } byCategory { key name landed landedAmountCny } byRegion { key landed landedAmountCny } } } }": types.InvestmentEventReportDocument,
    "query InvestmentSummary($region: String!, $sector: Sector) { investmentSummary(regionCode: $region, sector: $sector) { total { signed landed landedAmountCny } } }": types.InvestmentSummaryDocument,
    "query InvestmentPanorama($region: String!) { chainPanorama(regionCode: $region, sector: ECO_FOOD) { nodes { category { code } coverage } investment { categoryCode projects openLeads } } }": types.InvestmentPanoramaDocument,
    "query InvestmentDrawer($code: String!, $region: String!) { chainNodeMembers(categoryCode: $code, regionCode: $region) { investmentProjects { id title } investmentLeads(first: 10) { totalCount edges { node { firm { id } } } } } }": types.InvestmentDrawerDocument,
    "mutation InvestmentVerify($id: ID!, $type: ParticipantType) { verifyEnterprise(id: $id, participantType: $type) { id participantType verificationStatus } }": types.InvestmentVerifyDocument,
    "mutation ListingsCreateListing($input: CreateListingInput!) { createListing(input: $input) { ...ListingFields } }": types.ListingsCreateListingDocument,
    "mutation ListingsUpdateListing($id: ID!, $input: UpdateListingInput!) { updateListing(id: $id, input: $input) { ...ListingFields } }": types.ListingsUpdateListingDocument,
    "mutation ListingsCloseListing($id: ID!) { closeListing(id: $id) { id status } }": types.ListingsCloseListingDocument,
    "query ListingsListings($filter: ListingFilter, $first: Int, $after: String) { listings(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id title kind confidential enterprise { id } } } } }": types.ListingsListingsDocument,
    "query ListingsListings2($n: Int) { listings(first: $n) { totalCount } }": types.ListingsListings2Document,
    "query ListingsListing($id: ID!) { listing(id: $id) { id title } }": types.ListingsListingDocument,
    "query ListingsEnterprise($id: ID!) { enterprise(id: $id) { listings { totalCount } } }": types.ListingsEnterpriseDocument,
    "query ListingsListing2($id: ID!) { listing(id: $id) { title priceMax status } }": types.ListingsListing2Document,
    "query ListingsListing3($id: ID!) { listing(id: $id) { id } }": types.ListingsListing3Document,
    "query ListingsEnterprise2($id: ID!) { enterprise(id: $id) { listings { totalCount edges { node { id } } } } }": types.ListingsEnterprise2Document,
    "query ListingsListing4($id: ID!) { listing(id: $id) { confidential } }": types.ListingsListing4Document,
    "query ListingsPageOf20 { listings(first: 20) { edges { node { title enterprise { name } category { name } region { name } } } } }": types.ListingsPageOf20Document,
    "query ListingsPageOf20Counted { listings(first: 20) { totalCount edges { node { title enterprise { name } category { name } region { name } } } } }": types.ListingsPageOf20CountedDocument,
    "mutation MatchingSymmetryUpdateListing($id: ID!, $d: String!) { updateListing(id: $id, input: { description: $d }) { id } }": types.MatchingSymmetryUpdateListingDocument,
    "mutation MatchingSymmetryUpdateListing2($id: ID!) { updateListing(id: $id, input: { title: \"航空发动机机匣锻件\", description: \"高温合金锻件\" }) { id } }": types.MatchingSymmetryUpdateListing2Document,
    "mutation MatchingRespondToMatch($id: ID!, $d: MatchDecision!) { respondToMatch(id: $id, decision: $d) { id supplyDecision demandDecision } }": types.MatchingRespondToMatchDocument,
    "mutation MatchingUpdateListing($id: ID!) { updateListing(id: $id, input: { quantity: 1000000 }) { id } }": types.MatchingUpdateListingDocument,
    "mutation MatchingUpdateListing2($id: ID!) { updateListing(id: $id, input: { validUntil: \"2099-06-30\" }) { id } }": types.MatchingUpdateListing2Document,
    "query MatchingMatchSuggestions($id: ID!) { matchSuggestions(listingId: $id) { totalCount } }": types.MatchingMatchSuggestionsDocument,
    "mutation MatchingCloseListing($id: ID!) { closeListing(id: $id) { id } }": types.MatchingCloseListingDocument,
    "mutation MatchingUpdateListing3($id: ID!) { updateListing(id: $id, input: { validUntil: \"2099-03-01\" }) { id } }": types.MatchingUpdateListing3Document,
    "mutation MatchingUpdateListing4($id: ID!) { updateListing(id: $id, input: { quantity: 2500000 }) { id } }": types.MatchingUpdateListing4Document,
    "query MatchingListing($id: ID!) { listing(id: $id) { id } }": types.MatchingListingDocument,
    "query MatchingListings { listings(filter: { kind: DEMAND, categoryCode: \"1512\" }, first: 100) { edges { node { id } } } }": types.MatchingListingsDocument,
    "query MatchingDismissedSecret($id: ID!) { listing(id: $id) { id } }": types.MatchingDismissedSecretDocument,
    "mutation MatchingRespondHidden($id: ID!) { respondToMatch(id: $id, decision: ACCEPT) { id reasons { detail } } }": types.MatchingRespondHiddenDocument,
    "mutation MatchingEditCaps($id: ID!) { updateListing(id: $id, input: { description: \"白酒瓶盖，年产 1200 万只，可印刷\" }) { id } }": types.MatchingEditCapsDocument,
    "mutation MatchingEditSecret($id: ID!) { updateListing(id: $id, input: { quantity: 6000000 }) { id } }": types.MatchingEditSecretDocument,
    "query MatchingPartnerSuggestions($id: ID!) { partnerSuggestions(enterpriseId: $id) { direction score matchCount enterprise { id } bestMatch { demand { id } } } }": types.MatchingPartnerSuggestionsDocument,
    "query MatchingPartnerSuggestions2($id: ID!) { partnerSuggestions(enterpriseId: $id) { score } }": types.MatchingPartnerSuggestions2Document,
    "mutation MatchingRematchAll { rematchAll { id } }": types.MatchingRematchAllDocument,
    "mutation MatchingRematchAll2 { rematchAll { id status done total } }": types.MatchingRematchAll2Document,
    "mutation MatchingRematchAll3 { rematchAll { id } }": types.MatchingRematchAll3Document,
    "query MatchingMatchRun0($id: ID!) { matchRun(id: $id) { status } }": types.MatchingMatchRun0Document,
    "query MatchingMatchRun($id: ID!) { matchRun(id: $id) { status done total finishedAt } }": types.MatchingMatchRunDocument,
    "mutation MatchingUpdateListing5($id: ID!) { updateListing(id: $id, input: { quantity: 2100000 }) { id } }": types.MatchingUpdateListing5Document,
    "query MeetingsDockingEvent($id: ID!) { dockingEvent(id: $id) { meetings { id startsAt endsAt table published parties { id name } request { id } } } }": types.MeetingsDockingEventDocument,
    "query MeetingsMyAgenda($e: ID!) { myAgenda(eventId: $e) { id startsAt table parties { id name } published } }": types.MeetingsMyAgendaDocument,
    "query MeetingsNotifications { notifications(first: 50) { edges { node { kind title body data } } } }": types.MeetingsNotificationsDocument,
    "mutation MeetingsAddMeetingSession($e: ID!, $input: MeetingSessionInput!) { addMeetingSession(eventId: $e, input: $input) { id slots } }": types.MeetingsAddMeetingSessionDocument,
    "mutation MeetingsRegisterForEvent($e: ID!) { registerForEvent(eventId: $e) { id status } }": types.MeetingsRegisterForEventDocument,
    "mutation MeetingsReviewRegistration($id: ID!) { reviewRegistration(id: $id, approve: true) { id } }": types.MeetingsReviewRegistrationDocument,
    "query MeetingsDockingEvent2($id: ID!) { dockingEvent(id: $id) { registrations { status enterprise { id } } } }": types.MeetingsDockingEvent2Document,
    "mutation MeetingsCancelMeetingRequest($id: ID!) { cancelMeetingRequest(id: $id) { id status } }": types.MeetingsCancelMeetingRequestDocument,
    "mutation MeetingsSetUnavailableSlots($e: ID!, $s: [DateTime!]!) { setUnavailableSlots(eventId: $e, slotStarts: $s) { unavailableSlots } }": types.MeetingsSetUnavailableSlotsDocument,
    "mutation MeetingsPublishSchedule($e: ID!) { publishSchedule(eventId: $e) { schedulePublishedAt } }": types.MeetingsPublishScheduleDocument,
    "mutation MeetingsMoveMeeting($id: ID!, $s: DateTime!, $t: String!) { moveMeeting(id: $id, startsAt: $s, table: $t) { id startsAt table } }": types.MeetingsMoveMeetingDocument,
    "mutation MeetingsCancelMeeting($id: ID!) { cancelMeeting(id: $id) }": types.MeetingsCancelMeetingDocument,
    "mutation MeetingsAddMeetingSession2($e: ID!, $input: MeetingSessionInput!) { addMeetingSession(eventId: $e, input: $input) { id } }": types.MeetingsAddMeetingSession2Document,
    "mutation MeetingsBookMeeting($id: ID!, $s: DateTime!, $t: String!) { bookMeeting(requestId: $id, startsAt: $s, table: $t) { id } }": types.MeetingsBookMeetingDocument,
    "query NotificationsNotifications($unread: Boolean) { notifications(unreadOnly: $unread, first: 20) { totalCount edges { node { id kind title body data readAt createdAt } } } }": types.NotificationsNotificationsDocument,
    "mutation NotificationsUpdateListing($id: ID!) { updateListing(id: $id, input: { validUntil: \"2099-05-01\" }) { id } }": types.NotificationsUpdateListingDocument,
    "query NotificationsMe { me { unreadNotifications } }": types.NotificationsMeDocument,
    "mutation NotificationsMarkNotificationsRead($ids: [ID!]!) { markNotificationsRead(ids: $ids) }": types.NotificationsMarkNotificationsReadDocument,
    "mutation NotificationsMarkNotificationsRead2 { markNotificationsRead(ids: [\"不是编号\"]) }": types.NotificationsMarkNotificationsRead2Document,
    "mutation OrganiserConsoleRegisterForEvent($e: ID!, $l: [ID!]) { registerForEvent(eventId: $e, listingIds: $l) { id status } }": types.OrganiserConsoleRegisterForEventDocument,
    "query OrganiserConsoleDockingEvent($id: ID!, $status: RegistrationStatus, $sector: Sector) {\n  dockingEvent(id: $id) { registrations(status: $status, sector: $sector, first: 80) {\n    id status reviewNote enterprise { name sector verificationStatus } listings { id title suggestionCount } } } }": types.OrganiserConsoleDockingEventDocument,
    "query OrganiserConsoleListing($id: ID!) { listing(id: $id) { suggestionCount } }": types.OrganiserConsoleListingDocument,
    "query OrganiserConsoleListing2($id: ID!) { listing(id: $id) { suggestionCount } }": types.OrganiserConsoleListing2Document,
    "query OrganiserConsolePreviewListingImport($id: ID!, $c: [ImportCorrectionInput!]) { previewListingImport(id: $id, corrections: $c) {\n      accepted rows { row categoryCode inferredCategory { code } } } }": types.OrganiserConsolePreviewListingImportDocument,
    "mutation OrganiserConsoleCommitListingImport($id: ID!, $c: [ImportCorrectionInput!]) { commitListingImport(id: $id, corrections: $c) { status created } }": types.OrganiserConsoleCommitListingImportDocument,
    "mutation OrganiserConsoleReviewRegistration($id: ID!, $a: Boolean!, $r: String) { reviewRegistration(id: $id, approve: $a, reason: $r) { status reviewNote } }": types.OrganiserConsoleReviewRegistrationDocument,
    "query OrganiserConsoleDockingEvent2($e: ID!) { dockingEvent(id: $e) { registrations { id status reviewNote } } }": types.OrganiserConsoleDockingEvent2Document,
    "query OrganiserConsoleNotifications { notifications(first: 10) { edges { node { kind body } } } }": types.OrganiserConsoleNotificationsDocument,
    "query OrganiserConsoleDockingEvent3($e: ID!) { dockingEvent(id: $e) { registrations { id reviewNote } } }": types.OrganiserConsoleDockingEvent3Document,
    "query OutcomesEventReport($e: ID!) { eventReport(eventId: $e) { funnel { registrations approved suggestions meetingRequests accepted placed held intents signed signedAmountCny fulfilled fulfilledAmountCny } bySector { sector firms contracts amountCny } byCategory { category { code } firms contracts amountCny } localSupplyShare chainGaps { category { code } demands firms examples } } }": types.OutcomesEventReportDocument,
    "query OutcomesDockingEvent($id: ID!) { dockingEvent(id: $id) { meetings { id parties { id } ratings { rating comment enterprise { id } } } } }": types.OutcomesDockingEventDocument,
    "mutation OutcomesRecordDeal($input: RecordDealInput!) { recordDeal(input: $input) { id stage amountCny supplier { id } buyer { id } event { id } } }": types.OutcomesRecordDealDocument,
    "mutation OutcomesConfirmDeal($id: ID!) { confirmDeal(id: $id) { id confirmed agreedStage agreedAmountCny awaitingConfirmationFrom { id } } }": types.OutcomesConfirmDealDocument,
    "mutation OutcomesAddMeetingSession($e: ID!, $input: MeetingSessionInput!) { addMeetingSession(eventId: $e, input: $input) { id } }": types.OutcomesAddMeetingSessionDocument,
    "mutation OutcomesRegisterForEvent($e: ID!) { registerForEvent(eventId: $e) { id } }": types.OutcomesRegisterForEventDocument,
    "mutation OutcomesReviewRegistration($id: ID!) { reviewRegistration(id: $id, approve: true) { id } }": types.OutcomesReviewRegistrationDocument,
    "mutation OutcomesPublishSchedule($e: ID!) { publishSchedule(eventId: $e) { id } }": types.OutcomesPublishScheduleDocument,
    "mutation OutcomesRateMeeting($m: ID!, $r: MeetingRating!, $c: String) { rateMeeting(meetingId: $m, rating: $r, comment: $c) { id } }": types.OutcomesRateMeetingDocument,
    "mutation OutcomesAdvanceDeal($id: ID!, $s: DealStage!) { advanceDeal(id: $id, stage: $s) { stage amountCny } }": types.OutcomesAdvanceDealDocument,
    "query OutcomesDockingEvent2($id: ID!) { dockingEvent(id: $id) { deals { id } } }": types.OutcomesDockingEvent2Document,
    "mutation OutcomesRecordOnce($i: RecordDealInput!) { recordDeal(input: $i) { id updatedAt } }": types.OutcomesRecordOnceDocument,
    "mutation OutcomesRaise($id: ID!) { advanceDeal(id: $id, stage: SIGNED, amountCny: \"88888888\") { updatedAt } }": types.OutcomesRaiseDocument,
    "mutation OutcomesConfirmSeen($id: ID!, $at: DateTime) { confirmDeal(id: $id, expectedUpdatedAt: $at) { confirmed agreedAmountCny } }": types.OutcomesConfirmSeenDocument,
    "mutation OutcomesDeclineOne($id: ID!) { declineDeal(id: $id) { id } }": types.OutcomesDeclineOneDocument,
    "query PanoramaChain($sector: Sector, $region: String!) { chainPanorama(sector: $sector, regionCode: $region) {\n  sector region { code name }\n  nodes { category { code name } layer inSector firms openSupplies openDemands coverage\n    supplyQuantities { unit quantity listings } demandQuantities { unit quantity listings } }\n  edges { fromCode toCode kind why matchedPairs signedDeals signedAmountCny } } }": types.PanoramaChainDocument,
    "query PanoramaNodeMembers($code: String!, $region: String!, $kind: ListingKind) {\n  chainNodeMembers(categoryCode: $code, regionCode: $region) {\n    category { code } region { code }\n    firms(first: 50) { totalCount edges { node { id name } } }\n    listings(kind: $kind, first: 50) { totalCount edges { node { id title confidential enterprise { id name } } } } } }": types.PanoramaNodeMembersDocument,
    "mutation ParticipantsRegister($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { id participantType proposedParticipantType scale verificationStatus } }": types.ParticipantsRegisterDocument,
    "query ParticipantsFirm($id: ID!) { enterprise(id: $id) { id participantType proposedParticipantType scale verificationStatus } }": types.ParticipantsFirmDocument,
    "mutation ParticipantsVerify($id: ID!, $type: ParticipantType) { verifyEnterprise(id: $id, participantType: $type) { id participantType verificationStatus verifiedAt } }": types.ParticipantsVerifyDocument,
    "mutation ParticipantsUpdateScale($id: ID!, $input: UpdateEnterpriseInput!) { updateEnterprise(id: $id, input: $input) { id scale participantType } }": types.ParticipantsUpdateScaleDocument,
    "mutation ParticipantsRegisterGov($e: ID!) { registerForEvent(eventId: $e) { id } }": types.ParticipantsRegisterGovDocument,
    "mutation ParticipantsRegisterForEvent($e: ID!) { registerForEvent(eventId: $e) { id } }": types.ParticipantsRegisterForEventDocument,
    "mutation ResetRequest($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }": types.ResetRequestDocument,
    "mutation ResetSet($input: ResetPasswordInput!) { resetPassword(input: $input) }": types.ResetSetDocument,
    "mutation ResetLogIn($input: LogInInput!) { logIn(input: $input) { accessToken } }": types.ResetLogInDocument,
    "query ResetMe { me { id } }": types.ResetMeDocument,
    "mutation ResetLogOutEverywhere { logOutEverywhere }": types.ResetLogOutEverywhereDocument,
    "mutation PoliciesPublishPolicy($input: PublishPolicyInput!) { publishPolicy(input: $input) { id title open regionNames rules { kind description } issuer { id } } }": types.PoliciesPublishPolicyDocument,
    "query PoliciesPolicy($id: ID!) { policy(id: $id) { id eligibleFirmCount evaluatedAt } }": types.PoliciesPolicyDocument,
    "mutation PoliciesReevaluatePolicy($id: ID!) { reevaluatePolicy(id: $id) { id } }": types.PoliciesReevaluatePolicyDocument,
    "query PoliciesMyPolicies($only: Boolean) { myPolicies(eligibleOnly: $only) { eligible policy { id title } conditions { kind met detail } application { id status } } }": types.PoliciesMyPoliciesDocument,
    "mutation PoliciesApplyForPolicy($input: ApplyForPolicyInput!) { applyForPolicy(input: $input) { id status statusName event { id } enterprise { id } } }": types.PoliciesApplyForPolicyDocument,
    "mutation PoliciesReviewPolicyApplication($id: ID!, $status: PolicyApplicationStatus!, $note: String) { reviewPolicyApplication(id: $id, status: $status, note: $note) { id status statusName reviewNote } }": types.PoliciesReviewPolicyApplicationDocument,
    "query PoliciesApplications($id: ID!) { policy(id: $id) { applications(first: 10) { totalCount edges { node { id status enterprise { id } } } } } }": types.PoliciesApplicationsDocument,
    "query PoliciesEventReport($e: ID!) { eventReport(eventId: $e) { policies { applications byPolicy { policyId title count } } } }": types.PoliciesEventReportDocument,
    "query PoliciesNotifications { notifications(first: 50) { edges { node { kind title data } } } }": types.PoliciesNotificationsDocument,
    "mutation PoliciesRecordDeal($input: RecordDealInput!) { recordDeal(input: $input) { id } }": types.PoliciesRecordDealDocument,
    "mutation PoliciesConfirmDeal($id: ID!) { confirmDeal(id: $id) { id confirmed } }": types.PoliciesConfirmDealDocument,
    "mutation PoliciesVerifyEnterprise($id: ID!, $t: ParticipantType) { verifyEnterprise(id: $id, participantType: $t) { id participantType verificationStatus } }": types.PoliciesVerifyEnterpriseDocument,
    "mutation PoliciesRegisterForEvent($e: ID!) { registerForEvent(eventId: $e) { id } }": types.PoliciesRegisterForEventDocument,
    "mutation PoliciesReviewRegistration($id: ID!) { reviewRegistration(id: $id, approve: true) { id } }": types.PoliciesReviewRegistrationDocument,
    "mutation AccessAttacksRecordDeal($i: RecordDealInput!) { recordDeal(input: $i) { id stage confirmed agreedStage } }": types.AccessAttacksRecordDealDocument,
    "query AccessAttacksEventReport($e: ID!) { eventReport(eventId: $e) { funnel { intents signed signedAmountCny } } }": types.AccessAttacksEventReportDocument,
    "query AccessAttacksPartnerSuggestions($id: ID!) { partnerSuggestions(enterpriseId: $id) { enterprise { id } bestMatch { demand { id title description } } } }": types.AccessAttacksPartnerSuggestionsDocument,
    "query AccessAttacksDockingEvent($id: ID!) { dockingEvent(id: $id) { registrations { enterprise { id } listings { id title description } } } }": types.AccessAttacksDockingEventDocument,
    "query AccessAttacksDockingEvent2($id: ID!) { dockingEvent(id: $id) { registrations { listings { id } } } }": types.AccessAttacksDockingEvent2Document,
    "query AccessAttacksEventReport2($e: ID!) { eventReport(eventId: $e) { chainGaps { category { code } demands firms examples } } }": types.AccessAttacksEventReport2Document,
    "query AccessAttacksEventReport3($e: ID!) { eventReport(eventId: $e) { chainGaps { examples } } }": types.AccessAttacksEventReport3Document,
    "query AccessAttacksDockingEvent3($id: ID!) { dockingEvent(id: $id) { meetingRequests { id matchSuggestion { id demand { id title description } } } } }": types.AccessAttacksDockingEvent3Document,
    "query AccessAttacksListing($id: ID!) { listing(id: $id) { id } }": types.AccessAttacksListingDocument,
    "query AccessAttacksListings { listings(first: 100, filter: { kind: DEMAND }) { totalCount edges { node { id } } } }": types.AccessAttacksListingsDocument,
    "query AccessAttacksDockingEvent4($id: ID!) { dockingEvent(id: $id) { registrations { enterprise { id contactName contactPhone } } } }": types.AccessAttacksDockingEvent4Document,
    "query AccessAttacksEnterprise($id: ID!) { enterprise(id: $id) { contactName contactPhone } }": types.AccessAttacksEnterpriseDocument,
    "query AccessAttacksDealsAwaitingMyConfirmation { dealsAwaitingMyConfirmation { totalCount edges { node { id } } } }": types.AccessAttacksDealsAwaitingMyConfirmationDocument,
    "query AccessAttacksNotifications { notifications(first: 50) { edges { node { kind data } } } }": types.AccessAttacksNotificationsDocument,
    "mutation AccessAttacksDeclineDeal($id: ID!) { declineDeal(id: $id) { stage confirmed } }": types.AccessAttacksDeclineDealDocument,
    "mutation AccessAttacksConfirmDeal($id: ID!) { confirmDeal(id: $id) { id } }": types.AccessAttacksConfirmDealDocument,
    "mutation AccessAttacksAdvanceDeal($id: ID!) { advanceDeal(id: $id, stage: CANCELLED) { stage agreedStage confirmed } }": types.AccessAttacksAdvanceDealDocument,
    "mutation AccessAttacksConfirmDeal2($id: ID!) { confirmDeal(id: $id) { stage agreedStage confirmed } }": types.AccessAttacksConfirmDeal2Document,
    "mutation AccessAttacksRateMeeting($m: ID!, $r: MeetingRating!, $c: String) { rateMeeting(meetingId: $m, rating: $r, comment: $c) { id } }": types.AccessAttacksRateMeetingDocument,
    "query AccessAttacksDockingEvent5($id: ID!) { dockingEvent(id: $id) { meetings { id ratings { rating comment enterprise { id } } } } }": types.AccessAttacksDockingEvent5Document,
    "mutation AuthorisationCreateWebhook { createWebhook(input: { url: \"http://127.0.0.1:9/hook\", kinds: [\"MATCH_SUGGESTED\"] }) { webhook { id } } }": types.AuthorisationCreateWebhookDocument,
    "mutation AuthorisationAddMeetingSession($e: ID!, $input: MeetingSessionInput!) { addMeetingSession(eventId: $e, input: $input) { id } }": types.AuthorisationAddMeetingSessionDocument,
    "mutation AuthorisationRegisterForEvent($e: ID!) { registerForEvent(eventId: $e) { id } }": types.AuthorisationRegisterForEventDocument,
    "mutation AuthorisationReviewRegistration($id: ID!) { reviewRegistration(id: $id, approve: true) { id } }": types.AuthorisationReviewRegistrationDocument,
    "query AuthorisationDockingEvent($id: ID!) { dockingEvent(id: $id) { meetings { id } } }": types.AuthorisationDockingEventDocument,
    "query AuthorisationMeetingTime($id: ID!) { dockingEvent(id: $id) { meetings { startsAt } } }": types.AuthorisationMeetingTimeDocument,
    "mutation AuthorisationCreateRoundTableFixture($e: ID!, $i: RoundTableInput!) { createRoundTable(eventId: $e, input: $i) { id } }": types.AuthorisationCreateRoundTableFixtureDocument,
    "mutation AuthorisationTakeSeatFixture($id: ID!) { takeRoundTableSeat(id: $id) { id } }": types.AuthorisationTakeSeatFixtureDocument,
    "mutation AuthorisationRecordDeal($i: RecordDealInput!) { recordDeal(input: $i) { id } }": types.AuthorisationRecordDealDocument,
    "query AuthorisationNotifications { notifications(first: 1) { edges { node { id } } } }": types.AuthorisationNotificationsDocument,
    "mutation AuthorisationRematchAll { rematchAll { id } }": types.AuthorisationRematchAllDocument,
    "mutation AuthorisationRegisterEnterprise($c: String!) { registerEnterprise( input: { name: \"待认领的瓶盖企业有限公司\", creditCode: $c, regionCode: \"520102\", sector: SUPPORTING } ) { id } }": types.AuthorisationRegisterEnterpriseDocument,
    "query AuthorisationMyEnterpriseClaims { myEnterpriseClaims { edges { node { id } } } }": types.AuthorisationMyEnterpriseClaimsDocument,
    "mutation AuthorisationVerifyResearchBody($id: ID!) { verifyEnterprise(id: $id, participantType: RESEARCH_INSTITUTE) { id } }": types.AuthorisationVerifyResearchBodyDocument,
    "mutation AuthorisationCreateTechnologyResult { createTechnologyResult(input: { title: \"刺梨汁低温浓缩技术\", description: \"低温浓缩刺梨原汁\", categoryCodes: [\"1523\"], maturity: PILOT, cooperationModes: [TRANSFER] }) { id } }": types.AuthorisationCreateTechnologyResultDocument,
    "mutation AuthorisationCreateTechnologyNeed { createTechnologyNeed(input: { title: \"刺梨汁浓缩\", problem: \"刺梨汁低温浓缩\", categoryCode: \"1523\", deadline: \"2099-12-31\", minMaturity: PILOT }) { id } }": types.AuthorisationCreateTechnologyNeedDocument,
    "mutation AuthorisationProposeTechnologyContract($r: ID!, $n: ID!) { proposeTechnologyContract(input: { resultId: $r, needId: $n, amountCny: \"100000\", mode: TRANSFER, signedOn: \"2024-01-01\" }) { id } }": types.AuthorisationProposeTechnologyContractDocument,
    "mutation AuthorisationVerifyGovernment($id: ID!) { verifyEnterprise(id: $id, participantType: GOVERNMENT) { id } }": types.AuthorisationVerifyGovernmentDocument,
    "mutation AuthorisationPublishPolicy($i: PublishPolicyInput!) { publishPolicy(input: $i) { id } }": types.AuthorisationPublishPolicyDocument,
    "mutation AuthorisationApplyForPolicy($i: ApplyForPolicyInput!) { applyForPolicy(input: $i) { id } }": types.AuthorisationApplyForPolicyDocument,
    "mutation AuthorisationVerifyLender($id: ID!) { verifyEnterprise(id: $id, participantType: FINANCIAL_INSTITUTION) { id } }": types.AuthorisationVerifyLenderDocument,
    "mutation AuthorisationCreateFinancingProduct0 { createFinancingProduct(input: { name: \"订单贷\", minAmountCny: \"10000\", maxAmountCny: \"5000000\", minAnnualRate: 3.5, maxAnnualRate: 6, minTermMonths: 3, maxTermMonths: 36, guaranteeTypes: [ORDER_FINANCING] }) { id } }": types.AuthorisationCreateFinancingProduct0Document,
    "mutation AuthorisationCreateFinancingNeed0($e: ID!) { createFinancingNeed(input: { amountCny: \"500000\", purpose: \"备货\", termMonths: 12, guaranteeTypes: [ORDER_FINANCING], scale: SMALL, eventId: $e }) { id } }": types.AuthorisationCreateFinancingNeed0Document,
    "mutation AuthorisationRecordSignedDeal($i: RecordDealInput!) { recordDeal(input: $i) { id } }": types.AuthorisationRecordSignedDealDocument,
    "mutation AuthorisationConfirmSignedDeal($id: ID!) { confirmDeal(id: $id) { id } }": types.AuthorisationConfirmSignedDealDocument,
    "mutation AuthorisationShareDeals0($i: ShareDealsWithLenderInput!) { shareDealsWithLender(input: $i) { id } }": types.AuthorisationShareDeals0Document,
    "mutation AuthorisationCreateProject { createInvestmentProject(input: { title: \"刺梨深加工\", description: \"x\", regionCode: \"520300\", categoryCodes: [\"1523\"], stage: SEEKING_INVESTORS }) { id } }": types.AuthorisationCreateProjectDocument,
    "mutation AuthorisationAddToPipeline($a: ID!, $p: ID!) { addToInvestmentPipeline(input: { candidateEnterpriseId: $a, projectId: $p }) { id } }": types.AuthorisationAddToPipelineDocument,
    "mutation AuthorisationCreateDockingEvent { createDockingEvent( input: { title: \"另一活动\" theme: \"x\" sectors: [ECO_FOOD] venue: \"贵阳\" startsAt: \"2030-01-01T09:00:00+08:00\" endsAt: \"2030-01-01T17:00:00+08:00\" slotMinutes: 20 tables: [{ label: \"T1\" }] } ) { id } }": types.AuthorisationCreateDockingEventDocument,
    "mutation AuthorisationUpdateEnterprise($id: ID!) { updateEnterprise(id: $id, input: { description: \"x\" }) { id } }": types.AuthorisationUpdateEnterpriseDocument,
    "mutation AuthorisationRegisterEnterprise2 { registerEnterprise(input: { name: \"x公司\", creditCode: \"x\", regionCode: \"520102\", sector: SUPPORTING }) { id } }": types.AuthorisationRegisterEnterprise2Document,
    "mutation AuthorisationVerifyEnterprise($id: ID!) { verifyEnterprise(id: $id) { id verificationStatus } }": types.AuthorisationVerifyEnterpriseDocument,
    "mutation AuthorisationReviewEnterpriseClaim($id: ID!) { reviewEnterpriseClaim(id: $id, approve: true) { id status } }": types.AuthorisationReviewEnterpriseClaimDocument,
    "mutation AuthorisationRespondToListingProposal($id: ID!) { respondToListingProposal(id: $id, accept: true) { id status } }": types.AuthorisationRespondToListingProposalDocument,
    "query AuthorisationListingProposals { listingProposals { totalCount edges { node { id } } } }": types.AuthorisationListingProposalsDocument,
    "query AuthorisationMyEnterpriseClaims2 { myEnterpriseClaims { totalCount edges { node { id } } } }": types.AuthorisationMyEnterpriseClaims2Document,
    "query AuthorisationEnterpriseClaims { enterpriseClaims { totalCount edges { node { id } } } }": types.AuthorisationEnterpriseClaimsDocument,
    "query AuthorisationEnterprisesToReview { enterprisesToReview { totalCount edges { node { id } } } }": types.AuthorisationEnterprisesToReviewDocument,
    "mutation AuthorisationCreateListing { createListing(input: { kind: SUPPLY, title: \"x\", categoryCode: \"3055\" }) { id } }": types.AuthorisationCreateListingDocument,
    "mutation AuthorisationUpdateListing($id: ID!) { updateListing(id: $id, input: { title: \"改\" }) { id } }": types.AuthorisationUpdateListingDocument,
    "mutation AuthorisationCloseListing($id: ID!) { closeListing(id: $id) { id } }": types.AuthorisationCloseListingDocument,
    "mutation AuthorisationRespondToMatch($id: ID!) { respondToMatch(id: $id, decision: DISMISS) { id } }": types.AuthorisationRespondToMatchDocument,
    "mutation AuthorisationCreateWebhook2 { createWebhook(input: { url: \"http://127.0.0.1:9/x\", kinds: [\"MATCH_SUGGESTED\"] }) { secret } }": types.AuthorisationCreateWebhook2Document,
    "mutation AuthorisationDeleteWebhook($id: ID!) { deleteWebhook(id: $id) }": types.AuthorisationDeleteWebhookDocument,
    "mutation AuthorisationMarkNotificationsRead($ids: [ID!]!) { markNotificationsRead(ids: $ids) }": types.AuthorisationMarkNotificationsReadDocument,
    "mutation AuthorisationChangePassword { changePassword(input: { currentPassword: \"x\", newPassword: \"a-new-long-secret-2027\" }) { accessToken } }": types.AuthorisationChangePasswordDocument,
    "mutation AuthorisationLogOutEverywhere { logOutEverywhere }": types.AuthorisationLogOutEverywhereDocument,
    "mutation AuthorisationSetEmailNotificationKinds { setEmailNotificationKinds(kinds: []) { id } }": types.AuthorisationSetEmailNotificationKindsDocument,
    "mutation AuthorisationCreateCalendarFeed { createCalendarFeed { key } }": types.AuthorisationCreateCalendarFeedDocument,
    "mutation AuthorisationRevokeCalendarFeed { revokeCalendarFeed }": types.AuthorisationRevokeCalendarFeedDocument,
    "mutation AuthorisationGrantRole($id: ID!) { grantRole(userId: $id, role: ADMIN) { id } }": types.AuthorisationGrantRoleDocument,
    "mutation AuthorisationCreateDockingEvent2 { createDockingEvent( input: { title: \"x\" theme: \"x\" sectors: [ECO_FOOD] venue: \"x\" startsAt: \"2030-01-01T09:00:00+08:00\" endsAt: \"2030-01-01T17:00:00+08:00\" slotMinutes: 20 tables: [{ label: \"T1\" }] } ) { id } }": types.AuthorisationCreateDockingEvent2Document,
    "mutation AuthorisationAddMeetingSession2($e: ID!) { addMeetingSession( eventId: $e input: { title: \"x\", startsAt: \"2030-09-15T11:00:00+08:00\", endsAt: \"2030-09-15T12:00:00+08:00\" } ) { id } }": types.AuthorisationAddMeetingSession2Document,
    "mutation AuthorisationUpdateDockingEvent($e: ID!) { updateDockingEvent(id: $e, input: { venue: \"别处\" }) { id } }": types.AuthorisationUpdateDockingEventDocument,
    "mutation AuthorisationReviewRegistration2($id: ID!) { reviewRegistration(id: $id, approve: false) { id } }": types.AuthorisationReviewRegistration2Document,
    "mutation AuthorisationSetUnavailableSlots($e: ID!) { setUnavailableSlots(eventId: $e, slotStarts: []) { id } }": types.AuthorisationSetUnavailableSlotsDocument,
    "mutation AuthorisationRequestMeeting($e: ID!, $w: ID!) { requestMeeting(eventId: $e, input: { withEnterpriseId: $w }) { id } }": types.AuthorisationRequestMeetingDocument,
    "mutation AuthorisationRespondToMeetingRequest($id: ID!) { respondToMeetingRequest(id: $id, accept: false) { id } }": types.AuthorisationRespondToMeetingRequestDocument,
    "mutation AuthorisationCancelMeetingRequest($id: ID!) { cancelMeetingRequest(id: $id) { id } }": types.AuthorisationCancelMeetingRequestDocument,
    "mutation AuthorisationScheduleMeetings($e: ID!) { scheduleMeetings(eventId: $e) { id } }": types.AuthorisationScheduleMeetingsDocument,
    "mutation AuthorisationPublishSchedule($e: ID!) { publishSchedule(eventId: $e) { id } }": types.AuthorisationPublishScheduleDocument,
    "mutation AuthorisationBookMeeting($id: ID!, $at: DateTime!) { bookMeeting(requestId: $id, startsAt: $at, table: \"T2\") { id } }": types.AuthorisationBookMeetingDocument,
    "mutation AuthorisationMoveMeeting($id: ID!, $at: DateTime!) { moveMeeting(id: $id, startsAt: $at, table: \"T3\") { id } }": types.AuthorisationMoveMeetingDocument,
    "mutation AuthorisationCancelMeeting($id: ID!) { cancelMeeting(id: $id) }": types.AuthorisationCancelMeetingDocument,
    "mutation AuthorisationLockMeeting($id: ID!) { lockMeeting(id: $id) { id } }": types.AuthorisationLockMeetingDocument,
    "mutation AuthorisationUnlockMeeting($id: ID!) { unlockMeeting(id: $id) { id } }": types.AuthorisationUnlockMeetingDocument,
    "mutation AuthorisationCreateRoundTable($e: ID!, $h: ID!) { createRoundTable(eventId: $e, input: { hostEnterpriseId: $h, topic: \"圆桌\", table: \"T2\", startsAt: \"2030-09-15T01:00:00.000Z\", capacity: 5 }) { id } }": types.AuthorisationCreateRoundTableDocument,
    "mutation AuthorisationCancelRoundTable($id: ID!) { cancelRoundTable(id: $id) }": types.AuthorisationCancelRoundTableDocument,
    "mutation AuthorisationTakeRoundTableSeat($id: ID!) { takeRoundTableSeat(id: $id) { id } }": types.AuthorisationTakeRoundTableSeatDocument,
    "mutation AuthorisationLeaveRoundTableSeat($id: ID!) { leaveRoundTableSeat(id: $id) { id } }": types.AuthorisationLeaveRoundTableSeatDocument,
    "mutation AuthorisationRateMeeting($id: ID!) { rateMeeting(meetingId: $id, rating: NO_SHOW) { id } }": types.AuthorisationRateMeetingDocument,
    "mutation AuthorisationCheckInFirm($e: ID!, $f: ID!) { checkInFirm(eventId: $e, enterpriseId: $f) { alreadyCheckedIn } }": types.AuthorisationCheckInFirmDocument,
    "mutation AuthorisationMarkMeetingAttendance($id: ID!) { markMeetingAttendance(meetingId: $id, outcome: HELD) { id } }": types.AuthorisationMarkMeetingAttendanceDocument,
    "mutation AuthorisationAddWalkInMeeting($e: ID!, $a: ID!, $c: ID!, $at: DateTime!) { addWalkInMeeting(eventId: $e, input: { enterpriseIds: [$a, $c], startsAt: $at, table: \"T2\" }) { id } }": types.AuthorisationAddWalkInMeetingDocument,
    "mutation AuthorisationRecordDeal2($e: ID!, $s: ID!, $b: ID!) { recordDeal(input: { eventId: $e, supplierEnterpriseId: $s, buyerEnterpriseId: $b, stage: INTENT }) { id } }": types.AuthorisationRecordDeal2Document,
    "mutation AuthorisationAdvanceDeal($id: ID!) { advanceDeal(id: $id, stage: CANCELLED) { id } }": types.AuthorisationAdvanceDealDocument,
    "mutation AuthorisationConfirmDeal($id: ID!) { confirmDeal(id: $id) { id } }": types.AuthorisationConfirmDealDocument,
    "mutation AuthorisationDeclineDeal($id: ID!) { declineDeal(id: $id) { id } }": types.AuthorisationDeclineDealDocument,
    "mutation AuthorisationReviewDealForReport($id: ID!) { reviewDealForReport(id: $id, review: EXCLUDED, note: \"不计入\") { id } }": types.AuthorisationReviewDealForReportDocument,
    "query AuthorisationDealsAwaitingMyConfirmation { dealsAwaitingMyConfirmation { totalCount edges { node { id } } } }": types.AuthorisationDealsAwaitingMyConfirmationDocument,
    "query AuthorisationMe { me { id } }": types.AuthorisationMeDocument,
    "query AuthorisationMatchSuggestions($id: ID!) { matchSuggestions(listingId: $id) { totalCount } }": types.AuthorisationMatchSuggestionsDocument,
    "query AuthorisationPartnerSuggestions($id: ID!) { partnerSuggestions(enterpriseId: $id) { score } }": types.AuthorisationPartnerSuggestionsDocument,
    "query AuthorisationNotifications2 { notifications { totalCount edges { node { id } } } }": types.AuthorisationNotifications2Document,
    "query AuthorisationWebhooks { webhooks { id } }": types.AuthorisationWebhooksDocument,
    "query AuthorisationWebhookDeliveries($id: ID!) { webhookDeliveries(webhookId: $id) { totalCount } }": types.AuthorisationWebhookDeliveriesDocument,
    "query AuthorisationMyAgenda($e: ID!) { myAgenda(eventId: $e) { id } }": types.AuthorisationMyAgendaDocument,
    "query AuthorisationMyCheckIn($e: ID!) { myCheckIn(eventId: $e) { code } }": types.AuthorisationMyCheckInDocument,
    "query AuthorisationEventAttendees($e: ID!) { eventAttendees(eventId: $e) { totalCount edges { node { checkedInAt } } } }": types.AuthorisationEventAttendeesDocument,
    "query AuthorisationCheckInSummary($e: ID!) { checkInSummary(eventId: $e) { approved } }": types.AuthorisationCheckInSummaryDocument,
    "query AuthorisationEventFloor($e: ID!) { eventFloor(eventId: $e) { noShows tables { table } } }": types.AuthorisationEventFloorDocument,
    "query AuthorisationEventReport($e: ID!) { eventReport(eventId: $e) { funnel { approved } } }": types.AuthorisationEventReportDocument,
    "query AuthorisationScheduleRun($id: ID!) { scheduleRun(id: $id) { id } }": types.AuthorisationScheduleRunDocument,
    "query AuthorisationListingImport($id: ID!) { listingImport(id: $id) { id } }": types.AuthorisationListingImportDocument,
    "query AuthorisationPreviewListingImport($id: ID!) { previewListingImport(id: $id) { id } }": types.AuthorisationPreviewListingImportDocument,
    "mutation AuthorisationCommitListingImport($id: ID!) { commitListingImport(id: $id) { id } }": types.AuthorisationCommitListingImportDocument,
    "query AuthorisationMatchRun($id: ID!) { matchRun(id: $id) { id } }": types.AuthorisationMatchRunDocument,
    "mutation AuthorisationCreateTechnologyResult2 { createTechnologyResult(input: { title: \"x\", description: \"x\", categoryCodes: [\"1523\"], maturity: PILOT, cooperationModes: [TRANSFER] }) { id } }": types.AuthorisationCreateTechnologyResult2Document,
    "mutation AuthorisationCreateProject2 { createInvestmentProject(input: { title: \"x\", description: \"x\", regionCode: \"520300\", categoryCodes: [\"1523\"], stage: PLANNED }) { id } }": types.AuthorisationCreateProject2Document,
    "mutation AuthorisationCreateFinancingProduct { createFinancingProduct(input: { name: \"冒名贷\", minAmountCny: \"1\", maxAmountCny: \"2\", minAnnualRate: 1, maxAnnualRate: 2, minTermMonths: 1, maxTermMonths: 2, guaranteeTypes: [CREDIT] }) { id } }": types.AuthorisationCreateFinancingProductDocument,
    "mutation AuthorisationPublishPolicy2 { publishPolicy(input: { title: \"冒名政策\", benefit: \"x\", deadline: \"2099-12-31T00:00:00Z\", regionCodes: [\"520000\"], rules: [] }) { id } }": types.AuthorisationPublishPolicy2Document,
    "mutation AuthorisationUpdateTechnologyResult($id: ID!) { updateTechnologyResult(id: $id, input: { title: \"x\", description: \"x\", categoryCodes: [\"1523\"], maturity: PILOT, cooperationModes: [TRANSFER], open: false }) { id } }": types.AuthorisationUpdateTechnologyResultDocument,
    "mutation AuthorisationCreateTechnologyNeed2 { createTechnologyNeed(input: { title: \"x\", problem: \"x\", categoryCode: \"1523\", deadline: \"2099-12-31\", minMaturity: PILOT }) { id } }": types.AuthorisationCreateTechnologyNeed2Document,
    "mutation AuthorisationUpdateTechnologyNeed($id: ID!) { updateTechnologyNeed(id: $id, input: { title: \"x\", problem: \"x\", categoryCode: \"1523\", deadline: \"2099-12-31\", minMaturity: PILOT, open: false }) { id } }": types.AuthorisationUpdateTechnologyNeedDocument,
    "mutation AuthorisationProposeTechnologyContract2($r: ID!, $n: ID!) { proposeTechnologyContract(input: { resultId: $r, needId: $n, amountCny: \"1\", mode: TRANSFER, signedOn: \"2024-01-01\" }) { id } }": types.AuthorisationProposeTechnologyContract2Document,
    "mutation AuthorisationConfirmTechnologyContract($id: ID!) { confirmTechnologyContract(id: $id) { id } }": types.AuthorisationConfirmTechnologyContractDocument,
    "mutation AuthorisationDeclineTechnologyContract($id: ID!) { declineTechnologyContract(id: $id) { id } }": types.AuthorisationDeclineTechnologyContractDocument,
    "query AuthorisationTechnologyNeedMatches($id: ID!) { technologyNeedMatches(needId: $id) { score } }": types.AuthorisationTechnologyNeedMatchesDocument,
    "query AuthorisationTechnologyResultMatches($id: ID!) { technologyResultMatches(resultId: $id) { score } }": types.AuthorisationTechnologyResultMatchesDocument,
    "mutation AuthorisationReevaluatePolicy($id: ID!) { reevaluatePolicy(id: $id) { id } }": types.AuthorisationReevaluatePolicyDocument,
    "mutation AuthorisationApplyForPolicy2($id: ID!) { applyForPolicy(input: { policyId: $id }) { id } }": types.AuthorisationApplyForPolicy2Document,
    "mutation AuthorisationReviewPolicyApplication($id: ID!) { reviewPolicyApplication(id: $id, status: ACCEPTED) { id } }": types.AuthorisationReviewPolicyApplicationDocument,
    "query AuthorisationPolicyApplications($id: ID!) { policy(id: $id) { applications { totalCount } } }": types.AuthorisationPolicyApplicationsDocument,
    "query AuthorisationMyPolicies { myPolicies { eligible } }": types.AuthorisationMyPoliciesDocument,
    "mutation AuthorisationUpdateFinancingProduct($id: ID!) { updateFinancingProduct(id: $id, input: { status: CLOSED }) { id } }": types.AuthorisationUpdateFinancingProductDocument,
    "mutation AuthorisationCreateFinancingNeed { createFinancingNeed(input: { amountCny: \"1000\", purpose: \"周转\", termMonths: 6, guaranteeTypes: [CREDIT], scale: MICRO }) { id } }": types.AuthorisationCreateFinancingNeedDocument,
    "mutation AuthorisationUpdateFinancingNeed($id: ID!) { updateFinancingNeed(id: $id, input: { status: CLOSED }) { id } }": types.AuthorisationUpdateFinancingNeedDocument,
    "mutation AuthorisationShareDealsWithLender($i: ShareDealsWithLenderInput!) { shareDealsWithLender(input: $i) { id } }": types.AuthorisationShareDealsWithLenderDocument,
    "mutation AuthorisationWithdrawDealShare($id: ID!) { withdrawDealShare(id: $id) { id } }": types.AuthorisationWithdrawDealShareDocument,
    "mutation AuthorisationRecordLoanOutcome($n: ID!, $p: ID!) { recordLoanOutcome(needId: $n, productId: $p, stage: ACCEPTED) { loanStage } }": types.AuthorisationRecordLoanOutcomeDocument,
    "query AuthorisationFinancingNeed($id: ID!) { financingNeed(id: $id) { id sharedDeals { dealId } } }": types.AuthorisationFinancingNeedDocument,
    "query AuthorisationFinancingMatchesForNeed($id: ID!) { financingMatchesForNeed(needId: $id) { totalCount } }": types.AuthorisationFinancingMatchesForNeedDocument,
    "query AuthorisationFinancingMatchesForProduct($id: ID!) { financingMatchesForProduct(productId: $id) { totalCount } }": types.AuthorisationFinancingMatchesForProductDocument,
    "mutation AuthorisationUpdateProject($id: ID!) { updateInvestmentProject(id: $id, input: { title: \"x\", description: \"x\", regionCode: \"520300\", categoryCodes: [\"1523\"], stage: PLANNED }) { id } }": types.AuthorisationUpdateProjectDocument,
    "mutation AuthorisationAddToPipeline2($c: ID!, $p: ID!) { addToInvestmentPipeline(input: { candidateEnterpriseId: $c, projectId: $p }) { id } }": types.AuthorisationAddToPipeline2Document,
    "mutation AuthorisationMovePipeline($id: ID!) { moveInvestmentPipelineEntry(input: { id: $id, stage: CONTACTED }) { id } }": types.AuthorisationMovePipelineDocument,
    "query AuthorisationPipelineEntry($id: ID!) { investmentPipelineEntry(id: $id) { id } }": types.AuthorisationPipelineEntryDocument,
    "query AuthorisationProjectCandidates($id: ID!) { investmentProjectCandidates(projectId: $id) { totalCount } }": types.AuthorisationProjectCandidatesDocument,
    "query AuthorisationInvestmentLeads { investmentLeads(regionCode: \"520300\") { totalCount } }": types.AuthorisationInvestmentLeadsDocument,
    "query AuthorisationInvestmentPipeline { investmentPipeline { totalCount } }": types.AuthorisationInvestmentPipelineDocument,
    "mutation AuthorisationMarkNotificationsReadOfOthers($ids: [ID!]!) { markNotificationsRead(ids: $ids) }": types.AuthorisationMarkNotificationsReadOfOthersDocument,
    "query AuthorisationNotifications3 { notifications(unreadOnly: true) { edges { node { id } } } }": types.AuthorisationNotifications3Document,
    "query AuthorisationListing($id: ID!) { listing(id: $id) { id } }": types.AuthorisationListingDocument,
    "query AuthorisationListings { listings(filter: { kind: DEMAND, categoryCode: \"3055\" }) { totalCount edges { node { id } } } }": types.AuthorisationListingsDocument,
    "query AuthorisationDockingEvent2($id: ID!) { dockingEvent(id: $id) { meetings { id } meetingRequests { id } deals { id } latestScheduleRun { id } } }": types.AuthorisationDockingEvent2Document,
    "query AuthorisationListingProposals2 { listingProposals { totalCount } }": types.AuthorisationListingProposals2Document,
    "query AuthorisationMyEnterpriseClaims3 { myEnterpriseClaims { totalCount } }": types.AuthorisationMyEnterpriseClaims3Document,
    "query AuthorisationEnterpriseClaims2 { enterpriseClaims { totalCount } }": types.AuthorisationEnterpriseClaims2Document,
    "mutation BookingsAddMeetingSession($e: ID!, $input: MeetingSessionInput!) { addMeetingSession(eventId: $e, input: $input) { id } }": types.BookingsAddMeetingSessionDocument,
    "mutation BookingsBookMeeting($id: ID!, $s: DateTime!, $t: String!) { bookMeeting(requestId: $id, startsAt: $s, table: $t) { id } }": types.BookingsBookMeetingDocument,
    "query BookingsDockingEvent($id: ID!) { dockingEvent(id: $id) { meetings { id } } }": types.BookingsDockingEventDocument,
    "mutation EventEndedAddSession($e: ID!, $i: MeetingSessionInput!) { addMeetingSession(eventId: $e, input: $i) { id } }": types.EventEndedAddSessionDocument,
    "mutation EventEndedCreateRoundTable($e: ID!, $i: RoundTableInput!) { createRoundTable(eventId: $e, input: $i) { id } }": types.EventEndedCreateRoundTableDocument,
    "mutation EventEndedTakeSeat($id: ID!) { takeRoundTableSeat(id: $id) { id seatsTaken } }": types.EventEndedTakeSeatDocument,
    "mutation ForwardedForLogIn($input: LogInInput!) { logIn(input: $input) { accessToken } }": types.ForwardedForLogInDocument,
    "mutation ForwardedForSignUp($input: SignUpInput!) { signUp(input: $input) { accessToken } }": types.ForwardedForSignUpDocument,
    "query ImportTrustListingProposals($s: ListingProposalStatus) { listingProposals(status: $s) { totalCount edges { node { id status eventId eventTitle kind title description quantity unit priceMin priceMax certifications validUntil listingId } } } }": types.ImportTrustListingProposalsDocument,
    "mutation ImportTrustRespondToListingProposal($id: ID!, $a: Boolean!) { respondToListingProposal(id: $id, accept: $a) { id status listingId } }": types.ImportTrustRespondToListingProposalDocument,
    "mutation ImportTrustRegisterEnterprise($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { id name claimed verificationStatus } }": types.ImportTrustRegisterEnterpriseDocument,
    "query ImportTrustMyEnterpriseClaims { myEnterpriseClaims { totalCount edges { node { id status name enterprise { id claimed } } } } }": types.ImportTrustMyEnterpriseClaimsDocument,
    "mutation ImportTrustReviewEnterpriseClaim($id: ID!, $a: Boolean!) { reviewEnterpriseClaim(id: $id, approve: $a) { id status } }": types.ImportTrustReviewEnterpriseClaimDocument,
    "mutation ImportTrustVerifyEnterprise($id: ID!) { verifyEnterprise(id: $id) { id verificationStatus verifiedAt } }": types.ImportTrustVerifyEnterpriseDocument,
    "query ImportTrustEnterprise($id: ID!) { enterprise(id: $id) { id name claimed verificationStatus verifiedAt needsReview } }": types.ImportTrustEnterpriseDocument,
    "query ImportTrustDockingEvent($id: ID!) { dockingEvent(id: $id) { registrations { status enterprise { id } } } }": types.ImportTrustDockingEventDocument,
    "query ImportTrustNotifications { notifications { edges { node { kind data } } } }": types.ImportTrustNotificationsDocument,
    "query ImportTrustListing($id: ID!) { listing(id: $id) { title description quantity unit status enterprise { id } } }": types.ImportTrustListingDocument,
    "query ImportTrustDockingEvent2($id: ID!) { dockingEvent(id: $id) { registrations { status enterprise { id } listings { id } } } }": types.ImportTrustDockingEvent2Document,
    "query ImportTrustListing2($id: ID!) { listing(id: $id) { enterprise { id claimed verificationStatus } } }": types.ImportTrustListing2Document,
    "query ImportTrustMe { me { enterprise { id } } }": types.ImportTrustMeDocument,
    "query ImportTrustEnterpriseClaims { enterpriseClaims { totalCount } }": types.ImportTrustEnterpriseClaimsDocument,
    "query ImportTrustEnterpriseClaims2 { enterpriseClaims(status: PENDING) { edges { node { id enterprise { id } } } } }": types.ImportTrustEnterpriseClaims2Document,
    "query ImportTrustMe2 { me { enterprise { id claimed } } }": types.ImportTrustMe2Document,
    "query ImportTrustNotifications2 { notifications { edges { node { kind } } } }": types.ImportTrustNotifications2Document,
    "query ImportTrustEnterprisesToReview { enterprisesToReview(first: 100) { totalCount edges { node { id needsReview } } } }": types.ImportTrustEnterprisesToReviewDocument,
    "mutation ListingFloodCreate($input: CreateListingInput!) { createListing(input: $input) { id } }": types.ListingFloodCreateDocument,
    "mutation ListingFloodClose($id: ID!) { closeListing(id: $id) { id status } }": types.ListingFloodCloseDocument,
    "query ListingPageCacheContact { listings(first: 1) { edges { node { id enterprise { id contactPhone } } } } }": types.ListingPageCacheContactDocument,
    "mutation ListingPageCacheLogOutEverywhere { logOutEverywhere }": types.ListingPageCacheLogOutEverywhereDocument,
    "query ListingPageCachePage($first: Int, $filter: ListingFilter) { listings(first: $first, filter: $filter) { edges { node { id title confidential matchingStatus enterprise { id name } } } pageInfo { hasNextPage } } }": types.ListingPageCachePageDocument,
    "mutation LoginAttacksLogIn($input: LogInInput!) { logIn(input: $input) { accessToken } }": types.LoginAttacksLogInDocument,
    "mutation LoginAttacksSignUp($input: SignUpInput!) { signUp(input: $input) { accessToken } }": types.LoginAttacksSignUpDocument,
    "query LostAnnouncementNotifications { notifications(first: 20) { edges { node { kind data } } } }": types.LostAnnouncementNotificationsDocument,
    "mutation PostgresCreateListing($i: CreateListingInput!) { createListing(input: $i) { id } }": types.PostgresCreateListingDocument,
    "mutation PostgresUpdateListing($id: ID!, $t: String!) { updateListing(id: $id, input: { title: $t }) { id } }": types.PostgresUpdateListingDocument,
    "mutation PostgresUpdateListing2($id: ID!) { updateListing(id: $id, input: { title: \"锁释放后\" }) { title } }": types.PostgresUpdateListing2Document,
    "mutation RedisCreateListing($i: CreateListingInput!) { createListing(input: $i) { id } }": types.RedisCreateListingDocument,
    "mutation AsAtEventRecordDeal($input: RecordDealInput!) { recordDeal(input: $input) { id reportStatus } }": types.AsAtEventRecordDealDocument,
    "mutation AsAtEventConfirmDeal($id: ID!) { confirmDeal(id: $id) { id } }": types.AsAtEventConfirmDealDocument,
    "mutation AsAtEventMoveFirm($id: ID!, $input: UpdateEnterpriseInput!) { updateEnterprise(id: $id, input: $input) { id sector } }": types.AsAtEventMoveFirmDocument,
    "query AsAtEventReport($e: ID!) { eventReport(eventId: $e) { localSupplyShare bySector { sector firms contracts amountCny } } }": types.AsAtEventReportDocument,
    "subscription SeveralProcessesNotifications { notificationReceived { id kind } }": types.SeveralProcessesNotificationsDocument,
    "mutation SeveralProcessesUpdateListing($id: ID!, $input: UpdateListingInput!) { updateListing(id: $id, input: $input) { id } }": types.SeveralProcessesUpdateListingDocument,
    "mutation ShutdownCreateListing($i: CreateListingInput!) { createListing(input: $i) { id } }": types.ShutdownCreateListingDocument,
    "mutation TokenRevocationLogIn($i: LogInInput!) { logIn(input: $i) { accessToken } }": types.TokenRevocationLogInDocument,
    "mutation TokenRevocationLogOut { logOut }": types.TokenRevocationLogOutDocument,
    "query TokenRevocationMeEmail { me { email } }": types.TokenRevocationMeEmailDocument,
    "query TokenRevocationMe { me { id role } }": types.TokenRevocationMeDocument,
    "mutation TokenRevocationGrantRole($id: ID!) { grantRole(userId: $id, role: MEMBER) { id } }": types.TokenRevocationGrantRoleDocument,
    "query TokenRevocationMe2 { me { role } }": types.TokenRevocationMe2Document,
    "query TokenRevocationCachedMe { me { id role } }": types.TokenRevocationCachedMeDocument,
    "mutation TokenRevocationDemote($id: ID!) { grantRole(userId: $id, role: MEMBER) { id } }": types.TokenRevocationDemoteDocument,
    "mutation WebhookSsrfCreateWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }": types.WebhookSsrfCreateWebhookDocument,
    "query WebhookSsrfWebhookDeliveries($id: ID!) { webhookDeliveries(webhookId: $id) { edges { node { status attempts lastStatusCode lastError } } } }": types.WebhookSsrfWebhookDeliveriesDocument,
    "query WebhookSsrfWebhooks { webhooks { id } }": types.WebhookSsrfWebhooksDocument,
    "mutation WebhookSsrfRegisterForEvent($e: ID!) { registerForEvent(eventId: $e) { id } }": types.WebhookSsrfRegisterForEventDocument,
    "mutation WebhookSsrfReviewRegistration($id: ID!) { reviewRegistration(id: $id, approve: true) { id } }": types.WebhookSsrfReviewRegistrationDocument,
    "mutation WebhooksCreateWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { secret webhook { id } } }": types.WebhooksCreateWebhookDocument,
    "query WebhooksWebhookDeliveries($id: ID!) { webhookDeliveries(webhookId: $id) { edges { node { status attempts lastStatusCode lastError } } } }": types.WebhooksWebhookDeliveriesDocument,
    "mutation WebhooksRegisterForEvent($e: ID!) { registerForEvent(eventId: $e) { id } }": types.WebhooksRegisterForEventDocument,
    "mutation WebhooksReviewRegistration($id: ID!) { reviewRegistration(id: $id, approve: true) { id } }": types.WebhooksReviewRegistrationDocument,
    "query WebhooksWebhooks { webhooks { enabled } }": types.WebhooksWebhooksDocument,
    "query WebhooksNotifications { notifications { edges { node { kind } } } }": types.WebhooksNotificationsDocument,
    "query WsLimitsMe { me { id } }": types.WsLimitsMeDocument,
    "mutation WsLimitsDemote($id: ID!) { grantRole(userId: $id, role: MEMBER) { id } }": types.WsLimitsDemoteDocument,
    "mutation ResearchVerifyEnterprise($id: ID!, $t: ParticipantType) { verifyEnterprise(id: $id, participantType: $t) { id participantType verificationStatus } }": types.ResearchVerifyEnterpriseDocument,
    "mutation ResearchCreateResult($input: TechnologyResultInput!) { createTechnologyResult(input: $input) { id title maturity priceCny cooperationModes categories { code } ipRights { kind number } enterprise { id } } }": types.ResearchCreateResultDocument,
    "mutation ResearchUpdateResult($id: ID!, $input: TechnologyResultInput!) { updateTechnologyResult(id: $id, input: $input) { id title } }": types.ResearchUpdateResultDocument,
    "mutation ResearchCreateNeed($input: TechnologyNeedInput!) { createTechnologyNeed(input: $input) { id title minMaturity event { id } } }": types.ResearchCreateNeedDocument,
    "query ResearchNeedMatches($id: ID!) { technologyNeedMatches(needId: $id) { score reasons { condition met text } result { id title } } }": types.ResearchNeedMatchesDocument,
    "query ResearchResultMatches($id: ID!) { technologyResultMatches(resultId: $id) { score reasons { condition met text } need { id title } } }": types.ResearchResultMatchesDocument,
    "mutation ResearchPropose($input: ProposeTechnologyContractInput!) { proposeTechnologyContract(input: $input) { id status amountCny mode awaitingMyConfirmation event { id } } }": types.ResearchProposeDocument,
    "mutation ResearchConfirm($id: ID!) { confirmTechnologyContract(id: $id) { id status awaitingMyConfirmation } }": types.ResearchConfirmDocument,
    "mutation ResearchDecline($id: ID!) { declineTechnologyContract(id: $id) { id status } }": types.ResearchDeclineDocument,
    "query ResearchMyContracts { myTechnologyContracts(first: 10) { totalCount edges { node { id status awaitingMyConfirmation result { title } need { title } research { id } firm { id } } } } }": types.ResearchMyContractsDocument,
    "mutation ResearchMoveFirm($id: ID!, $input: UpdateEnterpriseInput!) { updateEnterprise(id: $id, input: $input) { id } }": types.ResearchMoveFirmDocument,
    "query ResearchEventReport($e: ID!) { eventReport(eventId: $e) { technologyContracts { contracts amountCny bySector { sector contracts amountCny } byCategory { category { code } contracts amountCny } byRegion { region { code } contracts amountCny } } } }": types.ResearchEventReportDocument,
    "query ResearchNotifications { notifications(first: 50) { edges { node { kind title data } } } }": types.ResearchNotificationsDocument,
    "mutation RoundTablesCreate($e: ID!, $i: RoundTableInput!) { createRoundTable(eventId: $e, input: $i) { id topic table startsAt endsAt capacity seatsTaken host { id } } }": types.RoundTablesCreateDocument,
    "mutation RoundTablesCancel($id: ID!) { cancelRoundTable(id: $id) }": types.RoundTablesCancelDocument,
    "query RoundTablesNotifications { notifications(first: 50) { edges { node { kind title body data } } } }": types.RoundTablesNotificationsDocument,
    "mutation RoundTablesTake($id: ID!) { takeRoundTableSeat(id: $id) { id seatsTaken mySeat } }": types.RoundTablesTakeDocument,
    "mutation RoundTablesLeave($id: ID!) { leaveRoundTableSeat(id: $id) { id seatsTaken mySeat } }": types.RoundTablesLeaveDocument,
    "query RoundTablesList($e: ID!) { dockingEvent(id: $e) { roundTables(first: 20) { id topic table startsAt endsAt capacity seatsTaken mySeat hosting seats { id } host { id } } } }": types.RoundTablesListDocument,
    "query RoundTablesMine($e: ID!) { myRoundTables(eventId: $e) { id topic hosting mySeat seats { id } } }": types.RoundTablesMineDocument,
    "query RoundTablesMeetings($e: ID!) { dockingEvent(id: $e) { meetings { id startsAt endsAt table parties { id } } } }": types.RoundTablesMeetingsDocument,
    "mutation RoundTablesBook($id: ID!, $at: DateTime!, $t: String!) { bookMeeting(requestId: $id, startsAt: $at, table: $t) { id startsAt table } }": types.RoundTablesBookDocument,
    "mutation RoundTablesCheckIn($e: ID!, $f: ID) { checkInFirm(eventId: $e, enterpriseId: $f) { __typename } }": types.RoundTablesCheckInDocument,
    "mutation RoundTablesWalkIn($e: ID!, $input: WalkInMeetingInput!) { addWalkInMeeting(eventId: $e, input: $input) { id } }": types.RoundTablesWalkInDocument,
    "query RoundTablesReport($e: ID!) { eventReport(eventId: $e) { roundTables { roundTables seats seatsTaken hosts seatedFirms } } }": types.RoundTablesReportDocument,
    "mutation RoundTablesAddSession($e: ID!, $i: MeetingSessionInput!) { addMeetingSession(eventId: $e, input: $i) { id } }": types.RoundTablesAddSessionDocument,
    "mutation RoundTablesPublish($e: ID!) { publishSchedule(eventId: $e) { id } }": types.RoundTablesPublishDocument,
    "query ScheduleLocksMeetings($id: ID!) { dockingEvent(id: $id) { meetings { id startsAt table published locked parties { id name } request { id } } } }": types.ScheduleLocksMeetingsDocument,
    "mutation ScheduleLocksLock($id: ID!) { lockMeeting(id: $id) { id locked startsAt table } }": types.ScheduleLocksLockDocument,
    "mutation ScheduleLocksUnlock($id: ID!) { unlockMeeting(id: $id) { id locked } }": types.ScheduleLocksUnlockDocument,
    "mutation ScheduleLocksMove($id: ID!, $s: DateTime!, $t: String!) { moveMeeting(id: $id, startsAt: $s, table: $t) { id startsAt table locked } }": types.ScheduleLocksMoveDocument,
    "query ScheduleLocksInbox { notifications(first: 50) { edges { node { kind body data } } } }": types.ScheduleLocksInboxDocument,
    "mutation ScheduleLocksAddSession($e: ID!, $i: MeetingSessionInput!) { addMeetingSession(eventId: $e, input: $i) { id } }": types.ScheduleLocksAddSessionDocument,
    "mutation ScheduleLocksPublish($e: ID!) { publishSchedule(eventId: $e) { id } }": types.ScheduleLocksPublishDocument,
    "mutation ScheduleThreadAddSession($e: ID!, $i: MeetingSessionInput!) { addMeetingSession(eventId: $e, input: $i) { id } }": types.ScheduleThreadAddSessionDocument,
    "subscription SubscriptionsNotificationReceived { notificationReceived { id kind title body } }": types.SubscriptionsNotificationReceivedDocument,
    "query SubscriptionsNotifications { notifications { totalCount edges { node { kind body } } } }": types.SubscriptionsNotificationsDocument,
    "mutation SubscriptionsCreateWebhook { createWebhook(input: { url: \"http://127.0.0.1:9/x\", kinds: [\"MATCH_SUGGESTED\"] }) { secret } }": types.SubscriptionsCreateWebhookDocument,
    "mutation AccessFixtureAddMeetingSession($e: ID!, $input: MeetingSessionInput!) { addMeetingSession(eventId: $e, input: $input) { id } }": types.AccessFixtureAddMeetingSessionDocument,
    "mutation AccessFixtureRegisterForEvent($e: ID!, $l: [ID!]) { registerForEvent(eventId: $e, listingIds: $l) { id } }": types.AccessFixtureRegisterForEventDocument,
    "mutation AccessFixtureReviewRegistration($id: ID!) { reviewRegistration(id: $id, approve: true) { id } }": types.AccessFixtureReviewRegistrationDocument,
    "mutation AccessFixturePublishSchedule($e: ID!) { publishSchedule(eventId: $e) { id } }": types.AccessFixturePublishScheduleDocument,
    "query AccessFixtureDockingEvent($id: ID!) { dockingEvent(id: $id) { meetings { id parties { id } } } }": types.AccessFixtureDockingEventDocument,
    "mutation AccessFixtureRateMeeting($m: ID!, $r: MeetingRating!, $c: String) { rateMeeting(meetingId: $m, rating: $r, comment: $c) { id } }": types.AccessFixtureRateMeetingDocument,
    "mutation AccessFixtureRecordDeal($i: RecordDealInput!) { recordDeal(input: $i) { id } }": types.AccessFixtureRecordDealDocument,
    "mutation SupportLogIn { logIn(input: { email: \"admin@duijie.test\", password: \"admin-test-password\" }) { accessToken } }": types.SupportLogInDocument,
    "mutation SupportGrantRole($id: ID!) { grantRole(userId: $id, role: ORGANISER) { id } }": types.SupportGrantRoleDocument,
    "mutation SupportCreateDockingEvent($input: CreateDockingEventInput!) { createDockingEvent(input: $input) { id } }": types.SupportCreateDockingEventDocument,
    "mutation SupportRegisterForEvent($e: ID!) { registerForEvent(eventId: $e) { id status } }": types.SupportRegisterForEventDocument,
    "mutation SupportReviewRegistration($id: ID!) { reviewRegistration(id: $id, approve: true) { id } }": types.SupportReviewRegistrationDocument,
    "mutation SupportRequestMeeting($e: ID!, $input: MeetingRequestInput!) { requestMeeting(eventId: $e, input: $input) { id status mutual tableTags message } }": types.SupportRequestMeetingDocument,
    "mutation SupportRespondToMeetingRequest($id: ID!, $a: Boolean!) { respondToMeetingRequest(id: $id, accept: $a) { id status } }": types.SupportRespondToMeetingRequestDocument,
    "query SupportScheduleRun($id: ID!) { scheduleRun(id: $id) { id status placed unplaced objective upperBound solveMillis error unplacedRequests { reason detail request { id } } } }": types.SupportScheduleRunDocument,
    "mutation SupportScheduleMeetings($e: ID!) { scheduleMeetings(eventId: $e) { id status } }": types.SupportScheduleMeetingsDocument,
    "mutation SupportSignUp($input: SignUpInput!) { signUp(input: $input) { accessToken user { id } } }": types.SupportSignUpDocument,
    "mutation SupportRegisterEnterprise($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { id name creditCode } }": types.SupportRegisterEnterpriseDocument,
    "fragment ListingFields on Listing { id kind title description quantity unit priceMin priceMax priceNegotiable certifications validUntil status confidential matchingStatus createdAt updatedAt category { code name } region { code name } enterprise { id name } }": types.ListingFieldsFragmentDoc,
    "mutation SupportCreateListing($input: CreateListingInput!) { createListing(input: $input) { ...ListingFields } }": types.SupportCreateListingDocument,
    "query SupportMatchedListing($id: ID!) { listing(id: $id) { matchingStatus } }": types.SupportMatchedListingDocument,
    "query SupportMatchSuggestions($id: ID!, $first: Int, $after: String) { matchSuggestions(listingId: $id, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id score supplyDecision demandDecision reasons { code contribution detail } supply { id title enterprise { id } } demand { id title confidential enterprise { id } } } } } }": types.SupportMatchSuggestionsDocument,
    "mutation WebhooksCreateWebhook2($input: CreateWebhookInput!) { createWebhook(input: $input) { secret webhook { id url kinds enabled } } }": types.WebhooksCreateWebhook2Document,
    "query WebhooksWebhookDeliveries2($id: ID!) { webhookDeliveries(webhookId: $id) { totalCount edges { node { status attempts lastStatusCode lastError deliveredAt } } } }": types.WebhooksWebhookDeliveries2Document,
    "query WebhooksWebhooks2 { webhooks { id url } }": types.WebhooksWebhooks2Document,
    "mutation WebhooksDeleteWebhook($id: ID!) { deleteWebhook(id: $id) }": types.WebhooksDeleteWebhookDocument,
    "query WebhooksRaceList { webhooks { id } }": types.WebhooksRaceListDocument,
    "mutation WorkerCloseListing($id: ID!) { closeListing(id: $id) { id } }": types.WorkerCloseListingDocument,
    "query WorkerListing($id: ID!) { listing(id: $id) { status } }": types.WorkerListingDocument,
    "query WorkerEnterprise($id: ID!) { enterprise(id: $id) { listings(status: EXPIRED) { totalCount } } }": types.WorkerEnterpriseDocument,
    "mutation WorkerUpdateListing($id: ID!) { updateListing(id: $id, input: { validUntil: \"2099-01-01\" }) { status validUntil } }": types.WorkerUpdateListingDocument,
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
export function graphql(source: "mutation AccountsSignUp($input: SignUpInput!) { signUp(input: $input) { accessToken user { id email displayName role enterprise { id } } } }"): (typeof documents)["mutation AccountsSignUp($input: SignUpInput!) { signUp(input: $input) { accessToken user { id email displayName role enterprise { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountsLogIn($input: LogInInput!) { logIn(input: $input) { accessToken user { id role } } }"): (typeof documents)["mutation AccountsLogIn($input: LogInInput!) { logIn(input: $input) { accessToken user { id role } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountsGrantRole($id: ID!, $role: Role!) { grantRole(userId: $id, role: $role) { id role } }"): (typeof documents)["mutation AccountsGrantRole($id: ID!, $role: Role!) { grantRole(userId: $id, role: $role) { id role } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountsChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { accessToken user { id } } }"): (typeof documents)["mutation AccountsChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { accessToken user { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountsLogOutEverywhere { logOutEverywhere }"): (typeof documents)["mutation AccountsLogOutEverywhere { logOutEverywhere }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccountsWho { me { id } }"): (typeof documents)["query AccountsWho { me { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccountsMe { me { id email displayName } }"): (typeof documents)["query AccountsMe { me { id email displayName } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccountsMe2 { me { id } }"): (typeof documents)["query AccountsMe2 { me { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccountsMe3 { me { role } }"): (typeof documents)["query AccountsMe3 { me { role } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApiExamplesLogIn($e: String!, $p: String!) { logIn(input: { email: $e, password: $p }) { accessToken } }"): (typeof documents)["mutation ApiExamplesLogIn($e: String!, $p: String!) { logIn(input: { email: $e, password: $p }) { accessToken } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiExamplesMe { me { enterprise { id listings(first: 1) { edges { node { id } } } } } }"): (typeof documents)["query ApiExamplesMe { me { enterprise { id listings(first: 1) { edges { node { id } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiExamplesDockingEvents { dockingEvents(first: 100) { edges { node { id title } } } }"): (typeof documents)["query ApiExamplesDockingEvents { dockingEvents(first: 100) { edges { node { id title } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleCreateCalendarFeed { createCalendarFeed { key createdAt } }"): (typeof documents)["mutation ConsoleCreateCalendarFeed { createCalendarFeed { key createdAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConsoleCalendarFeed { calendarFeed { key } }"): (typeof documents)["query ConsoleCalendarFeed { calendarFeed { key } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleCreateCalendarFeed2 { createCalendarFeed { key } }"): (typeof documents)["mutation ConsoleCreateCalendarFeed2 { createCalendarFeed { key } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleLogOutEverywhere { logOutEverywhere }"): (typeof documents)["mutation ConsoleLogOutEverywhere { logOutEverywhere }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleLogInAgain($input: LogInInput!) { logIn(input: $input) { accessToken } }"): (typeof documents)["mutation ConsoleLogInAgain($input: LogInInput!) { logIn(input: $input) { accessToken } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConsoleCalendarFeedAfter { calendarFeed { key } }"): (typeof documents)["query ConsoleCalendarFeedAfter { calendarFeed { key } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleRevokeCalendarFeed { revokeCalendarFeed }"): (typeof documents)["mutation ConsoleRevokeCalendarFeed { revokeCalendarFeed }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleRevokeCalendarFeedAgain { revokeCalendarFeed }"): (typeof documents)["mutation ConsoleRevokeCalendarFeedAgain { revokeCalendarFeed }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConsoleRegions { regions { code name } }"): (typeof documents)["query ConsoleRegions { regions { code name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConsoleRegions2 { regions(parentCode: \"520300\") { code name } }"): (typeof documents)["query ConsoleRegions2 { regions(parentCode: \"520300\") { code name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DealReviewRecordDeal($input: RecordDealInput!) { recordDeal(input: $input) { id reportStatus } }"): (typeof documents)["mutation DealReviewRecordDeal($input: RecordDealInput!) { recordDeal(input: $input) { id reportStatus } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DealReviewConfirmDeal($id: ID!) { confirmDeal(id: $id) { id confirmed reportStatus } }"): (typeof documents)["mutation DealReviewConfirmDeal($id: ID!) { confirmDeal(id: $id) { id confirmed reportStatus } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DealReviewAdvance($id: ID!, $s: DealStage!, $a: Decimal) { advanceDeal(id: $id, stage: $s, amountCny: $a) { id } }"): (typeof documents)["mutation DealReviewAdvance($id: ID!, $s: DealStage!, $a: Decimal) { advanceDeal(id: $id, stage: $s, amountCny: $a) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DealReviewReview($id: ID!, $r: DealReview!, $note: String) { reviewDealForReport(id: $id, review: $r, note: $note) { id reportStatus reportReviewNote } }"): (typeof documents)["mutation DealReviewReview($id: ID!, $r: DealReview!, $note: String) { reviewDealForReport(id: $id, review: $r, note: $note) { id reportStatus reportReviewNote } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DealReviewFunnel($e: ID!) { eventReport(eventId: $e) { funnel { intents signed signedAmountCny dealsAwaitingReview } bySector { contracts amountCny } } }"): (typeof documents)["query DealReviewFunnel($e: ID!) { eventReport(eventId: $e) { funnel { intents signed signedAmountCny dealsAwaitingReview } bySector { contracts amountCny } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DealReviewMySales { myConfirmedSales { dealId amountCny } }"): (typeof documents)["query DealReviewMySales { myConfirmedSales { dealId amountCny } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DealReviewDeals($e: ID!) { dockingEvent(id: $e) { deals { id reportStatus reportReviewNote } } }"): (typeof documents)["query DealReviewDeals($e: ID!) { dockingEvent(id: $e) { deals { id reportStatus reportReviewNote } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemoDockingEvent($id: ID!) { dockingEvent(id: $id) { id title sectors startsAt endsAt registrationClosesAt categories { code } registrations { status enterprise { id name sector categories { code } } } meetingRequests { status matchScore requester { id name } invitee { id name } matchSuggestion { id score supply { enterprise { id } } demand { enterprise { id } } } } } }"): (typeof documents)["query DemoDockingEvent($id: ID!) { dockingEvent(id: $id) { id title sectors startsAt endsAt registrationClosesAt categories { code } registrations { status enterprise { id name sector categories { code } } } meetingRequests { status matchScore requester { id name } invitee { id name } matchSuggestion { id score supply { enterprise { id } } demand { enterprise { id } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DemoLogIn($e: String!, $p: String!) { logIn(input: { email: $e, password: $p }) { accessToken } }"): (typeof documents)["mutation DemoLogIn($e: String!, $p: String!) { logIn(input: { email: $e, password: $p }) { accessToken } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemoDockingEvents { dockingEvents(first: 100) { edges { node { id title } } } }"): (typeof documents)["query DemoDockingEvents { dockingEvents(first: 100) { edges { node { id title } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DemoRegisterForEvent($e: ID!) { registerForEvent(eventId: $e) { status } }"): (typeof documents)["mutation DemoRegisterForEvent($e: ID!) { registerForEvent(eventId: $e) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemoEventReport($id: ID!) { eventReport(eventId: $id) { funnel { accepted placed held intents signed signedAmountCny } } }"): (typeof documents)["query DemoEventReport($id: ID!) { eventReport(eventId: $id) { funnel { accepted placed held intents signed signedAmountCny } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemoDockingEvent2($id: ID!) { dockingEvent(id: $id) { meetings { published } } }"): (typeof documents)["query DemoDockingEvent2($id: ID!) { dockingEvent(id: $id) { meetings { published } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemoEventReport2($id: ID!) { eventReport(eventId: $id) { funnel { placed signed } } }"): (typeof documents)["query DemoEventReport2($id: ID!) { eventReport(eventId: $id) { funnel { placed signed } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemoRoundTables($id: ID!) { dockingEvent(id: $id) { roundTables(first: 10) { topic capacity seatsTaken startsAt endsAt table host { name } seats { id } } meetings(first: 500) { startsAt endsAt table parties { id } } } }"): (typeof documents)["query DemoRoundTables($id: ID!) { dockingEvent(id: $id) { roundTables(first: 10) { topic capacity seatsTaken startsAt endsAt table host { name } seats { id } } meetings(first: 500) { startsAt endsAt table parties { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemoTechnologyResults { technologyResults(mine: true) { edges { node { id title } } } }"): (typeof documents)["query DemoTechnologyResults { technologyResults(mine: true) { edges { node { id title } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemoTechnologyResultMatches($id: ID!) { technologyResultMatches(resultId: $id) { reasons { met text } need { title enterprise { name } } } }"): (typeof documents)["query DemoTechnologyResultMatches($id: ID!) { technologyResultMatches(resultId: $id) { reasons { met text } need { title enterprise { name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemoTechnologyReport($e: ID!) { eventReport(eventId: $e) { technologyContracts { contracts amountCny } } }"): (typeof documents)["query DemoTechnologyReport($e: ID!) { eventReport(eventId: $e) { technologyContracts { contracts amountCny } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemoPolicies { policies(issuedByMe: true) { edges { node { id title regionNames rules { description } event { title } applications { totalCount edges { node { status enterprise { id } } } } } } } }"): (typeof documents)["query DemoPolicies { policies(issuedByMe: true) { edges { node { id title regionNames rules { description } event { title } applications { totalCount edges { node { status enterprise { id } } } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemoBankMe { me { enterprise { id } } }"): (typeof documents)["query DemoBankMe { me { enterprise { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemoBankProducts($l: ID!) { financingProducts(lenderEnterpriseId: $l) { edges { node { id name } } } }"): (typeof documents)["query DemoBankProducts($l: ID!) { financingProducts(lenderEnterpriseId: $l) { edges { node { id name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemoBankMatches($p: ID!) { financingMatchesForProduct(productId: $p) { edges { node { eligible score conditions { detail } need { enterprise { name } event { title } sharedDeals { counterpartName amountCny stage } } } } } }"): (typeof documents)["query DemoBankMatches($p: ID!) { financingMatchesForProduct(productId: $p) { edges { node { eligible score conditions { detail } need { enterprise { name } event { title } sharedDeals { counterpartName amountCny stage } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemoMe { me { email enterprise { name } } }"): (typeof documents)["query DemoMe { me { email enterprise { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemoInvestment { investmentProjects(mine: true) { edges { node { title stage plannedInvestmentCny region { name } } } } investmentPipeline { edges { node { stage landedAmountCny candidate { name } project { title } } } } }"): (typeof documents)["query DemoInvestment { investmentProjects(mine: true) { edges { node { title stage plannedInvestmentCny region { name } } } } investmentPipeline { edges { node { stage landedAmountCny candidate { name } project { title } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemoInvestmentContacts { myInvestmentContacts { edges { node { stage } } } }"): (typeof documents)["query DemoInvestmentContacts { myInvestmentContacts { edges { node { stage } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EmailSetEmailNotificationKinds { setEmailNotificationKinds(kinds: [\"MATCH_SUGGESTED\"]) { id emailNotificationKinds } }"): (typeof documents)["mutation EmailSetEmailNotificationKinds { setEmailNotificationKinds(kinds: [\"MATCH_SUGGESTED\"]) { id emailNotificationKinds } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EmailSetEmailNotificationKinds2 { setEmailNotificationKinds(kinds: [\"SPAM\"]) { id } }"): (typeof documents)["mutation EmailSetEmailNotificationKinds2 { setEmailNotificationKinds(kinds: [\"SPAM\"]) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EnterprisesRegisterEnterprise($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { id name creditCode sector region { code name fullName parent { code name } } categories { code name } } }"): (typeof documents)["mutation EnterprisesRegisterEnterprise($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { id name creditCode sector region { code name fullName parent { code name } } categories { code name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EnterprisesUpdateEnterprise($id: ID!, $input: UpdateEnterpriseInput!) { updateEnterprise(id: $id, input: $input) { id name description categories { code } } }"): (typeof documents)["mutation EnterprisesUpdateEnterprise($id: ID!, $input: UpdateEnterpriseInput!) { updateEnterprise(id: $id, input: $input) { id name description categories { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EnterprisesMe { me { enterprise { id name } } }"): (typeof documents)["query EnterprisesMe { me { enterprise { id name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EnterprisesMe2 { me { enterprise { id } } }"): (typeof documents)["query EnterprisesMe2 { me { enterprise { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EnterprisesEnterprise($id: ID!) { enterprise(id: $id) { name } }"): (typeof documents)["query EnterprisesEnterprise($id: ID!) { enterprise(id: $id) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EnterprisesEnterprise2($id: ID!) { enterprise(id: $id) { name contactName contactPhone } }"): (typeof documents)["query EnterprisesEnterprise2($id: ID!) { enterprise(id: $id) { name contactName contactPhone } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EnterprisesChainCategories { liquor: chainCategories(sector: LIQUOR_TOBACCO) { code } supporting: chainCategories(sector: SUPPORTING) { code group } glass: chainCategory(code: \"3055\") { name group downstream { code name } } baijiu: chainCategory(code: \"1512\") { upstream { code } } none: chainCategory(code: \"9999\") { code } county: region(code: \"520381\") { name fullName } unknown: region(code: \"999999\") { name } }"): (typeof documents)["query EnterprisesChainCategories { liquor: chainCategories(sector: LIQUOR_TOBACCO) { code } supporting: chainCategories(sector: SUPPORTING) { code group } glass: chainCategory(code: \"3055\") { name group downstream { code name } } baijiu: chainCategory(code: \"1512\") { upstream { code } } none: chainCategory(code: \"9999\") { code } county: region(code: \"520381\") { name fullName } unknown: region(code: \"999999\") { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EventDayCheckInFirm($e: ID!, $code: String, $f: ID) { checkInFirm(eventId: $e, code: $code, enterpriseId: $f) {\n  alreadyCheckedIn message attendee { registrationId checkedInAt enterprise { id name } } } }"): (typeof documents)["mutation EventDayCheckInFirm($e: ID!, $code: String, $f: ID) { checkInFirm(eventId: $e, code: $code, enterpriseId: $f) {\n  alreadyCheckedIn message attendee { registrationId checkedInAt enterprise { id name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EventDayMyCheckIn($e: ID!) { myCheckIn(eventId: $e) { code checkedInAt } }"): (typeof documents)["query EventDayMyCheckIn($e: ID!) { myCheckIn(eventId: $e) { code checkedInAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EventDayEventAttendees($e: ID!, $s: String, $first: Int, $after: String) { eventAttendees(eventId: $e, search: $s, first: $first, after: $after) {\n  totalCount pageInfo { hasNextPage endCursor } edges { node { checkedInAt enterprise { id name } } } } }"): (typeof documents)["query EventDayEventAttendees($e: ID!, $s: String, $first: Int, $after: String) { eventAttendees(eventId: $e, search: $s, first: $first, after: $after) {\n  totalCount pageInfo { hasNextPage endCursor } edges { node { checkedInAt enterprise { id name } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EventDayMarkMeetingAttendance($meeting: ID!, $o: AttendanceOutcome!, $absent: [ID!]) { markMeetingAttendance(meetingId: $meeting, outcome: $o, absentEnterpriseIds: $absent) {\n  id attendance { status partiesDisagree decidedByOrganiser absent { id } } } }"): (typeof documents)["mutation EventDayMarkMeetingAttendance($meeting: ID!, $o: AttendanceOutcome!, $absent: [ID!]) { markMeetingAttendance(meetingId: $meeting, outcome: $o, absentEnterpriseIds: $absent) {\n  id attendance { status partiesDisagree decidedByOrganiser absent { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EventDayAddWalkInMeeting($e: ID!, $input: WalkInMeetingInput!) { addWalkInMeeting(eventId: $e, input: $input) { id table startsAt published walkIn parties { id } } }"): (typeof documents)["mutation EventDayAddWalkInMeeting($e: ID!, $input: WalkInMeetingInput!) { addWalkInMeeting(eventId: $e, input: $input) { id table startsAt published walkIn parties { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EventDayEventFloor($e: ID!) { eventFloor(eventId: $e) { now nextSlotStartsAt noShows checkIns { approved checkedIn }\n  slot { startsAt endsAt session current }\n  tables { table meeting { id walkIn parties { id } attendance { status absent { id } } } } } }"): (typeof documents)["query EventDayEventFloor($e: ID!) { eventFloor(eventId: $e) { now nextSlotStartsAt noShows checkIns { approved checkedIn }\n  slot { startsAt endsAt session current }\n  tables { table meeting { id walkIn parties { id } attendance { status absent { id } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EventDayBookMeeting($id: ID!, $at: DateTime!, $t: String!) { bookMeeting(requestId: $id, startsAt: $at, table: $t) { id } }"): (typeof documents)["mutation EventDayBookMeeting($id: ID!, $at: DateTime!, $t: String!) { bookMeeting(requestId: $id, startsAt: $at, table: $t) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EventDayRegisterForEvent($e: ID!) { registerForEvent(eventId: $e) { id } }"): (typeof documents)["mutation EventDayRegisterForEvent($e: ID!) { registerForEvent(eventId: $e) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EventDayReviewRegistration($id: ID!) { reviewRegistration(id: $id, approve: true) { id } }"): (typeof documents)["mutation EventDayReviewRegistration($id: ID!) { reviewRegistration(id: $id, approve: true) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EventDayAddMeetingSession($e: ID!, $input: MeetingSessionInput!) { addMeetingSession(eventId: $e, input: $input) { id } }"): (typeof documents)["mutation EventDayAddMeetingSession($e: ID!, $input: MeetingSessionInput!) { addMeetingSession(eventId: $e, input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EventDayPublishSchedule($e: ID!) { publishSchedule(eventId: $e) { id } }"): (typeof documents)["mutation EventDayPublishSchedule($e: ID!) { publishSchedule(eventId: $e) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EventDayCheckInSummary($e: ID!) { checkInSummary(eventId: $e) { approved checkedIn } }"): (typeof documents)["query EventDayCheckInSummary($e: ID!) { checkInSummary(eventId: $e) { approved checkedIn } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EventDayReviewRegistration2($id: ID!) { reviewRegistration(id: $id, approve: false) { id } }"): (typeof documents)["mutation EventDayReviewRegistration2($id: ID!) { reviewRegistration(id: $id, approve: false) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EventDayMyAgenda($e: ID!) { myAgenda(eventId: $e) { id attendance { status } } }"): (typeof documents)["query EventDayMyAgenda($e: ID!) { myAgenda(eventId: $e) { id attendance { status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EventDayMyAgenda2($e: ID!) { myAgenda(eventId: $e) { id walkIn } }"): (typeof documents)["query EventDayMyAgenda2($e: ID!) { myAgenda(eventId: $e) { id walkIn } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EventDayRateMeeting($meeting: ID!) { rateMeeting(meetingId: $meeting, rating: INFORMATIVE) { id } }"): (typeof documents)["mutation EventDayRateMeeting($meeting: ID!) { rateMeeting(meetingId: $meeting, rating: INFORMATIVE) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EventDayEventReport($e: ID!) { eventReport(eventId: $e) { funnel { approved placed checkedIn held noShows walkIns } } }"): (typeof documents)["query EventDayEventReport($e: ID!) { eventReport(eventId: $e) { funnel { approved placed checkedIn held noShows walkIns } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EventEditingUpdateDockingEvent($id: ID!, $input: UpdateDockingEventInput!) {\n  updateDockingEvent(id: $id, input: $input) {\n    id title venue startsAt endsAt slotMinutes maxRequestsPerFirm registrationClosesAt sectors\n    tables { label tags } categories { code }\n  }\n}"): (typeof documents)["mutation EventEditingUpdateDockingEvent($id: ID!, $input: UpdateDockingEventInput!) {\n  updateDockingEvent(id: $id, input: $input) {\n    id title venue startsAt endsAt slotMinutes maxRequestsPerFirm registrationClosesAt sectors\n    tables { label tags } categories { code }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EventEditingAddMeetingSession($e: ID!, $input: MeetingSessionInput!) { addMeetingSession(eventId: $e, input: $input) { id } }"): (typeof documents)["mutation EventEditingAddMeetingSession($e: ID!, $input: MeetingSessionInput!) { addMeetingSession(eventId: $e, input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EventEditingBookMeeting($id: ID!, $s: DateTime!, $t: String!) { bookMeeting(requestId: $id, startsAt: $s, table: $t) { id } }"): (typeof documents)["mutation EventEditingBookMeeting($id: ID!, $s: DateTime!, $t: String!) { bookMeeting(requestId: $id, startsAt: $s, table: $t) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EventEditingCreateRoundTable($e: ID!, $i: RoundTableInput!) { createRoundTable(eventId: $e, input: $i) { id } }"): (typeof documents)["mutation EventEditingCreateRoundTable($e: ID!, $i: RoundTableInput!) { createRoundTable(eventId: $e, input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EventEditingDockingEvent($id: ID!) { dockingEvent(id: $id) { title venue maxRequestsPerFirm } }"): (typeof documents)["query EventEditingDockingEvent($id: ID!) { dockingEvent(id: $id) { title venue maxRequestsPerFirm } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EventEditingDockingEvents($after: String) { dockingEvents(first: 2, after: $after, organisedByMe: true) {\n      totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }"): (typeof documents)["query EventEditingDockingEvents($after: String) { dockingEvents(first: 2, after: $after, organisedByMe: true) {\n      totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EventEditingDockingEvent2($id: ID!) { dockingEvent(id: $id) { sessions { slots } } }"): (typeof documents)["query EventEditingDockingEvent2($id: ID!) { dockingEvent(id: $id) { sessions { slots } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EventsCreateDockingEvent($input: CreateDockingEventInput!) { createDockingEvent(input: $input) { id title sectors slotMinutes tables { label tags } categories { code } startsAt } }"): (typeof documents)["mutation EventsCreateDockingEvent($input: CreateDockingEventInput!) { createDockingEvent(input: $input) { id title sectors slotMinutes tables { label tags } categories { code } startsAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EventsGrantRole($id: ID!) { grantRole(userId: $id, role: ORGANISER) { id } }"): (typeof documents)["mutation EventsGrantRole($id: ID!) { grantRole(userId: $id, role: ORGANISER) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EventsDockingEvent($id: ID!) { dockingEvent(id: $id) { title venue } }"): (typeof documents)["query EventsDockingEvent($id: ID!) { dockingEvent(id: $id) { title venue } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EventsDockingEvents { dockingEvents(first: 100) { edges { node { id title } } } }"): (typeof documents)["query EventsDockingEvents { dockingEvents(first: 100) { edges { node { id title } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EventsDockingEvent2($id: ID!) { dockingEvent(id: $id) { sessions { title slots } registrations { status enterprise { name } } } }"): (typeof documents)["query EventsDockingEvent2($id: ID!) { dockingEvent(id: $id) { sessions { title slots } registrations { status enterprise { name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EventsLogIn($p: String!) { logIn(input: { email: \"jiang1@demo.duijie.cn\", password: $p }) { accessToken } }"): (typeof documents)["mutation EventsLogIn($p: String!) { logIn(input: { email: \"jiang1@demo.duijie.cn\", password: $p }) { accessToken } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EventsMe { me { enterprise { name listings { totalCount } } } }"): (typeof documents)["query EventsMe { me { enterprise { name listings { totalCount } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FinanceVerifyEnterprise($id: ID!, $t: ParticipantType) { verifyEnterprise(id: $id, participantType: $t) { id participantType verificationStatus } }"): (typeof documents)["mutation FinanceVerifyEnterprise($id: ID!, $t: ParticipantType) { verifyEnterprise(id: $id, participantType: $t) { id participantType verificationStatus } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FinanceCreateFinancingProduct($input: FinancingProductInput!) { createFinancingProduct(input: $input) { id name status lender { id } } }"): (typeof documents)["mutation FinanceCreateFinancingProduct($input: FinancingProductInput!) { createFinancingProduct(input: $input) { id name status lender { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FinanceUpdateFinancingProduct($id: ID!, $input: FinancingProductInput!) { updateFinancingProduct(id: $id, input: $input) { id status } }"): (typeof documents)["mutation FinanceUpdateFinancingProduct($id: ID!, $input: FinancingProductInput!) { updateFinancingProduct(id: $id, input: $input) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FinanceCreateFinancingNeed($input: FinancingNeedInput!) { createFinancingNeed(input: $input) { id sector regionCode confidential } }"): (typeof documents)["mutation FinanceCreateFinancingNeed($input: FinancingNeedInput!) { createFinancingNeed(input: $input) { id sector regionCode confidential } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FinanceFinancingNeed($id: ID!) { financingNeed(id: $id) { id purpose sharedDeals { dealId counterpartName amountCny stage } dealShares { id withdrawnAt } } }"): (typeof documents)["query FinanceFinancingNeed($id: ID!) { financingNeed(id: $id) { id purpose sharedDeals { dealId counterpartName amountCny stage } dealShares { id withdrawnAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FinanceMatchesForNeed($id: ID!, $all: Boolean) { financingMatchesForNeed(needId: $id, includeIneligible: $all) { totalCount edges { node { eligible score product { id name } conditions { code met detail } } } } }"): (typeof documents)["query FinanceMatchesForNeed($id: ID!, $all: Boolean) { financingMatchesForNeed(needId: $id, includeIneligible: $all) { totalCount edges { node { eligible score product { id name } conditions { code met detail } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FinanceMatchesForProduct($id: ID!) { financingMatchesForProduct(productId: $id) { totalCount edges { node { eligible score need { id purpose sharedDeals { dealId counterpartName amountCny } } } } } }"): (typeof documents)["query FinanceMatchesForProduct($id: ID!) { financingMatchesForProduct(productId: $id) { totalCount edges { node { eligible score need { id purpose sharedDeals { dealId counterpartName amountCny } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FinanceShareDealsWithLender($input: ShareDealsWithLenderInput!) { shareDealsWithLender(input: $input) { id dealIds withdrawnAt lender { id } } }"): (typeof documents)["mutation FinanceShareDealsWithLender($input: ShareDealsWithLenderInput!) { shareDealsWithLender(input: $input) { id dealIds withdrawnAt lender { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FinanceWithdrawDealShare($id: ID!) { withdrawDealShare(id: $id) { id withdrawnAt } }"): (typeof documents)["mutation FinanceWithdrawDealShare($id: ID!) { withdrawDealShare(id: $id) { id withdrawnAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FinanceRecordLoanOutcome($n: ID!, $p: ID!, $s: LoanStage!, $a: Decimal) { recordLoanOutcome(needId: $n, productId: $p, stage: $s, amountCny: $a) { loanStage loanAmountCny } }"): (typeof documents)["mutation FinanceRecordLoanOutcome($n: ID!, $p: ID!, $s: LoanStage!, $a: Decimal) { recordLoanOutcome(needId: $n, productId: $p, stage: $s, amountCny: $a) { loanStage loanAmountCny } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FinanceEventReport($e: ID!) { eventReport(eventId: $e) { loans { needs needAmountCny matchedNeeds loans amountCny bySector { key name loans amountCny } byRegion { key name loans amountCny } } } }"): (typeof documents)["query FinanceEventReport($e: ID!) { eventReport(eventId: $e) { loans { needs needAmountCny matchedNeeds loans amountCny bySector { key name loans amountCny } byRegion { key name loans amountCny } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FinanceNotifications { notifications(first: 20) { edges { node { kind title } } } }"): (typeof documents)["query FinanceNotifications { notifications(first: 20) { edges { node { kind title } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FinanceRecordDeal($input: RecordDealInput!) { recordDeal(input: $input) { id } }"): (typeof documents)["mutation FinanceRecordDeal($input: RecordDealInput!) { recordDeal(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FinanceConfirmDeal($id: ID!) { confirmDeal(id: $id) { id agreedStage } }"): (typeof documents)["mutation FinanceConfirmDeal($id: ID!) { confirmDeal(id: $id) { id agreedStage } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FinanceRegisterForEvent($e: ID!) { registerForEvent(eventId: $e) { id } }"): (typeof documents)["mutation FinanceRegisterForEvent($e: ID!) { registerForEvent(eventId: $e) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FinanceReviewRegistration($id: ID!) { reviewRegistration(id: $id, approve: true) { id } }"): (typeof documents)["mutation FinanceReviewRegistration($id: ID!) { reviewRegistration(id: $id, approve: true) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImportsLayoutsPreviewListingImport($id: ID!, $corrections: [ImportCorrectionInput!]) { previewListingImport(id: $id, corrections: $corrections) { id total accepted rejected rows { row outcome kind title categoryCode regionCode quantity unit priceMin priceMax validUntil description inferredCategory { code name confidence } errors { column message } warnings { column message } } } }"): (typeof documents)["query ImportsLayoutsPreviewListingImport($id: ID!, $corrections: [ImportCorrectionInput!]) { previewListingImport(id: $id, corrections: $corrections) { id total accepted rejected rows { row outcome kind title categoryCode regionCode quantity unit priceMin priceMax validUntil description inferredCategory { code name confidence } errors { column message } warnings { column message } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ImportsLayoutsCommitListingImport($id: ID!, $corrections: [ImportCorrectionInput!]) { commitListingImport(id: $id, corrections: $corrections) { status total created failed rows { row outcome listingId errors { column message } } } }"): (typeof documents)["mutation ImportsLayoutsCommitListingImport($id: ID!, $corrections: [ImportCorrectionInput!]) { commitListingImport(id: $id, corrections: $corrections) { status total created failed rows { row outcome listingId errors { column message } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImportsLayoutsListings { listings(first: 1) { totalCount } }"): (typeof documents)["query ImportsLayoutsListings { listings(first: 1) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImportsLayoutsListing($id: ID!) { listing(id: $id) { category { code } enterprise { name region { code } contactName contactPhone } } }"): (typeof documents)["query ImportsLayoutsListing($id: ID!) { listing(id: $id) { category { code } enterprise { name region { code } contactName contactPhone } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImportsLayoutsListing2($id: ID!) { listing(id: $id) { kind category { code } quantity unit priceMin priceMax validUntil region { code } } }"): (typeof documents)["query ImportsLayoutsListing2($id: ID!) { listing(id: $id) { kind category { code } quantity unit priceMin priceMax validUntil region { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImportsLayoutsListing3($id: ID!) { listing(id: $id) { category { code } validUntil region { code } } }"): (typeof documents)["query ImportsLayoutsListing3($id: ID!) { listing(id: $id) { category { code } validUntil region { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ImportsLayoutsCommitListingImport2($id: ID!, $corrections: [ImportCorrectionInput!]) { commitListingImport(id: $id, corrections: $corrections) { status created rows { sheet row outcome } } }"): (typeof documents)["mutation ImportsLayoutsCommitListingImport2($id: ID!, $corrections: [ImportCorrectionInput!]) { commitListingImport(id: $id, corrections: $corrections) { status created rows { sheet row outcome } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ImportsLayoutsCommitPanzhou($id: ID!) { commitListingImport(id: $id) { status created failed rows { sheet row outcome listingId } } }"): (typeof documents)["mutation ImportsLayoutsCommitPanzhou($id: ID!) { commitListingImport(id: $id) { status created failed rows { sheet row outcome listingId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImportsLayoutsPanzhouListing($id: ID!) { listing(id: $id) { enterprise { id creditCode region { code } } } }"): (typeof documents)["query ImportsLayoutsPanzhouListing($id: ID!) { listing(id: $id) { enterprise { id creditCode region { code } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImportsLayoutsListValidity($id: ID!) { listing(id: $id) { quantity unit validUntil } }"): (typeof documents)["query ImportsLayoutsListValidity($id: ID!) { listing(id: $id) { quantity unit validUntil } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImportsLayoutsSuggestCategories { suggestCategories(text: \"铝防盗瓶盖 28mm\", first: 3) { category { code name } confidence matchedTerms } }"): (typeof documents)["query ImportsLayoutsSuggestCategories { suggestCategories(text: \"铝防盗瓶盖 28mm\", first: 3) { category { code name } confidence matchedTerms } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImportsLayoutsSuggestCategories2($t: String!) { suggestCategories(text: $t) { confidence } }"): (typeof documents)["query ImportsLayoutsSuggestCategories2($t: String!) { suggestCategories(text: $t) { confidence } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImportsListingImport($id: ID!) { listingImport(id: $id) { status total processed created updated unchanged failed rows { row outcome listingId errors { column message } } } }"): (typeof documents)["query ImportsListingImport($id: ID!) { listingImport(id: $id) { status total processed created updated unchanged failed rows { row outcome listingId errors { column message } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImportsListing($id: ID!) { listing(id: $id) { title unit certifications enterprise { name creditCode } } }"): (typeof documents)["query ImportsListing($id: ID!) { listing(id: $id) { title unit certifications enterprise { name creditCode } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImportsDockingEvent($id: ID!) { dockingEvent(id: $id) { registrations { status enterprise { creditCode } listings { id } } } }"): (typeof documents)["query ImportsDockingEvent($id: ID!) { dockingEvent(id: $id) { registrations { status enterprise { creditCode } listings { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImportsListing2($id: ID!) { listing(id: $id) { priceMax } }"): (typeof documents)["query ImportsListing2($id: ID!) { listing(id: $id) { priceMax } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImportsListing3($id: ID!) { listing(id: $id) { title description enterprise { name } } }"): (typeof documents)["query ImportsListing3($id: ID!) { listing(id: $id) { title description enterprise { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvestmentLeads($region: String!, $sector: Sector, $first: Int, $after: String) { investmentLeads(regionCode: $region, sector: $sector, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { firm { id } category { code } region { code } score reasons pipelineEntry { id stage } } } } }"): (typeof documents)["query InvestmentLeads($region: String!, $sector: Sector, $first: Int, $after: String) { investmentLeads(regionCode: $region, sector: $sector, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { firm { id } category { code } region { code } score reasons pipelineEntry { id stage } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvestmentCreateProject($input: InvestmentProjectInput!) { createInvestmentProject(input: $input) { id title stage plannedInvestmentCny region { code } categories { code } owner { id } } }"): (typeof documents)["mutation InvestmentCreateProject($input: InvestmentProjectInput!) { createInvestmentProject(input: $input) { id title stage plannedInvestmentCny region { code } categories { code } owner { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvestmentUpdateProject($id: ID!, $input: InvestmentProjectInput!) { updateInvestmentProject(id: $id, input: $input) { id title stage } }"): (typeof documents)["mutation InvestmentUpdateProject($id: ID!, $input: InvestmentProjectInput!) { updateInvestmentProject(id: $id, input: $input) { id title stage } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvestmentCandidates($id: ID!) { investmentProjectCandidates(projectId: $id, first: 20) { totalCount edges { node { firm { id } category { code } score reasons } } } }"): (typeof documents)["query InvestmentCandidates($id: ID!) { investmentProjectCandidates(projectId: $id, first: 20) { totalCount edges { node { firm { id } category { code } score reasons } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvestmentAdd($input: AddToInvestmentPipelineInput!) { addToInvestmentPipeline(input: $input) { id stage contactedAt note candidate { id } project { id } } }"): (typeof documents)["mutation InvestmentAdd($input: AddToInvestmentPipelineInput!) { addToInvestmentPipeline(input: $input) { id stage contactedAt note candidate { id } project { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvestmentMove($input: MoveInvestmentPipelineInput!) { moveInvestmentPipelineEntry(input: $input) { id stage signedAmountCny signedOn landedAmountCny landedOn contactedAt history { fromStage toStage reason } } }"): (typeof documents)["mutation InvestmentMove($input: MoveInvestmentPipelineInput!) { moveInvestmentPipelineEntry(input: $input) { id stage signedAmountCny signedOn landedAmountCny landedOn contactedAt history { fromStage toStage reason } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvestmentMyContacts { myInvestmentContacts(first: 20) { totalCount edges { node { id stage note owner { id } history { reason } } } } }"): (typeof documents)["query InvestmentMyContacts { myInvestmentContacts(first: 20) { totalCount edges { node { id stage note owner { id } history { reason } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvestmentEntry($id: ID!) { investmentPipelineEntry(id: $id) { id stage } }"): (typeof documents)["query InvestmentEntry($id: ID!) { investmentPipelineEntry(id: $id) { id stage } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvestmentPipeline($stage: InvestmentPipelineStage) { investmentPipeline(stage: $stage, first: 50) { totalCount edges { node { id stage candidate { id } } } } }"): (typeof documents)["query InvestmentPipeline($stage: InvestmentPipelineStage) { investmentPipeline(stage: $stage, first: 50) { totalCount edges { node { id stage candidate { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvestmentNotifications { notifications(first: 50) { edges { node { kind title body } } } }"): (typeof documents)["query InvestmentNotifications { notifications(first: 50) { edges { node { kind title body } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvestmentEventReport($e: ID!) { eventReport(eventId: $e) { investment { total { signed signedAmountCny landed landedAmountCny } bySector { key landed landedAmountCny } byCategory { key name landed landedAmountCny } byRegion { key landed landedAmountCny } } } }"): (typeof documents)["query InvestmentEventReport($e: ID!) { eventReport(eventId: $e) { investment { total { signed signedAmountCny landed landedAmountCny } bySector { key landed landedAmountCny } byCategory { key name landed landedAmountCny } byRegion { key landed landedAmountCny } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvestmentSummary($region: String!, $sector: Sector) { investmentSummary(regionCode: $region, sector: $sector) { total { signed landed landedAmountCny } } }"): (typeof documents)["query InvestmentSummary($region: String!, $sector: Sector) { investmentSummary(regionCode: $region, sector: $sector) { total { signed landed landedAmountCny } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvestmentPanorama($region: String!) { chainPanorama(regionCode: $region, sector: ECO_FOOD) { nodes { category { code } coverage } investment { categoryCode projects openLeads } } }"): (typeof documents)["query InvestmentPanorama($region: String!) { chainPanorama(regionCode: $region, sector: ECO_FOOD) { nodes { category { code } coverage } investment { categoryCode projects openLeads } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvestmentDrawer($code: String!, $region: String!) { chainNodeMembers(categoryCode: $code, regionCode: $region) { investmentProjects { id title } investmentLeads(first: 10) { totalCount edges { node { firm { id } } } } } }"): (typeof documents)["query InvestmentDrawer($code: String!, $region: String!) { chainNodeMembers(categoryCode: $code, regionCode: $region) { investmentProjects { id title } investmentLeads(first: 10) { totalCount edges { node { firm { id } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvestmentVerify($id: ID!, $type: ParticipantType) { verifyEnterprise(id: $id, participantType: $type) { id participantType verificationStatus } }"): (typeof documents)["mutation InvestmentVerify($id: ID!, $type: ParticipantType) { verifyEnterprise(id: $id, participantType: $type) { id participantType verificationStatus } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ListingsCreateListing($input: CreateListingInput!) { createListing(input: $input) { ...ListingFields } }"): (typeof documents)["mutation ListingsCreateListing($input: CreateListingInput!) { createListing(input: $input) { ...ListingFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ListingsUpdateListing($id: ID!, $input: UpdateListingInput!) { updateListing(id: $id, input: $input) { ...ListingFields } }"): (typeof documents)["mutation ListingsUpdateListing($id: ID!, $input: UpdateListingInput!) { updateListing(id: $id, input: $input) { ...ListingFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ListingsCloseListing($id: ID!) { closeListing(id: $id) { id status } }"): (typeof documents)["mutation ListingsCloseListing($id: ID!) { closeListing(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListingsListings($filter: ListingFilter, $first: Int, $after: String) { listings(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id title kind confidential enterprise { id } } } } }"): (typeof documents)["query ListingsListings($filter: ListingFilter, $first: Int, $after: String) { listings(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id title kind confidential enterprise { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListingsListings2($n: Int) { listings(first: $n) { totalCount } }"): (typeof documents)["query ListingsListings2($n: Int) { listings(first: $n) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListingsListing($id: ID!) { listing(id: $id) { id title } }"): (typeof documents)["query ListingsListing($id: ID!) { listing(id: $id) { id title } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListingsEnterprise($id: ID!) { enterprise(id: $id) { listings { totalCount } } }"): (typeof documents)["query ListingsEnterprise($id: ID!) { enterprise(id: $id) { listings { totalCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListingsListing2($id: ID!) { listing(id: $id) { title priceMax status } }"): (typeof documents)["query ListingsListing2($id: ID!) { listing(id: $id) { title priceMax status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListingsListing3($id: ID!) { listing(id: $id) { id } }"): (typeof documents)["query ListingsListing3($id: ID!) { listing(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListingsEnterprise2($id: ID!) { enterprise(id: $id) { listings { totalCount edges { node { id } } } } }"): (typeof documents)["query ListingsEnterprise2($id: ID!) { enterprise(id: $id) { listings { totalCount edges { node { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListingsListing4($id: ID!) { listing(id: $id) { confidential } }"): (typeof documents)["query ListingsListing4($id: ID!) { listing(id: $id) { confidential } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListingsPageOf20 { listings(first: 20) { edges { node { title enterprise { name } category { name } region { name } } } } }"): (typeof documents)["query ListingsPageOf20 { listings(first: 20) { edges { node { title enterprise { name } category { name } region { name } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListingsPageOf20Counted { listings(first: 20) { totalCount edges { node { title enterprise { name } category { name } region { name } } } } }"): (typeof documents)["query ListingsPageOf20Counted { listings(first: 20) { totalCount edges { node { title enterprise { name } category { name } region { name } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatchingSymmetryUpdateListing($id: ID!, $d: String!) { updateListing(id: $id, input: { description: $d }) { id } }"): (typeof documents)["mutation MatchingSymmetryUpdateListing($id: ID!, $d: String!) { updateListing(id: $id, input: { description: $d }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatchingSymmetryUpdateListing2($id: ID!) { updateListing(id: $id, input: { title: \"航空发动机机匣锻件\", description: \"高温合金锻件\" }) { id } }"): (typeof documents)["mutation MatchingSymmetryUpdateListing2($id: ID!) { updateListing(id: $id, input: { title: \"航空发动机机匣锻件\", description: \"高温合金锻件\" }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatchingRespondToMatch($id: ID!, $d: MatchDecision!) { respondToMatch(id: $id, decision: $d) { id supplyDecision demandDecision } }"): (typeof documents)["mutation MatchingRespondToMatch($id: ID!, $d: MatchDecision!) { respondToMatch(id: $id, decision: $d) { id supplyDecision demandDecision } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatchingUpdateListing($id: ID!) { updateListing(id: $id, input: { quantity: 1000000 }) { id } }"): (typeof documents)["mutation MatchingUpdateListing($id: ID!) { updateListing(id: $id, input: { quantity: 1000000 }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatchingUpdateListing2($id: ID!) { updateListing(id: $id, input: { validUntil: \"2099-06-30\" }) { id } }"): (typeof documents)["mutation MatchingUpdateListing2($id: ID!) { updateListing(id: $id, input: { validUntil: \"2099-06-30\" }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatchingMatchSuggestions($id: ID!) { matchSuggestions(listingId: $id) { totalCount } }"): (typeof documents)["query MatchingMatchSuggestions($id: ID!) { matchSuggestions(listingId: $id) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatchingCloseListing($id: ID!) { closeListing(id: $id) { id } }"): (typeof documents)["mutation MatchingCloseListing($id: ID!) { closeListing(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatchingUpdateListing3($id: ID!) { updateListing(id: $id, input: { validUntil: \"2099-03-01\" }) { id } }"): (typeof documents)["mutation MatchingUpdateListing3($id: ID!) { updateListing(id: $id, input: { validUntil: \"2099-03-01\" }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatchingUpdateListing4($id: ID!) { updateListing(id: $id, input: { quantity: 2500000 }) { id } }"): (typeof documents)["mutation MatchingUpdateListing4($id: ID!) { updateListing(id: $id, input: { quantity: 2500000 }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatchingListing($id: ID!) { listing(id: $id) { id } }"): (typeof documents)["query MatchingListing($id: ID!) { listing(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatchingListings { listings(filter: { kind: DEMAND, categoryCode: \"1512\" }, first: 100) { edges { node { id } } } }"): (typeof documents)["query MatchingListings { listings(filter: { kind: DEMAND, categoryCode: \"1512\" }, first: 100) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatchingDismissedSecret($id: ID!) { listing(id: $id) { id } }"): (typeof documents)["query MatchingDismissedSecret($id: ID!) { listing(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatchingRespondHidden($id: ID!) { respondToMatch(id: $id, decision: ACCEPT) { id reasons { detail } } }"): (typeof documents)["mutation MatchingRespondHidden($id: ID!) { respondToMatch(id: $id, decision: ACCEPT) { id reasons { detail } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatchingEditCaps($id: ID!) { updateListing(id: $id, input: { description: \"白酒瓶盖，年产 1200 万只，可印刷\" }) { id } }"): (typeof documents)["mutation MatchingEditCaps($id: ID!) { updateListing(id: $id, input: { description: \"白酒瓶盖，年产 1200 万只，可印刷\" }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatchingEditSecret($id: ID!) { updateListing(id: $id, input: { quantity: 6000000 }) { id } }"): (typeof documents)["mutation MatchingEditSecret($id: ID!) { updateListing(id: $id, input: { quantity: 6000000 }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatchingPartnerSuggestions($id: ID!) { partnerSuggestions(enterpriseId: $id) { direction score matchCount enterprise { id } bestMatch { demand { id } } } }"): (typeof documents)["query MatchingPartnerSuggestions($id: ID!) { partnerSuggestions(enterpriseId: $id) { direction score matchCount enterprise { id } bestMatch { demand { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatchingPartnerSuggestions2($id: ID!) { partnerSuggestions(enterpriseId: $id) { score } }"): (typeof documents)["query MatchingPartnerSuggestions2($id: ID!) { partnerSuggestions(enterpriseId: $id) { score } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatchingRematchAll { rematchAll { id } }"): (typeof documents)["mutation MatchingRematchAll { rematchAll { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatchingRematchAll2 { rematchAll { id status done total } }"): (typeof documents)["mutation MatchingRematchAll2 { rematchAll { id status done total } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatchingRematchAll3 { rematchAll { id } }"): (typeof documents)["mutation MatchingRematchAll3 { rematchAll { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatchingMatchRun0($id: ID!) { matchRun(id: $id) { status } }"): (typeof documents)["query MatchingMatchRun0($id: ID!) { matchRun(id: $id) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatchingMatchRun($id: ID!) { matchRun(id: $id) { status done total finishedAt } }"): (typeof documents)["query MatchingMatchRun($id: ID!) { matchRun(id: $id) { status done total finishedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatchingUpdateListing5($id: ID!) { updateListing(id: $id, input: { quantity: 2100000 }) { id } }"): (typeof documents)["mutation MatchingUpdateListing5($id: ID!) { updateListing(id: $id, input: { quantity: 2100000 }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeetingsDockingEvent($id: ID!) { dockingEvent(id: $id) { meetings { id startsAt endsAt table published parties { id name } request { id } } } }"): (typeof documents)["query MeetingsDockingEvent($id: ID!) { dockingEvent(id: $id) { meetings { id startsAt endsAt table published parties { id name } request { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeetingsMyAgenda($e: ID!) { myAgenda(eventId: $e) { id startsAt table parties { id name } published } }"): (typeof documents)["query MeetingsMyAgenda($e: ID!) { myAgenda(eventId: $e) { id startsAt table parties { id name } published } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeetingsNotifications { notifications(first: 50) { edges { node { kind title body data } } } }"): (typeof documents)["query MeetingsNotifications { notifications(first: 50) { edges { node { kind title body data } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MeetingsAddMeetingSession($e: ID!, $input: MeetingSessionInput!) { addMeetingSession(eventId: $e, input: $input) { id slots } }"): (typeof documents)["mutation MeetingsAddMeetingSession($e: ID!, $input: MeetingSessionInput!) { addMeetingSession(eventId: $e, input: $input) { id slots } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MeetingsRegisterForEvent($e: ID!) { registerForEvent(eventId: $e) { id status } }"): (typeof documents)["mutation MeetingsRegisterForEvent($e: ID!) { registerForEvent(eventId: $e) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MeetingsReviewRegistration($id: ID!) { reviewRegistration(id: $id, approve: true) { id } }"): (typeof documents)["mutation MeetingsReviewRegistration($id: ID!) { reviewRegistration(id: $id, approve: true) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeetingsDockingEvent2($id: ID!) { dockingEvent(id: $id) { registrations { status enterprise { id } } } }"): (typeof documents)["query MeetingsDockingEvent2($id: ID!) { dockingEvent(id: $id) { registrations { status enterprise { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MeetingsCancelMeetingRequest($id: ID!) { cancelMeetingRequest(id: $id) { id status } }"): (typeof documents)["mutation MeetingsCancelMeetingRequest($id: ID!) { cancelMeetingRequest(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MeetingsSetUnavailableSlots($e: ID!, $s: [DateTime!]!) { setUnavailableSlots(eventId: $e, slotStarts: $s) { unavailableSlots } }"): (typeof documents)["mutation MeetingsSetUnavailableSlots($e: ID!, $s: [DateTime!]!) { setUnavailableSlots(eventId: $e, slotStarts: $s) { unavailableSlots } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MeetingsPublishSchedule($e: ID!) { publishSchedule(eventId: $e) { schedulePublishedAt } }"): (typeof documents)["mutation MeetingsPublishSchedule($e: ID!) { publishSchedule(eventId: $e) { schedulePublishedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MeetingsMoveMeeting($id: ID!, $s: DateTime!, $t: String!) { moveMeeting(id: $id, startsAt: $s, table: $t) { id startsAt table } }"): (typeof documents)["mutation MeetingsMoveMeeting($id: ID!, $s: DateTime!, $t: String!) { moveMeeting(id: $id, startsAt: $s, table: $t) { id startsAt table } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MeetingsCancelMeeting($id: ID!) { cancelMeeting(id: $id) }"): (typeof documents)["mutation MeetingsCancelMeeting($id: ID!) { cancelMeeting(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MeetingsAddMeetingSession2($e: ID!, $input: MeetingSessionInput!) { addMeetingSession(eventId: $e, input: $input) { id } }"): (typeof documents)["mutation MeetingsAddMeetingSession2($e: ID!, $input: MeetingSessionInput!) { addMeetingSession(eventId: $e, input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MeetingsBookMeeting($id: ID!, $s: DateTime!, $t: String!) { bookMeeting(requestId: $id, startsAt: $s, table: $t) { id } }"): (typeof documents)["mutation MeetingsBookMeeting($id: ID!, $s: DateTime!, $t: String!) { bookMeeting(requestId: $id, startsAt: $s, table: $t) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NotificationsNotifications($unread: Boolean) { notifications(unreadOnly: $unread, first: 20) { totalCount edges { node { id kind title body data readAt createdAt } } } }"): (typeof documents)["query NotificationsNotifications($unread: Boolean) { notifications(unreadOnly: $unread, first: 20) { totalCount edges { node { id kind title body data readAt createdAt } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotificationsUpdateListing($id: ID!) { updateListing(id: $id, input: { validUntil: \"2099-05-01\" }) { id } }"): (typeof documents)["mutation NotificationsUpdateListing($id: ID!) { updateListing(id: $id, input: { validUntil: \"2099-05-01\" }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NotificationsMe { me { unreadNotifications } }"): (typeof documents)["query NotificationsMe { me { unreadNotifications } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotificationsMarkNotificationsRead($ids: [ID!]!) { markNotificationsRead(ids: $ids) }"): (typeof documents)["mutation NotificationsMarkNotificationsRead($ids: [ID!]!) { markNotificationsRead(ids: $ids) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotificationsMarkNotificationsRead2 { markNotificationsRead(ids: [\"不是编号\"]) }"): (typeof documents)["mutation NotificationsMarkNotificationsRead2 { markNotificationsRead(ids: [\"不是编号\"]) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrganiserConsoleRegisterForEvent($e: ID!, $l: [ID!]) { registerForEvent(eventId: $e, listingIds: $l) { id status } }"): (typeof documents)["mutation OrganiserConsoleRegisterForEvent($e: ID!, $l: [ID!]) { registerForEvent(eventId: $e, listingIds: $l) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrganiserConsoleDockingEvent($id: ID!, $status: RegistrationStatus, $sector: Sector) {\n  dockingEvent(id: $id) { registrations(status: $status, sector: $sector, first: 80) {\n    id status reviewNote enterprise { name sector verificationStatus } listings { id title suggestionCount } } } }"): (typeof documents)["query OrganiserConsoleDockingEvent($id: ID!, $status: RegistrationStatus, $sector: Sector) {\n  dockingEvent(id: $id) { registrations(status: $status, sector: $sector, first: 80) {\n    id status reviewNote enterprise { name sector verificationStatus } listings { id title suggestionCount } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrganiserConsoleListing($id: ID!) { listing(id: $id) { suggestionCount } }"): (typeof documents)["query OrganiserConsoleListing($id: ID!) { listing(id: $id) { suggestionCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrganiserConsoleListing2($id: ID!) { listing(id: $id) { suggestionCount } }"): (typeof documents)["query OrganiserConsoleListing2($id: ID!) { listing(id: $id) { suggestionCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrganiserConsolePreviewListingImport($id: ID!, $c: [ImportCorrectionInput!]) { previewListingImport(id: $id, corrections: $c) {\n      accepted rows { row categoryCode inferredCategory { code } } } }"): (typeof documents)["query OrganiserConsolePreviewListingImport($id: ID!, $c: [ImportCorrectionInput!]) { previewListingImport(id: $id, corrections: $c) {\n      accepted rows { row categoryCode inferredCategory { code } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrganiserConsoleCommitListingImport($id: ID!, $c: [ImportCorrectionInput!]) { commitListingImport(id: $id, corrections: $c) { status created } }"): (typeof documents)["mutation OrganiserConsoleCommitListingImport($id: ID!, $c: [ImportCorrectionInput!]) { commitListingImport(id: $id, corrections: $c) { status created } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrganiserConsoleReviewRegistration($id: ID!, $a: Boolean!, $r: String) { reviewRegistration(id: $id, approve: $a, reason: $r) { status reviewNote } }"): (typeof documents)["mutation OrganiserConsoleReviewRegistration($id: ID!, $a: Boolean!, $r: String) { reviewRegistration(id: $id, approve: $a, reason: $r) { status reviewNote } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrganiserConsoleDockingEvent2($e: ID!) { dockingEvent(id: $e) { registrations { id status reviewNote } } }"): (typeof documents)["query OrganiserConsoleDockingEvent2($e: ID!) { dockingEvent(id: $e) { registrations { id status reviewNote } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrganiserConsoleNotifications { notifications(first: 10) { edges { node { kind body } } } }"): (typeof documents)["query OrganiserConsoleNotifications { notifications(first: 10) { edges { node { kind body } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrganiserConsoleDockingEvent3($e: ID!) { dockingEvent(id: $e) { registrations { id reviewNote } } }"): (typeof documents)["query OrganiserConsoleDockingEvent3($e: ID!) { dockingEvent(id: $e) { registrations { id reviewNote } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OutcomesEventReport($e: ID!) { eventReport(eventId: $e) { funnel { registrations approved suggestions meetingRequests accepted placed held intents signed signedAmountCny fulfilled fulfilledAmountCny } bySector { sector firms contracts amountCny } byCategory { category { code } firms contracts amountCny } localSupplyShare chainGaps { category { code } demands firms examples } } }"): (typeof documents)["query OutcomesEventReport($e: ID!) { eventReport(eventId: $e) { funnel { registrations approved suggestions meetingRequests accepted placed held intents signed signedAmountCny fulfilled fulfilledAmountCny } bySector { sector firms contracts amountCny } byCategory { category { code } firms contracts amountCny } localSupplyShare chainGaps { category { code } demands firms examples } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OutcomesDockingEvent($id: ID!) { dockingEvent(id: $id) { meetings { id parties { id } ratings { rating comment enterprise { id } } } } }"): (typeof documents)["query OutcomesDockingEvent($id: ID!) { dockingEvent(id: $id) { meetings { id parties { id } ratings { rating comment enterprise { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OutcomesRecordDeal($input: RecordDealInput!) { recordDeal(input: $input) { id stage amountCny supplier { id } buyer { id } event { id } } }"): (typeof documents)["mutation OutcomesRecordDeal($input: RecordDealInput!) { recordDeal(input: $input) { id stage amountCny supplier { id } buyer { id } event { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OutcomesConfirmDeal($id: ID!) { confirmDeal(id: $id) { id confirmed agreedStage agreedAmountCny awaitingConfirmationFrom { id } } }"): (typeof documents)["mutation OutcomesConfirmDeal($id: ID!) { confirmDeal(id: $id) { id confirmed agreedStage agreedAmountCny awaitingConfirmationFrom { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OutcomesAddMeetingSession($e: ID!, $input: MeetingSessionInput!) { addMeetingSession(eventId: $e, input: $input) { id } }"): (typeof documents)["mutation OutcomesAddMeetingSession($e: ID!, $input: MeetingSessionInput!) { addMeetingSession(eventId: $e, input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OutcomesRegisterForEvent($e: ID!) { registerForEvent(eventId: $e) { id } }"): (typeof documents)["mutation OutcomesRegisterForEvent($e: ID!) { registerForEvent(eventId: $e) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OutcomesReviewRegistration($id: ID!) { reviewRegistration(id: $id, approve: true) { id } }"): (typeof documents)["mutation OutcomesReviewRegistration($id: ID!) { reviewRegistration(id: $id, approve: true) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OutcomesPublishSchedule($e: ID!) { publishSchedule(eventId: $e) { id } }"): (typeof documents)["mutation OutcomesPublishSchedule($e: ID!) { publishSchedule(eventId: $e) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OutcomesRateMeeting($m: ID!, $r: MeetingRating!, $c: String) { rateMeeting(meetingId: $m, rating: $r, comment: $c) { id } }"): (typeof documents)["mutation OutcomesRateMeeting($m: ID!, $r: MeetingRating!, $c: String) { rateMeeting(meetingId: $m, rating: $r, comment: $c) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OutcomesAdvanceDeal($id: ID!, $s: DealStage!) { advanceDeal(id: $id, stage: $s) { stage amountCny } }"): (typeof documents)["mutation OutcomesAdvanceDeal($id: ID!, $s: DealStage!) { advanceDeal(id: $id, stage: $s) { stage amountCny } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OutcomesDockingEvent2($id: ID!) { dockingEvent(id: $id) { deals { id } } }"): (typeof documents)["query OutcomesDockingEvent2($id: ID!) { dockingEvent(id: $id) { deals { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OutcomesRecordOnce($i: RecordDealInput!) { recordDeal(input: $i) { id updatedAt } }"): (typeof documents)["mutation OutcomesRecordOnce($i: RecordDealInput!) { recordDeal(input: $i) { id updatedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OutcomesRaise($id: ID!) { advanceDeal(id: $id, stage: SIGNED, amountCny: \"88888888\") { updatedAt } }"): (typeof documents)["mutation OutcomesRaise($id: ID!) { advanceDeal(id: $id, stage: SIGNED, amountCny: \"88888888\") { updatedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OutcomesConfirmSeen($id: ID!, $at: DateTime) { confirmDeal(id: $id, expectedUpdatedAt: $at) { confirmed agreedAmountCny } }"): (typeof documents)["mutation OutcomesConfirmSeen($id: ID!, $at: DateTime) { confirmDeal(id: $id, expectedUpdatedAt: $at) { confirmed agreedAmountCny } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OutcomesDeclineOne($id: ID!) { declineDeal(id: $id) { id } }"): (typeof documents)["mutation OutcomesDeclineOne($id: ID!) { declineDeal(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PanoramaChain($sector: Sector, $region: String!) { chainPanorama(sector: $sector, regionCode: $region) {\n  sector region { code name }\n  nodes { category { code name } layer inSector firms openSupplies openDemands coverage\n    supplyQuantities { unit quantity listings } demandQuantities { unit quantity listings } }\n  edges { fromCode toCode kind why matchedPairs signedDeals signedAmountCny } } }"): (typeof documents)["query PanoramaChain($sector: Sector, $region: String!) { chainPanorama(sector: $sector, regionCode: $region) {\n  sector region { code name }\n  nodes { category { code name } layer inSector firms openSupplies openDemands coverage\n    supplyQuantities { unit quantity listings } demandQuantities { unit quantity listings } }\n  edges { fromCode toCode kind why matchedPairs signedDeals signedAmountCny } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PanoramaNodeMembers($code: String!, $region: String!, $kind: ListingKind) {\n  chainNodeMembers(categoryCode: $code, regionCode: $region) {\n    category { code } region { code }\n    firms(first: 50) { totalCount edges { node { id name } } }\n    listings(kind: $kind, first: 50) { totalCount edges { node { id title confidential enterprise { id name } } } } } }"): (typeof documents)["query PanoramaNodeMembers($code: String!, $region: String!, $kind: ListingKind) {\n  chainNodeMembers(categoryCode: $code, regionCode: $region) {\n    category { code } region { code }\n    firms(first: 50) { totalCount edges { node { id name } } }\n    listings(kind: $kind, first: 50) { totalCount edges { node { id title confidential enterprise { id name } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ParticipantsRegister($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { id participantType proposedParticipantType scale verificationStatus } }"): (typeof documents)["mutation ParticipantsRegister($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { id participantType proposedParticipantType scale verificationStatus } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ParticipantsFirm($id: ID!) { enterprise(id: $id) { id participantType proposedParticipantType scale verificationStatus } }"): (typeof documents)["query ParticipantsFirm($id: ID!) { enterprise(id: $id) { id participantType proposedParticipantType scale verificationStatus } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ParticipantsVerify($id: ID!, $type: ParticipantType) { verifyEnterprise(id: $id, participantType: $type) { id participantType verificationStatus verifiedAt } }"): (typeof documents)["mutation ParticipantsVerify($id: ID!, $type: ParticipantType) { verifyEnterprise(id: $id, participantType: $type) { id participantType verificationStatus verifiedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ParticipantsUpdateScale($id: ID!, $input: UpdateEnterpriseInput!) { updateEnterprise(id: $id, input: $input) { id scale participantType } }"): (typeof documents)["mutation ParticipantsUpdateScale($id: ID!, $input: UpdateEnterpriseInput!) { updateEnterprise(id: $id, input: $input) { id scale participantType } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ParticipantsRegisterGov($e: ID!) { registerForEvent(eventId: $e) { id } }"): (typeof documents)["mutation ParticipantsRegisterGov($e: ID!) { registerForEvent(eventId: $e) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ParticipantsRegisterForEvent($e: ID!) { registerForEvent(eventId: $e) { id } }"): (typeof documents)["mutation ParticipantsRegisterForEvent($e: ID!) { registerForEvent(eventId: $e) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResetRequest($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }"): (typeof documents)["mutation ResetRequest($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResetSet($input: ResetPasswordInput!) { resetPassword(input: $input) }"): (typeof documents)["mutation ResetSet($input: ResetPasswordInput!) { resetPassword(input: $input) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResetLogIn($input: LogInInput!) { logIn(input: $input) { accessToken } }"): (typeof documents)["mutation ResetLogIn($input: LogInInput!) { logIn(input: $input) { accessToken } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResetMe { me { id } }"): (typeof documents)["query ResetMe { me { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResetLogOutEverywhere { logOutEverywhere }"): (typeof documents)["mutation ResetLogOutEverywhere { logOutEverywhere }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PoliciesPublishPolicy($input: PublishPolicyInput!) { publishPolicy(input: $input) { id title open regionNames rules { kind description } issuer { id } } }"): (typeof documents)["mutation PoliciesPublishPolicy($input: PublishPolicyInput!) { publishPolicy(input: $input) { id title open regionNames rules { kind description } issuer { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PoliciesPolicy($id: ID!) { policy(id: $id) { id eligibleFirmCount evaluatedAt } }"): (typeof documents)["query PoliciesPolicy($id: ID!) { policy(id: $id) { id eligibleFirmCount evaluatedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PoliciesReevaluatePolicy($id: ID!) { reevaluatePolicy(id: $id) { id } }"): (typeof documents)["mutation PoliciesReevaluatePolicy($id: ID!) { reevaluatePolicy(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PoliciesMyPolicies($only: Boolean) { myPolicies(eligibleOnly: $only) { eligible policy { id title } conditions { kind met detail } application { id status } } }"): (typeof documents)["query PoliciesMyPolicies($only: Boolean) { myPolicies(eligibleOnly: $only) { eligible policy { id title } conditions { kind met detail } application { id status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PoliciesApplyForPolicy($input: ApplyForPolicyInput!) { applyForPolicy(input: $input) { id status statusName event { id } enterprise { id } } }"): (typeof documents)["mutation PoliciesApplyForPolicy($input: ApplyForPolicyInput!) { applyForPolicy(input: $input) { id status statusName event { id } enterprise { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PoliciesReviewPolicyApplication($id: ID!, $status: PolicyApplicationStatus!, $note: String) { reviewPolicyApplication(id: $id, status: $status, note: $note) { id status statusName reviewNote } }"): (typeof documents)["mutation PoliciesReviewPolicyApplication($id: ID!, $status: PolicyApplicationStatus!, $note: String) { reviewPolicyApplication(id: $id, status: $status, note: $note) { id status statusName reviewNote } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PoliciesApplications($id: ID!) { policy(id: $id) { applications(first: 10) { totalCount edges { node { id status enterprise { id } } } } } }"): (typeof documents)["query PoliciesApplications($id: ID!) { policy(id: $id) { applications(first: 10) { totalCount edges { node { id status enterprise { id } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PoliciesEventReport($e: ID!) { eventReport(eventId: $e) { policies { applications byPolicy { policyId title count } } } }"): (typeof documents)["query PoliciesEventReport($e: ID!) { eventReport(eventId: $e) { policies { applications byPolicy { policyId title count } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PoliciesNotifications { notifications(first: 50) { edges { node { kind title data } } } }"): (typeof documents)["query PoliciesNotifications { notifications(first: 50) { edges { node { kind title data } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PoliciesRecordDeal($input: RecordDealInput!) { recordDeal(input: $input) { id } }"): (typeof documents)["mutation PoliciesRecordDeal($input: RecordDealInput!) { recordDeal(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PoliciesConfirmDeal($id: ID!) { confirmDeal(id: $id) { id confirmed } }"): (typeof documents)["mutation PoliciesConfirmDeal($id: ID!) { confirmDeal(id: $id) { id confirmed } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PoliciesVerifyEnterprise($id: ID!, $t: ParticipantType) { verifyEnterprise(id: $id, participantType: $t) { id participantType verificationStatus } }"): (typeof documents)["mutation PoliciesVerifyEnterprise($id: ID!, $t: ParticipantType) { verifyEnterprise(id: $id, participantType: $t) { id participantType verificationStatus } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PoliciesRegisterForEvent($e: ID!) { registerForEvent(eventId: $e) { id } }"): (typeof documents)["mutation PoliciesRegisterForEvent($e: ID!) { registerForEvent(eventId: $e) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PoliciesReviewRegistration($id: ID!) { reviewRegistration(id: $id, approve: true) { id } }"): (typeof documents)["mutation PoliciesReviewRegistration($id: ID!) { reviewRegistration(id: $id, approve: true) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessAttacksRecordDeal($i: RecordDealInput!) { recordDeal(input: $i) { id stage confirmed agreedStage } }"): (typeof documents)["mutation AccessAttacksRecordDeal($i: RecordDealInput!) { recordDeal(input: $i) { id stage confirmed agreedStage } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessAttacksEventReport($e: ID!) { eventReport(eventId: $e) { funnel { intents signed signedAmountCny } } }"): (typeof documents)["query AccessAttacksEventReport($e: ID!) { eventReport(eventId: $e) { funnel { intents signed signedAmountCny } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessAttacksPartnerSuggestions($id: ID!) { partnerSuggestions(enterpriseId: $id) { enterprise { id } bestMatch { demand { id title description } } } }"): (typeof documents)["query AccessAttacksPartnerSuggestions($id: ID!) { partnerSuggestions(enterpriseId: $id) { enterprise { id } bestMatch { demand { id title description } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessAttacksDockingEvent($id: ID!) { dockingEvent(id: $id) { registrations { enterprise { id } listings { id title description } } } }"): (typeof documents)["query AccessAttacksDockingEvent($id: ID!) { dockingEvent(id: $id) { registrations { enterprise { id } listings { id title description } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessAttacksDockingEvent2($id: ID!) { dockingEvent(id: $id) { registrations { listings { id } } } }"): (typeof documents)["query AccessAttacksDockingEvent2($id: ID!) { dockingEvent(id: $id) { registrations { listings { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessAttacksEventReport2($e: ID!) { eventReport(eventId: $e) { chainGaps { category { code } demands firms examples } } }"): (typeof documents)["query AccessAttacksEventReport2($e: ID!) { eventReport(eventId: $e) { chainGaps { category { code } demands firms examples } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessAttacksEventReport3($e: ID!) { eventReport(eventId: $e) { chainGaps { examples } } }"): (typeof documents)["query AccessAttacksEventReport3($e: ID!) { eventReport(eventId: $e) { chainGaps { examples } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessAttacksDockingEvent3($id: ID!) { dockingEvent(id: $id) { meetingRequests { id matchSuggestion { id demand { id title description } } } } }"): (typeof documents)["query AccessAttacksDockingEvent3($id: ID!) { dockingEvent(id: $id) { meetingRequests { id matchSuggestion { id demand { id title description } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessAttacksListing($id: ID!) { listing(id: $id) { id } }"): (typeof documents)["query AccessAttacksListing($id: ID!) { listing(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessAttacksListings { listings(first: 100, filter: { kind: DEMAND }) { totalCount edges { node { id } } } }"): (typeof documents)["query AccessAttacksListings { listings(first: 100, filter: { kind: DEMAND }) { totalCount edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessAttacksDockingEvent4($id: ID!) { dockingEvent(id: $id) { registrations { enterprise { id contactName contactPhone } } } }"): (typeof documents)["query AccessAttacksDockingEvent4($id: ID!) { dockingEvent(id: $id) { registrations { enterprise { id contactName contactPhone } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessAttacksEnterprise($id: ID!) { enterprise(id: $id) { contactName contactPhone } }"): (typeof documents)["query AccessAttacksEnterprise($id: ID!) { enterprise(id: $id) { contactName contactPhone } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessAttacksDealsAwaitingMyConfirmation { dealsAwaitingMyConfirmation { totalCount edges { node { id } } } }"): (typeof documents)["query AccessAttacksDealsAwaitingMyConfirmation { dealsAwaitingMyConfirmation { totalCount edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessAttacksNotifications { notifications(first: 50) { edges { node { kind data } } } }"): (typeof documents)["query AccessAttacksNotifications { notifications(first: 50) { edges { node { kind data } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessAttacksDeclineDeal($id: ID!) { declineDeal(id: $id) { stage confirmed } }"): (typeof documents)["mutation AccessAttacksDeclineDeal($id: ID!) { declineDeal(id: $id) { stage confirmed } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessAttacksConfirmDeal($id: ID!) { confirmDeal(id: $id) { id } }"): (typeof documents)["mutation AccessAttacksConfirmDeal($id: ID!) { confirmDeal(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessAttacksAdvanceDeal($id: ID!) { advanceDeal(id: $id, stage: CANCELLED) { stage agreedStage confirmed } }"): (typeof documents)["mutation AccessAttacksAdvanceDeal($id: ID!) { advanceDeal(id: $id, stage: CANCELLED) { stage agreedStage confirmed } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessAttacksConfirmDeal2($id: ID!) { confirmDeal(id: $id) { stage agreedStage confirmed } }"): (typeof documents)["mutation AccessAttacksConfirmDeal2($id: ID!) { confirmDeal(id: $id) { stage agreedStage confirmed } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessAttacksRateMeeting($m: ID!, $r: MeetingRating!, $c: String) { rateMeeting(meetingId: $m, rating: $r, comment: $c) { id } }"): (typeof documents)["mutation AccessAttacksRateMeeting($m: ID!, $r: MeetingRating!, $c: String) { rateMeeting(meetingId: $m, rating: $r, comment: $c) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessAttacksDockingEvent5($id: ID!) { dockingEvent(id: $id) { meetings { id ratings { rating comment enterprise { id } } } } }"): (typeof documents)["query AccessAttacksDockingEvent5($id: ID!) { dockingEvent(id: $id) { meetings { id ratings { rating comment enterprise { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationCreateWebhook { createWebhook(input: { url: \"http://127.0.0.1:9/hook\", kinds: [\"MATCH_SUGGESTED\"] }) { webhook { id } } }"): (typeof documents)["mutation AuthorisationCreateWebhook { createWebhook(input: { url: \"http://127.0.0.1:9/hook\", kinds: [\"MATCH_SUGGESTED\"] }) { webhook { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationAddMeetingSession($e: ID!, $input: MeetingSessionInput!) { addMeetingSession(eventId: $e, input: $input) { id } }"): (typeof documents)["mutation AuthorisationAddMeetingSession($e: ID!, $input: MeetingSessionInput!) { addMeetingSession(eventId: $e, input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationRegisterForEvent($e: ID!) { registerForEvent(eventId: $e) { id } }"): (typeof documents)["mutation AuthorisationRegisterForEvent($e: ID!) { registerForEvent(eventId: $e) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationReviewRegistration($id: ID!) { reviewRegistration(id: $id, approve: true) { id } }"): (typeof documents)["mutation AuthorisationReviewRegistration($id: ID!) { reviewRegistration(id: $id, approve: true) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthorisationDockingEvent($id: ID!) { dockingEvent(id: $id) { meetings { id } } }"): (typeof documents)["query AuthorisationDockingEvent($id: ID!) { dockingEvent(id: $id) { meetings { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthorisationMeetingTime($id: ID!) { dockingEvent(id: $id) { meetings { startsAt } } }"): (typeof documents)["query AuthorisationMeetingTime($id: ID!) { dockingEvent(id: $id) { meetings { startsAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationCreateRoundTableFixture($e: ID!, $i: RoundTableInput!) { createRoundTable(eventId: $e, input: $i) { id } }"): (typeof documents)["mutation AuthorisationCreateRoundTableFixture($e: ID!, $i: RoundTableInput!) { createRoundTable(eventId: $e, input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationTakeSeatFixture($id: ID!) { takeRoundTableSeat(id: $id) { id } }"): (typeof documents)["mutation AuthorisationTakeSeatFixture($id: ID!) { takeRoundTableSeat(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationRecordDeal($i: RecordDealInput!) { recordDeal(input: $i) { id } }"): (typeof documents)["mutation AuthorisationRecordDeal($i: RecordDealInput!) { recordDeal(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthorisationNotifications { notifications(first: 1) { edges { node { id } } } }"): (typeof documents)["query AuthorisationNotifications { notifications(first: 1) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationRematchAll { rematchAll { id } }"): (typeof documents)["mutation AuthorisationRematchAll { rematchAll { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationRegisterEnterprise($c: String!) { registerEnterprise( input: { name: \"待认领的瓶盖企业有限公司\", creditCode: $c, regionCode: \"520102\", sector: SUPPORTING } ) { id } }"): (typeof documents)["mutation AuthorisationRegisterEnterprise($c: String!) { registerEnterprise( input: { name: \"待认领的瓶盖企业有限公司\", creditCode: $c, regionCode: \"520102\", sector: SUPPORTING } ) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthorisationMyEnterpriseClaims { myEnterpriseClaims { edges { node { id } } } }"): (typeof documents)["query AuthorisationMyEnterpriseClaims { myEnterpriseClaims { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationVerifyResearchBody($id: ID!) { verifyEnterprise(id: $id, participantType: RESEARCH_INSTITUTE) { id } }"): (typeof documents)["mutation AuthorisationVerifyResearchBody($id: ID!) { verifyEnterprise(id: $id, participantType: RESEARCH_INSTITUTE) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationCreateTechnologyResult { createTechnologyResult(input: { title: \"刺梨汁低温浓缩技术\", description: \"低温浓缩刺梨原汁\", categoryCodes: [\"1523\"], maturity: PILOT, cooperationModes: [TRANSFER] }) { id } }"): (typeof documents)["mutation AuthorisationCreateTechnologyResult { createTechnologyResult(input: { title: \"刺梨汁低温浓缩技术\", description: \"低温浓缩刺梨原汁\", categoryCodes: [\"1523\"], maturity: PILOT, cooperationModes: [TRANSFER] }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationCreateTechnologyNeed { createTechnologyNeed(input: { title: \"刺梨汁浓缩\", problem: \"刺梨汁低温浓缩\", categoryCode: \"1523\", deadline: \"2099-12-31\", minMaturity: PILOT }) { id } }"): (typeof documents)["mutation AuthorisationCreateTechnologyNeed { createTechnologyNeed(input: { title: \"刺梨汁浓缩\", problem: \"刺梨汁低温浓缩\", categoryCode: \"1523\", deadline: \"2099-12-31\", minMaturity: PILOT }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationProposeTechnologyContract($r: ID!, $n: ID!) { proposeTechnologyContract(input: { resultId: $r, needId: $n, amountCny: \"100000\", mode: TRANSFER, signedOn: \"2024-01-01\" }) { id } }"): (typeof documents)["mutation AuthorisationProposeTechnologyContract($r: ID!, $n: ID!) { proposeTechnologyContract(input: { resultId: $r, needId: $n, amountCny: \"100000\", mode: TRANSFER, signedOn: \"2024-01-01\" }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationVerifyGovernment($id: ID!) { verifyEnterprise(id: $id, participantType: GOVERNMENT) { id } }"): (typeof documents)["mutation AuthorisationVerifyGovernment($id: ID!) { verifyEnterprise(id: $id, participantType: GOVERNMENT) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationPublishPolicy($i: PublishPolicyInput!) { publishPolicy(input: $i) { id } }"): (typeof documents)["mutation AuthorisationPublishPolicy($i: PublishPolicyInput!) { publishPolicy(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationApplyForPolicy($i: ApplyForPolicyInput!) { applyForPolicy(input: $i) { id } }"): (typeof documents)["mutation AuthorisationApplyForPolicy($i: ApplyForPolicyInput!) { applyForPolicy(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationVerifyLender($id: ID!) { verifyEnterprise(id: $id, participantType: FINANCIAL_INSTITUTION) { id } }"): (typeof documents)["mutation AuthorisationVerifyLender($id: ID!) { verifyEnterprise(id: $id, participantType: FINANCIAL_INSTITUTION) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationCreateFinancingProduct0 { createFinancingProduct(input: { name: \"订单贷\", minAmountCny: \"10000\", maxAmountCny: \"5000000\", minAnnualRate: 3.5, maxAnnualRate: 6, minTermMonths: 3, maxTermMonths: 36, guaranteeTypes: [ORDER_FINANCING] }) { id } }"): (typeof documents)["mutation AuthorisationCreateFinancingProduct0 { createFinancingProduct(input: { name: \"订单贷\", minAmountCny: \"10000\", maxAmountCny: \"5000000\", minAnnualRate: 3.5, maxAnnualRate: 6, minTermMonths: 3, maxTermMonths: 36, guaranteeTypes: [ORDER_FINANCING] }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationCreateFinancingNeed0($e: ID!) { createFinancingNeed(input: { amountCny: \"500000\", purpose: \"备货\", termMonths: 12, guaranteeTypes: [ORDER_FINANCING], scale: SMALL, eventId: $e }) { id } }"): (typeof documents)["mutation AuthorisationCreateFinancingNeed0($e: ID!) { createFinancingNeed(input: { amountCny: \"500000\", purpose: \"备货\", termMonths: 12, guaranteeTypes: [ORDER_FINANCING], scale: SMALL, eventId: $e }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationRecordSignedDeal($i: RecordDealInput!) { recordDeal(input: $i) { id } }"): (typeof documents)["mutation AuthorisationRecordSignedDeal($i: RecordDealInput!) { recordDeal(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationConfirmSignedDeal($id: ID!) { confirmDeal(id: $id) { id } }"): (typeof documents)["mutation AuthorisationConfirmSignedDeal($id: ID!) { confirmDeal(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationShareDeals0($i: ShareDealsWithLenderInput!) { shareDealsWithLender(input: $i) { id } }"): (typeof documents)["mutation AuthorisationShareDeals0($i: ShareDealsWithLenderInput!) { shareDealsWithLender(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationCreateProject { createInvestmentProject(input: { title: \"刺梨深加工\", description: \"x\", regionCode: \"520300\", categoryCodes: [\"1523\"], stage: SEEKING_INVESTORS }) { id } }"): (typeof documents)["mutation AuthorisationCreateProject { createInvestmentProject(input: { title: \"刺梨深加工\", description: \"x\", regionCode: \"520300\", categoryCodes: [\"1523\"], stage: SEEKING_INVESTORS }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationAddToPipeline($a: ID!, $p: ID!) { addToInvestmentPipeline(input: { candidateEnterpriseId: $a, projectId: $p }) { id } }"): (typeof documents)["mutation AuthorisationAddToPipeline($a: ID!, $p: ID!) { addToInvestmentPipeline(input: { candidateEnterpriseId: $a, projectId: $p }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationCreateDockingEvent { createDockingEvent( input: { title: \"另一活动\" theme: \"x\" sectors: [ECO_FOOD] venue: \"贵阳\" startsAt: \"2030-01-01T09:00:00+08:00\" endsAt: \"2030-01-01T17:00:00+08:00\" slotMinutes: 20 tables: [{ label: \"T1\" }] } ) { id } }"): (typeof documents)["mutation AuthorisationCreateDockingEvent { createDockingEvent( input: { title: \"另一活动\" theme: \"x\" sectors: [ECO_FOOD] venue: \"贵阳\" startsAt: \"2030-01-01T09:00:00+08:00\" endsAt: \"2030-01-01T17:00:00+08:00\" slotMinutes: 20 tables: [{ label: \"T1\" }] } ) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationUpdateEnterprise($id: ID!) { updateEnterprise(id: $id, input: { description: \"x\" }) { id } }"): (typeof documents)["mutation AuthorisationUpdateEnterprise($id: ID!) { updateEnterprise(id: $id, input: { description: \"x\" }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationRegisterEnterprise2 { registerEnterprise(input: { name: \"x公司\", creditCode: \"x\", regionCode: \"520102\", sector: SUPPORTING }) { id } }"): (typeof documents)["mutation AuthorisationRegisterEnterprise2 { registerEnterprise(input: { name: \"x公司\", creditCode: \"x\", regionCode: \"520102\", sector: SUPPORTING }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationVerifyEnterprise($id: ID!) { verifyEnterprise(id: $id) { id verificationStatus } }"): (typeof documents)["mutation AuthorisationVerifyEnterprise($id: ID!) { verifyEnterprise(id: $id) { id verificationStatus } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationReviewEnterpriseClaim($id: ID!) { reviewEnterpriseClaim(id: $id, approve: true) { id status } }"): (typeof documents)["mutation AuthorisationReviewEnterpriseClaim($id: ID!) { reviewEnterpriseClaim(id: $id, approve: true) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationRespondToListingProposal($id: ID!) { respondToListingProposal(id: $id, accept: true) { id status } }"): (typeof documents)["mutation AuthorisationRespondToListingProposal($id: ID!) { respondToListingProposal(id: $id, accept: true) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthorisationListingProposals { listingProposals { totalCount edges { node { id } } } }"): (typeof documents)["query AuthorisationListingProposals { listingProposals { totalCount edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthorisationMyEnterpriseClaims2 { myEnterpriseClaims { totalCount edges { node { id } } } }"): (typeof documents)["query AuthorisationMyEnterpriseClaims2 { myEnterpriseClaims { totalCount edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthorisationEnterpriseClaims { enterpriseClaims { totalCount edges { node { id } } } }"): (typeof documents)["query AuthorisationEnterpriseClaims { enterpriseClaims { totalCount edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthorisationEnterprisesToReview { enterprisesToReview { totalCount edges { node { id } } } }"): (typeof documents)["query AuthorisationEnterprisesToReview { enterprisesToReview { totalCount edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationCreateListing { createListing(input: { kind: SUPPLY, title: \"x\", categoryCode: \"3055\" }) { id } }"): (typeof documents)["mutation AuthorisationCreateListing { createListing(input: { kind: SUPPLY, title: \"x\", categoryCode: \"3055\" }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationUpdateListing($id: ID!) { updateListing(id: $id, input: { title: \"改\" }) { id } }"): (typeof documents)["mutation AuthorisationUpdateListing($id: ID!) { updateListing(id: $id, input: { title: \"改\" }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationCloseListing($id: ID!) { closeListing(id: $id) { id } }"): (typeof documents)["mutation AuthorisationCloseListing($id: ID!) { closeListing(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationRespondToMatch($id: ID!) { respondToMatch(id: $id, decision: DISMISS) { id } }"): (typeof documents)["mutation AuthorisationRespondToMatch($id: ID!) { respondToMatch(id: $id, decision: DISMISS) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationCreateWebhook2 { createWebhook(input: { url: \"http://127.0.0.1:9/x\", kinds: [\"MATCH_SUGGESTED\"] }) { secret } }"): (typeof documents)["mutation AuthorisationCreateWebhook2 { createWebhook(input: { url: \"http://127.0.0.1:9/x\", kinds: [\"MATCH_SUGGESTED\"] }) { secret } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationDeleteWebhook($id: ID!) { deleteWebhook(id: $id) }"): (typeof documents)["mutation AuthorisationDeleteWebhook($id: ID!) { deleteWebhook(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationMarkNotificationsRead($ids: [ID!]!) { markNotificationsRead(ids: $ids) }"): (typeof documents)["mutation AuthorisationMarkNotificationsRead($ids: [ID!]!) { markNotificationsRead(ids: $ids) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationChangePassword { changePassword(input: { currentPassword: \"x\", newPassword: \"a-new-long-secret-2027\" }) { accessToken } }"): (typeof documents)["mutation AuthorisationChangePassword { changePassword(input: { currentPassword: \"x\", newPassword: \"a-new-long-secret-2027\" }) { accessToken } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationLogOutEverywhere { logOutEverywhere }"): (typeof documents)["mutation AuthorisationLogOutEverywhere { logOutEverywhere }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationSetEmailNotificationKinds { setEmailNotificationKinds(kinds: []) { id } }"): (typeof documents)["mutation AuthorisationSetEmailNotificationKinds { setEmailNotificationKinds(kinds: []) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationCreateCalendarFeed { createCalendarFeed { key } }"): (typeof documents)["mutation AuthorisationCreateCalendarFeed { createCalendarFeed { key } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationRevokeCalendarFeed { revokeCalendarFeed }"): (typeof documents)["mutation AuthorisationRevokeCalendarFeed { revokeCalendarFeed }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationGrantRole($id: ID!) { grantRole(userId: $id, role: ADMIN) { id } }"): (typeof documents)["mutation AuthorisationGrantRole($id: ID!) { grantRole(userId: $id, role: ADMIN) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationCreateDockingEvent2 { createDockingEvent( input: { title: \"x\" theme: \"x\" sectors: [ECO_FOOD] venue: \"x\" startsAt: \"2030-01-01T09:00:00+08:00\" endsAt: \"2030-01-01T17:00:00+08:00\" slotMinutes: 20 tables: [{ label: \"T1\" }] } ) { id } }"): (typeof documents)["mutation AuthorisationCreateDockingEvent2 { createDockingEvent( input: { title: \"x\" theme: \"x\" sectors: [ECO_FOOD] venue: \"x\" startsAt: \"2030-01-01T09:00:00+08:00\" endsAt: \"2030-01-01T17:00:00+08:00\" slotMinutes: 20 tables: [{ label: \"T1\" }] } ) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationAddMeetingSession2($e: ID!) { addMeetingSession( eventId: $e input: { title: \"x\", startsAt: \"2030-09-15T11:00:00+08:00\", endsAt: \"2030-09-15T12:00:00+08:00\" } ) { id } }"): (typeof documents)["mutation AuthorisationAddMeetingSession2($e: ID!) { addMeetingSession( eventId: $e input: { title: \"x\", startsAt: \"2030-09-15T11:00:00+08:00\", endsAt: \"2030-09-15T12:00:00+08:00\" } ) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationUpdateDockingEvent($e: ID!) { updateDockingEvent(id: $e, input: { venue: \"别处\" }) { id } }"): (typeof documents)["mutation AuthorisationUpdateDockingEvent($e: ID!) { updateDockingEvent(id: $e, input: { venue: \"别处\" }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationReviewRegistration2($id: ID!) { reviewRegistration(id: $id, approve: false) { id } }"): (typeof documents)["mutation AuthorisationReviewRegistration2($id: ID!) { reviewRegistration(id: $id, approve: false) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationSetUnavailableSlots($e: ID!) { setUnavailableSlots(eventId: $e, slotStarts: []) { id } }"): (typeof documents)["mutation AuthorisationSetUnavailableSlots($e: ID!) { setUnavailableSlots(eventId: $e, slotStarts: []) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationRequestMeeting($e: ID!, $w: ID!) { requestMeeting(eventId: $e, input: { withEnterpriseId: $w }) { id } }"): (typeof documents)["mutation AuthorisationRequestMeeting($e: ID!, $w: ID!) { requestMeeting(eventId: $e, input: { withEnterpriseId: $w }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationRespondToMeetingRequest($id: ID!) { respondToMeetingRequest(id: $id, accept: false) { id } }"): (typeof documents)["mutation AuthorisationRespondToMeetingRequest($id: ID!) { respondToMeetingRequest(id: $id, accept: false) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationCancelMeetingRequest($id: ID!) { cancelMeetingRequest(id: $id) { id } }"): (typeof documents)["mutation AuthorisationCancelMeetingRequest($id: ID!) { cancelMeetingRequest(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationScheduleMeetings($e: ID!) { scheduleMeetings(eventId: $e) { id } }"): (typeof documents)["mutation AuthorisationScheduleMeetings($e: ID!) { scheduleMeetings(eventId: $e) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationPublishSchedule($e: ID!) { publishSchedule(eventId: $e) { id } }"): (typeof documents)["mutation AuthorisationPublishSchedule($e: ID!) { publishSchedule(eventId: $e) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationBookMeeting($id: ID!, $at: DateTime!) { bookMeeting(requestId: $id, startsAt: $at, table: \"T2\") { id } }"): (typeof documents)["mutation AuthorisationBookMeeting($id: ID!, $at: DateTime!) { bookMeeting(requestId: $id, startsAt: $at, table: \"T2\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationMoveMeeting($id: ID!, $at: DateTime!) { moveMeeting(id: $id, startsAt: $at, table: \"T3\") { id } }"): (typeof documents)["mutation AuthorisationMoveMeeting($id: ID!, $at: DateTime!) { moveMeeting(id: $id, startsAt: $at, table: \"T3\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationCancelMeeting($id: ID!) { cancelMeeting(id: $id) }"): (typeof documents)["mutation AuthorisationCancelMeeting($id: ID!) { cancelMeeting(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationLockMeeting($id: ID!) { lockMeeting(id: $id) { id } }"): (typeof documents)["mutation AuthorisationLockMeeting($id: ID!) { lockMeeting(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationUnlockMeeting($id: ID!) { unlockMeeting(id: $id) { id } }"): (typeof documents)["mutation AuthorisationUnlockMeeting($id: ID!) { unlockMeeting(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationCreateRoundTable($e: ID!, $h: ID!) { createRoundTable(eventId: $e, input: { hostEnterpriseId: $h, topic: \"圆桌\", table: \"T2\", startsAt: \"2030-09-15T01:00:00.000Z\", capacity: 5 }) { id } }"): (typeof documents)["mutation AuthorisationCreateRoundTable($e: ID!, $h: ID!) { createRoundTable(eventId: $e, input: { hostEnterpriseId: $h, topic: \"圆桌\", table: \"T2\", startsAt: \"2030-09-15T01:00:00.000Z\", capacity: 5 }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationCancelRoundTable($id: ID!) { cancelRoundTable(id: $id) }"): (typeof documents)["mutation AuthorisationCancelRoundTable($id: ID!) { cancelRoundTable(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationTakeRoundTableSeat($id: ID!) { takeRoundTableSeat(id: $id) { id } }"): (typeof documents)["mutation AuthorisationTakeRoundTableSeat($id: ID!) { takeRoundTableSeat(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationLeaveRoundTableSeat($id: ID!) { leaveRoundTableSeat(id: $id) { id } }"): (typeof documents)["mutation AuthorisationLeaveRoundTableSeat($id: ID!) { leaveRoundTableSeat(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationRateMeeting($id: ID!) { rateMeeting(meetingId: $id, rating: NO_SHOW) { id } }"): (typeof documents)["mutation AuthorisationRateMeeting($id: ID!) { rateMeeting(meetingId: $id, rating: NO_SHOW) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationCheckInFirm($e: ID!, $f: ID!) { checkInFirm(eventId: $e, enterpriseId: $f) { alreadyCheckedIn } }"): (typeof documents)["mutation AuthorisationCheckInFirm($e: ID!, $f: ID!) { checkInFirm(eventId: $e, enterpriseId: $f) { alreadyCheckedIn } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationMarkMeetingAttendance($id: ID!) { markMeetingAttendance(meetingId: $id, outcome: HELD) { id } }"): (typeof documents)["mutation AuthorisationMarkMeetingAttendance($id: ID!) { markMeetingAttendance(meetingId: $id, outcome: HELD) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationAddWalkInMeeting($e: ID!, $a: ID!, $c: ID!, $at: DateTime!) { addWalkInMeeting(eventId: $e, input: { enterpriseIds: [$a, $c], startsAt: $at, table: \"T2\" }) { id } }"): (typeof documents)["mutation AuthorisationAddWalkInMeeting($e: ID!, $a: ID!, $c: ID!, $at: DateTime!) { addWalkInMeeting(eventId: $e, input: { enterpriseIds: [$a, $c], startsAt: $at, table: \"T2\" }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationRecordDeal2($e: ID!, $s: ID!, $b: ID!) { recordDeal(input: { eventId: $e, supplierEnterpriseId: $s, buyerEnterpriseId: $b, stage: INTENT }) { id } }"): (typeof documents)["mutation AuthorisationRecordDeal2($e: ID!, $s: ID!, $b: ID!) { recordDeal(input: { eventId: $e, supplierEnterpriseId: $s, buyerEnterpriseId: $b, stage: INTENT }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationAdvanceDeal($id: ID!) { advanceDeal(id: $id, stage: CANCELLED) { id } }"): (typeof documents)["mutation AuthorisationAdvanceDeal($id: ID!) { advanceDeal(id: $id, stage: CANCELLED) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationConfirmDeal($id: ID!) { confirmDeal(id: $id) { id } }"): (typeof documents)["mutation AuthorisationConfirmDeal($id: ID!) { confirmDeal(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationDeclineDeal($id: ID!) { declineDeal(id: $id) { id } }"): (typeof documents)["mutation AuthorisationDeclineDeal($id: ID!) { declineDeal(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationReviewDealForReport($id: ID!) { reviewDealForReport(id: $id, review: EXCLUDED, note: \"不计入\") { id } }"): (typeof documents)["mutation AuthorisationReviewDealForReport($id: ID!) { reviewDealForReport(id: $id, review: EXCLUDED, note: \"不计入\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthorisationDealsAwaitingMyConfirmation { dealsAwaitingMyConfirmation { totalCount edges { node { id } } } }"): (typeof documents)["query AuthorisationDealsAwaitingMyConfirmation { dealsAwaitingMyConfirmation { totalCount edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthorisationMe { me { id } }"): (typeof documents)["query AuthorisationMe { me { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthorisationMatchSuggestions($id: ID!) { matchSuggestions(listingId: $id) { totalCount } }"): (typeof documents)["query AuthorisationMatchSuggestions($id: ID!) { matchSuggestions(listingId: $id) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthorisationPartnerSuggestions($id: ID!) { partnerSuggestions(enterpriseId: $id) { score } }"): (typeof documents)["query AuthorisationPartnerSuggestions($id: ID!) { partnerSuggestions(enterpriseId: $id) { score } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthorisationNotifications2 { notifications { totalCount edges { node { id } } } }"): (typeof documents)["query AuthorisationNotifications2 { notifications { totalCount edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthorisationWebhooks { webhooks { id } }"): (typeof documents)["query AuthorisationWebhooks { webhooks { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthorisationWebhookDeliveries($id: ID!) { webhookDeliveries(webhookId: $id) { totalCount } }"): (typeof documents)["query AuthorisationWebhookDeliveries($id: ID!) { webhookDeliveries(webhookId: $id) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthorisationMyAgenda($e: ID!) { myAgenda(eventId: $e) { id } }"): (typeof documents)["query AuthorisationMyAgenda($e: ID!) { myAgenda(eventId: $e) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthorisationMyCheckIn($e: ID!) { myCheckIn(eventId: $e) { code } }"): (typeof documents)["query AuthorisationMyCheckIn($e: ID!) { myCheckIn(eventId: $e) { code } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthorisationEventAttendees($e: ID!) { eventAttendees(eventId: $e) { totalCount edges { node { checkedInAt } } } }"): (typeof documents)["query AuthorisationEventAttendees($e: ID!) { eventAttendees(eventId: $e) { totalCount edges { node { checkedInAt } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthorisationCheckInSummary($e: ID!) { checkInSummary(eventId: $e) { approved } }"): (typeof documents)["query AuthorisationCheckInSummary($e: ID!) { checkInSummary(eventId: $e) { approved } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthorisationEventFloor($e: ID!) { eventFloor(eventId: $e) { noShows tables { table } } }"): (typeof documents)["query AuthorisationEventFloor($e: ID!) { eventFloor(eventId: $e) { noShows tables { table } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthorisationEventReport($e: ID!) { eventReport(eventId: $e) { funnel { approved } } }"): (typeof documents)["query AuthorisationEventReport($e: ID!) { eventReport(eventId: $e) { funnel { approved } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthorisationScheduleRun($id: ID!) { scheduleRun(id: $id) { id } }"): (typeof documents)["query AuthorisationScheduleRun($id: ID!) { scheduleRun(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthorisationListingImport($id: ID!) { listingImport(id: $id) { id } }"): (typeof documents)["query AuthorisationListingImport($id: ID!) { listingImport(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthorisationPreviewListingImport($id: ID!) { previewListingImport(id: $id) { id } }"): (typeof documents)["query AuthorisationPreviewListingImport($id: ID!) { previewListingImport(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationCommitListingImport($id: ID!) { commitListingImport(id: $id) { id } }"): (typeof documents)["mutation AuthorisationCommitListingImport($id: ID!) { commitListingImport(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthorisationMatchRun($id: ID!) { matchRun(id: $id) { id } }"): (typeof documents)["query AuthorisationMatchRun($id: ID!) { matchRun(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationCreateTechnologyResult2 { createTechnologyResult(input: { title: \"x\", description: \"x\", categoryCodes: [\"1523\"], maturity: PILOT, cooperationModes: [TRANSFER] }) { id } }"): (typeof documents)["mutation AuthorisationCreateTechnologyResult2 { createTechnologyResult(input: { title: \"x\", description: \"x\", categoryCodes: [\"1523\"], maturity: PILOT, cooperationModes: [TRANSFER] }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationCreateProject2 { createInvestmentProject(input: { title: \"x\", description: \"x\", regionCode: \"520300\", categoryCodes: [\"1523\"], stage: PLANNED }) { id } }"): (typeof documents)["mutation AuthorisationCreateProject2 { createInvestmentProject(input: { title: \"x\", description: \"x\", regionCode: \"520300\", categoryCodes: [\"1523\"], stage: PLANNED }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationCreateFinancingProduct { createFinancingProduct(input: { name: \"冒名贷\", minAmountCny: \"1\", maxAmountCny: \"2\", minAnnualRate: 1, maxAnnualRate: 2, minTermMonths: 1, maxTermMonths: 2, guaranteeTypes: [CREDIT] }) { id } }"): (typeof documents)["mutation AuthorisationCreateFinancingProduct { createFinancingProduct(input: { name: \"冒名贷\", minAmountCny: \"1\", maxAmountCny: \"2\", minAnnualRate: 1, maxAnnualRate: 2, minTermMonths: 1, maxTermMonths: 2, guaranteeTypes: [CREDIT] }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationPublishPolicy2 { publishPolicy(input: { title: \"冒名政策\", benefit: \"x\", deadline: \"2099-12-31T00:00:00Z\", regionCodes: [\"520000\"], rules: [] }) { id } }"): (typeof documents)["mutation AuthorisationPublishPolicy2 { publishPolicy(input: { title: \"冒名政策\", benefit: \"x\", deadline: \"2099-12-31T00:00:00Z\", regionCodes: [\"520000\"], rules: [] }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationUpdateTechnologyResult($id: ID!) { updateTechnologyResult(id: $id, input: { title: \"x\", description: \"x\", categoryCodes: [\"1523\"], maturity: PILOT, cooperationModes: [TRANSFER], open: false }) { id } }"): (typeof documents)["mutation AuthorisationUpdateTechnologyResult($id: ID!) { updateTechnologyResult(id: $id, input: { title: \"x\", description: \"x\", categoryCodes: [\"1523\"], maturity: PILOT, cooperationModes: [TRANSFER], open: false }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationCreateTechnologyNeed2 { createTechnologyNeed(input: { title: \"x\", problem: \"x\", categoryCode: \"1523\", deadline: \"2099-12-31\", minMaturity: PILOT }) { id } }"): (typeof documents)["mutation AuthorisationCreateTechnologyNeed2 { createTechnologyNeed(input: { title: \"x\", problem: \"x\", categoryCode: \"1523\", deadline: \"2099-12-31\", minMaturity: PILOT }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationUpdateTechnologyNeed($id: ID!) { updateTechnologyNeed(id: $id, input: { title: \"x\", problem: \"x\", categoryCode: \"1523\", deadline: \"2099-12-31\", minMaturity: PILOT, open: false }) { id } }"): (typeof documents)["mutation AuthorisationUpdateTechnologyNeed($id: ID!) { updateTechnologyNeed(id: $id, input: { title: \"x\", problem: \"x\", categoryCode: \"1523\", deadline: \"2099-12-31\", minMaturity: PILOT, open: false }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationProposeTechnologyContract2($r: ID!, $n: ID!) { proposeTechnologyContract(input: { resultId: $r, needId: $n, amountCny: \"1\", mode: TRANSFER, signedOn: \"2024-01-01\" }) { id } }"): (typeof documents)["mutation AuthorisationProposeTechnologyContract2($r: ID!, $n: ID!) { proposeTechnologyContract(input: { resultId: $r, needId: $n, amountCny: \"1\", mode: TRANSFER, signedOn: \"2024-01-01\" }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationConfirmTechnologyContract($id: ID!) { confirmTechnologyContract(id: $id) { id } }"): (typeof documents)["mutation AuthorisationConfirmTechnologyContract($id: ID!) { confirmTechnologyContract(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationDeclineTechnologyContract($id: ID!) { declineTechnologyContract(id: $id) { id } }"): (typeof documents)["mutation AuthorisationDeclineTechnologyContract($id: ID!) { declineTechnologyContract(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthorisationTechnologyNeedMatches($id: ID!) { technologyNeedMatches(needId: $id) { score } }"): (typeof documents)["query AuthorisationTechnologyNeedMatches($id: ID!) { technologyNeedMatches(needId: $id) { score } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthorisationTechnologyResultMatches($id: ID!) { technologyResultMatches(resultId: $id) { score } }"): (typeof documents)["query AuthorisationTechnologyResultMatches($id: ID!) { technologyResultMatches(resultId: $id) { score } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationReevaluatePolicy($id: ID!) { reevaluatePolicy(id: $id) { id } }"): (typeof documents)["mutation AuthorisationReevaluatePolicy($id: ID!) { reevaluatePolicy(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationApplyForPolicy2($id: ID!) { applyForPolicy(input: { policyId: $id }) { id } }"): (typeof documents)["mutation AuthorisationApplyForPolicy2($id: ID!) { applyForPolicy(input: { policyId: $id }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationReviewPolicyApplication($id: ID!) { reviewPolicyApplication(id: $id, status: ACCEPTED) { id } }"): (typeof documents)["mutation AuthorisationReviewPolicyApplication($id: ID!) { reviewPolicyApplication(id: $id, status: ACCEPTED) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthorisationPolicyApplications($id: ID!) { policy(id: $id) { applications { totalCount } } }"): (typeof documents)["query AuthorisationPolicyApplications($id: ID!) { policy(id: $id) { applications { totalCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthorisationMyPolicies { myPolicies { eligible } }"): (typeof documents)["query AuthorisationMyPolicies { myPolicies { eligible } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationUpdateFinancingProduct($id: ID!) { updateFinancingProduct(id: $id, input: { status: CLOSED }) { id } }"): (typeof documents)["mutation AuthorisationUpdateFinancingProduct($id: ID!) { updateFinancingProduct(id: $id, input: { status: CLOSED }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationCreateFinancingNeed { createFinancingNeed(input: { amountCny: \"1000\", purpose: \"周转\", termMonths: 6, guaranteeTypes: [CREDIT], scale: MICRO }) { id } }"): (typeof documents)["mutation AuthorisationCreateFinancingNeed { createFinancingNeed(input: { amountCny: \"1000\", purpose: \"周转\", termMonths: 6, guaranteeTypes: [CREDIT], scale: MICRO }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationUpdateFinancingNeed($id: ID!) { updateFinancingNeed(id: $id, input: { status: CLOSED }) { id } }"): (typeof documents)["mutation AuthorisationUpdateFinancingNeed($id: ID!) { updateFinancingNeed(id: $id, input: { status: CLOSED }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationShareDealsWithLender($i: ShareDealsWithLenderInput!) { shareDealsWithLender(input: $i) { id } }"): (typeof documents)["mutation AuthorisationShareDealsWithLender($i: ShareDealsWithLenderInput!) { shareDealsWithLender(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationWithdrawDealShare($id: ID!) { withdrawDealShare(id: $id) { id } }"): (typeof documents)["mutation AuthorisationWithdrawDealShare($id: ID!) { withdrawDealShare(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationRecordLoanOutcome($n: ID!, $p: ID!) { recordLoanOutcome(needId: $n, productId: $p, stage: ACCEPTED) { loanStage } }"): (typeof documents)["mutation AuthorisationRecordLoanOutcome($n: ID!, $p: ID!) { recordLoanOutcome(needId: $n, productId: $p, stage: ACCEPTED) { loanStage } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthorisationFinancingNeed($id: ID!) { financingNeed(id: $id) { id sharedDeals { dealId } } }"): (typeof documents)["query AuthorisationFinancingNeed($id: ID!) { financingNeed(id: $id) { id sharedDeals { dealId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthorisationFinancingMatchesForNeed($id: ID!) { financingMatchesForNeed(needId: $id) { totalCount } }"): (typeof documents)["query AuthorisationFinancingMatchesForNeed($id: ID!) { financingMatchesForNeed(needId: $id) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthorisationFinancingMatchesForProduct($id: ID!) { financingMatchesForProduct(productId: $id) { totalCount } }"): (typeof documents)["query AuthorisationFinancingMatchesForProduct($id: ID!) { financingMatchesForProduct(productId: $id) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationUpdateProject($id: ID!) { updateInvestmentProject(id: $id, input: { title: \"x\", description: \"x\", regionCode: \"520300\", categoryCodes: [\"1523\"], stage: PLANNED }) { id } }"): (typeof documents)["mutation AuthorisationUpdateProject($id: ID!) { updateInvestmentProject(id: $id, input: { title: \"x\", description: \"x\", regionCode: \"520300\", categoryCodes: [\"1523\"], stage: PLANNED }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationAddToPipeline2($c: ID!, $p: ID!) { addToInvestmentPipeline(input: { candidateEnterpriseId: $c, projectId: $p }) { id } }"): (typeof documents)["mutation AuthorisationAddToPipeline2($c: ID!, $p: ID!) { addToInvestmentPipeline(input: { candidateEnterpriseId: $c, projectId: $p }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationMovePipeline($id: ID!) { moveInvestmentPipelineEntry(input: { id: $id, stage: CONTACTED }) { id } }"): (typeof documents)["mutation AuthorisationMovePipeline($id: ID!) { moveInvestmentPipelineEntry(input: { id: $id, stage: CONTACTED }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthorisationPipelineEntry($id: ID!) { investmentPipelineEntry(id: $id) { id } }"): (typeof documents)["query AuthorisationPipelineEntry($id: ID!) { investmentPipelineEntry(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthorisationProjectCandidates($id: ID!) { investmentProjectCandidates(projectId: $id) { totalCount } }"): (typeof documents)["query AuthorisationProjectCandidates($id: ID!) { investmentProjectCandidates(projectId: $id) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthorisationInvestmentLeads { investmentLeads(regionCode: \"520300\") { totalCount } }"): (typeof documents)["query AuthorisationInvestmentLeads { investmentLeads(regionCode: \"520300\") { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthorisationInvestmentPipeline { investmentPipeline { totalCount } }"): (typeof documents)["query AuthorisationInvestmentPipeline { investmentPipeline { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorisationMarkNotificationsReadOfOthers($ids: [ID!]!) { markNotificationsRead(ids: $ids) }"): (typeof documents)["mutation AuthorisationMarkNotificationsReadOfOthers($ids: [ID!]!) { markNotificationsRead(ids: $ids) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthorisationNotifications3 { notifications(unreadOnly: true) { edges { node { id } } } }"): (typeof documents)["query AuthorisationNotifications3 { notifications(unreadOnly: true) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthorisationListing($id: ID!) { listing(id: $id) { id } }"): (typeof documents)["query AuthorisationListing($id: ID!) { listing(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthorisationListings { listings(filter: { kind: DEMAND, categoryCode: \"3055\" }) { totalCount edges { node { id } } } }"): (typeof documents)["query AuthorisationListings { listings(filter: { kind: DEMAND, categoryCode: \"3055\" }) { totalCount edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthorisationDockingEvent2($id: ID!) { dockingEvent(id: $id) { meetings { id } meetingRequests { id } deals { id } latestScheduleRun { id } } }"): (typeof documents)["query AuthorisationDockingEvent2($id: ID!) { dockingEvent(id: $id) { meetings { id } meetingRequests { id } deals { id } latestScheduleRun { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthorisationListingProposals2 { listingProposals { totalCount } }"): (typeof documents)["query AuthorisationListingProposals2 { listingProposals { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthorisationMyEnterpriseClaims3 { myEnterpriseClaims { totalCount } }"): (typeof documents)["query AuthorisationMyEnterpriseClaims3 { myEnterpriseClaims { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthorisationEnterpriseClaims2 { enterpriseClaims { totalCount } }"): (typeof documents)["query AuthorisationEnterpriseClaims2 { enterpriseClaims { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BookingsAddMeetingSession($e: ID!, $input: MeetingSessionInput!) { addMeetingSession(eventId: $e, input: $input) { id } }"): (typeof documents)["mutation BookingsAddMeetingSession($e: ID!, $input: MeetingSessionInput!) { addMeetingSession(eventId: $e, input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BookingsBookMeeting($id: ID!, $s: DateTime!, $t: String!) { bookMeeting(requestId: $id, startsAt: $s, table: $t) { id } }"): (typeof documents)["mutation BookingsBookMeeting($id: ID!, $s: DateTime!, $t: String!) { bookMeeting(requestId: $id, startsAt: $s, table: $t) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BookingsDockingEvent($id: ID!) { dockingEvent(id: $id) { meetings { id } } }"): (typeof documents)["query BookingsDockingEvent($id: ID!) { dockingEvent(id: $id) { meetings { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EventEndedAddSession($e: ID!, $i: MeetingSessionInput!) { addMeetingSession(eventId: $e, input: $i) { id } }"): (typeof documents)["mutation EventEndedAddSession($e: ID!, $i: MeetingSessionInput!) { addMeetingSession(eventId: $e, input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EventEndedCreateRoundTable($e: ID!, $i: RoundTableInput!) { createRoundTable(eventId: $e, input: $i) { id } }"): (typeof documents)["mutation EventEndedCreateRoundTable($e: ID!, $i: RoundTableInput!) { createRoundTable(eventId: $e, input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EventEndedTakeSeat($id: ID!) { takeRoundTableSeat(id: $id) { id seatsTaken } }"): (typeof documents)["mutation EventEndedTakeSeat($id: ID!) { takeRoundTableSeat(id: $id) { id seatsTaken } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ForwardedForLogIn($input: LogInInput!) { logIn(input: $input) { accessToken } }"): (typeof documents)["mutation ForwardedForLogIn($input: LogInInput!) { logIn(input: $input) { accessToken } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ForwardedForSignUp($input: SignUpInput!) { signUp(input: $input) { accessToken } }"): (typeof documents)["mutation ForwardedForSignUp($input: SignUpInput!) { signUp(input: $input) { accessToken } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImportTrustListingProposals($s: ListingProposalStatus) { listingProposals(status: $s) { totalCount edges { node { id status eventId eventTitle kind title description quantity unit priceMin priceMax certifications validUntil listingId } } } }"): (typeof documents)["query ImportTrustListingProposals($s: ListingProposalStatus) { listingProposals(status: $s) { totalCount edges { node { id status eventId eventTitle kind title description quantity unit priceMin priceMax certifications validUntil listingId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ImportTrustRespondToListingProposal($id: ID!, $a: Boolean!) { respondToListingProposal(id: $id, accept: $a) { id status listingId } }"): (typeof documents)["mutation ImportTrustRespondToListingProposal($id: ID!, $a: Boolean!) { respondToListingProposal(id: $id, accept: $a) { id status listingId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ImportTrustRegisterEnterprise($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { id name claimed verificationStatus } }"): (typeof documents)["mutation ImportTrustRegisterEnterprise($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { id name claimed verificationStatus } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImportTrustMyEnterpriseClaims { myEnterpriseClaims { totalCount edges { node { id status name enterprise { id claimed } } } } }"): (typeof documents)["query ImportTrustMyEnterpriseClaims { myEnterpriseClaims { totalCount edges { node { id status name enterprise { id claimed } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ImportTrustReviewEnterpriseClaim($id: ID!, $a: Boolean!) { reviewEnterpriseClaim(id: $id, approve: $a) { id status } }"): (typeof documents)["mutation ImportTrustReviewEnterpriseClaim($id: ID!, $a: Boolean!) { reviewEnterpriseClaim(id: $id, approve: $a) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ImportTrustVerifyEnterprise($id: ID!) { verifyEnterprise(id: $id) { id verificationStatus verifiedAt } }"): (typeof documents)["mutation ImportTrustVerifyEnterprise($id: ID!) { verifyEnterprise(id: $id) { id verificationStatus verifiedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImportTrustEnterprise($id: ID!) { enterprise(id: $id) { id name claimed verificationStatus verifiedAt needsReview } }"): (typeof documents)["query ImportTrustEnterprise($id: ID!) { enterprise(id: $id) { id name claimed verificationStatus verifiedAt needsReview } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImportTrustDockingEvent($id: ID!) { dockingEvent(id: $id) { registrations { status enterprise { id } } } }"): (typeof documents)["query ImportTrustDockingEvent($id: ID!) { dockingEvent(id: $id) { registrations { status enterprise { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImportTrustNotifications { notifications { edges { node { kind data } } } }"): (typeof documents)["query ImportTrustNotifications { notifications { edges { node { kind data } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImportTrustListing($id: ID!) { listing(id: $id) { title description quantity unit status enterprise { id } } }"): (typeof documents)["query ImportTrustListing($id: ID!) { listing(id: $id) { title description quantity unit status enterprise { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImportTrustDockingEvent2($id: ID!) { dockingEvent(id: $id) { registrations { status enterprise { id } listings { id } } } }"): (typeof documents)["query ImportTrustDockingEvent2($id: ID!) { dockingEvent(id: $id) { registrations { status enterprise { id } listings { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImportTrustListing2($id: ID!) { listing(id: $id) { enterprise { id claimed verificationStatus } } }"): (typeof documents)["query ImportTrustListing2($id: ID!) { listing(id: $id) { enterprise { id claimed verificationStatus } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImportTrustMe { me { enterprise { id } } }"): (typeof documents)["query ImportTrustMe { me { enterprise { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImportTrustEnterpriseClaims { enterpriseClaims { totalCount } }"): (typeof documents)["query ImportTrustEnterpriseClaims { enterpriseClaims { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImportTrustEnterpriseClaims2 { enterpriseClaims(status: PENDING) { edges { node { id enterprise { id } } } } }"): (typeof documents)["query ImportTrustEnterpriseClaims2 { enterpriseClaims(status: PENDING) { edges { node { id enterprise { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImportTrustMe2 { me { enterprise { id claimed } } }"): (typeof documents)["query ImportTrustMe2 { me { enterprise { id claimed } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImportTrustNotifications2 { notifications { edges { node { kind } } } }"): (typeof documents)["query ImportTrustNotifications2 { notifications { edges { node { kind } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImportTrustEnterprisesToReview { enterprisesToReview(first: 100) { totalCount edges { node { id needsReview } } } }"): (typeof documents)["query ImportTrustEnterprisesToReview { enterprisesToReview(first: 100) { totalCount edges { node { id needsReview } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ListingFloodCreate($input: CreateListingInput!) { createListing(input: $input) { id } }"): (typeof documents)["mutation ListingFloodCreate($input: CreateListingInput!) { createListing(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ListingFloodClose($id: ID!) { closeListing(id: $id) { id status } }"): (typeof documents)["mutation ListingFloodClose($id: ID!) { closeListing(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListingPageCacheContact { listings(first: 1) { edges { node { id enterprise { id contactPhone } } } } }"): (typeof documents)["query ListingPageCacheContact { listings(first: 1) { edges { node { id enterprise { id contactPhone } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ListingPageCacheLogOutEverywhere { logOutEverywhere }"): (typeof documents)["mutation ListingPageCacheLogOutEverywhere { logOutEverywhere }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListingPageCachePage($first: Int, $filter: ListingFilter) { listings(first: $first, filter: $filter) { edges { node { id title confidential matchingStatus enterprise { id name } } } pageInfo { hasNextPage } } }"): (typeof documents)["query ListingPageCachePage($first: Int, $filter: ListingFilter) { listings(first: $first, filter: $filter) { edges { node { id title confidential matchingStatus enterprise { id name } } } pageInfo { hasNextPage } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LoginAttacksLogIn($input: LogInInput!) { logIn(input: $input) { accessToken } }"): (typeof documents)["mutation LoginAttacksLogIn($input: LogInInput!) { logIn(input: $input) { accessToken } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LoginAttacksSignUp($input: SignUpInput!) { signUp(input: $input) { accessToken } }"): (typeof documents)["mutation LoginAttacksSignUp($input: SignUpInput!) { signUp(input: $input) { accessToken } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LostAnnouncementNotifications { notifications(first: 20) { edges { node { kind data } } } }"): (typeof documents)["query LostAnnouncementNotifications { notifications(first: 20) { edges { node { kind data } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PostgresCreateListing($i: CreateListingInput!) { createListing(input: $i) { id } }"): (typeof documents)["mutation PostgresCreateListing($i: CreateListingInput!) { createListing(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PostgresUpdateListing($id: ID!, $t: String!) { updateListing(id: $id, input: { title: $t }) { id } }"): (typeof documents)["mutation PostgresUpdateListing($id: ID!, $t: String!) { updateListing(id: $id, input: { title: $t }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PostgresUpdateListing2($id: ID!) { updateListing(id: $id, input: { title: \"锁释放后\" }) { title } }"): (typeof documents)["mutation PostgresUpdateListing2($id: ID!) { updateListing(id: $id, input: { title: \"锁释放后\" }) { title } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RedisCreateListing($i: CreateListingInput!) { createListing(input: $i) { id } }"): (typeof documents)["mutation RedisCreateListing($i: CreateListingInput!) { createListing(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AsAtEventRecordDeal($input: RecordDealInput!) { recordDeal(input: $input) { id reportStatus } }"): (typeof documents)["mutation AsAtEventRecordDeal($input: RecordDealInput!) { recordDeal(input: $input) { id reportStatus } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AsAtEventConfirmDeal($id: ID!) { confirmDeal(id: $id) { id } }"): (typeof documents)["mutation AsAtEventConfirmDeal($id: ID!) { confirmDeal(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AsAtEventMoveFirm($id: ID!, $input: UpdateEnterpriseInput!) { updateEnterprise(id: $id, input: $input) { id sector } }"): (typeof documents)["mutation AsAtEventMoveFirm($id: ID!, $input: UpdateEnterpriseInput!) { updateEnterprise(id: $id, input: $input) { id sector } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AsAtEventReport($e: ID!) { eventReport(eventId: $e) { localSupplyShare bySector { sector firms contracts amountCny } } }"): (typeof documents)["query AsAtEventReport($e: ID!) { eventReport(eventId: $e) { localSupplyShare bySector { sector firms contracts amountCny } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription SeveralProcessesNotifications { notificationReceived { id kind } }"): (typeof documents)["subscription SeveralProcessesNotifications { notificationReceived { id kind } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SeveralProcessesUpdateListing($id: ID!, $input: UpdateListingInput!) { updateListing(id: $id, input: $input) { id } }"): (typeof documents)["mutation SeveralProcessesUpdateListing($id: ID!, $input: UpdateListingInput!) { updateListing(id: $id, input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ShutdownCreateListing($i: CreateListingInput!) { createListing(input: $i) { id } }"): (typeof documents)["mutation ShutdownCreateListing($i: CreateListingInput!) { createListing(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TokenRevocationLogIn($i: LogInInput!) { logIn(input: $i) { accessToken } }"): (typeof documents)["mutation TokenRevocationLogIn($i: LogInInput!) { logIn(input: $i) { accessToken } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TokenRevocationLogOut { logOut }"): (typeof documents)["mutation TokenRevocationLogOut { logOut }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TokenRevocationMeEmail { me { email } }"): (typeof documents)["query TokenRevocationMeEmail { me { email } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TokenRevocationMe { me { id role } }"): (typeof documents)["query TokenRevocationMe { me { id role } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TokenRevocationGrantRole($id: ID!) { grantRole(userId: $id, role: MEMBER) { id } }"): (typeof documents)["mutation TokenRevocationGrantRole($id: ID!) { grantRole(userId: $id, role: MEMBER) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TokenRevocationMe2 { me { role } }"): (typeof documents)["query TokenRevocationMe2 { me { role } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TokenRevocationCachedMe { me { id role } }"): (typeof documents)["query TokenRevocationCachedMe { me { id role } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TokenRevocationDemote($id: ID!) { grantRole(userId: $id, role: MEMBER) { id } }"): (typeof documents)["mutation TokenRevocationDemote($id: ID!) { grantRole(userId: $id, role: MEMBER) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WebhookSsrfCreateWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }"): (typeof documents)["mutation WebhookSsrfCreateWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WebhookSsrfWebhookDeliveries($id: ID!) { webhookDeliveries(webhookId: $id) { edges { node { status attempts lastStatusCode lastError } } } }"): (typeof documents)["query WebhookSsrfWebhookDeliveries($id: ID!) { webhookDeliveries(webhookId: $id) { edges { node { status attempts lastStatusCode lastError } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WebhookSsrfWebhooks { webhooks { id } }"): (typeof documents)["query WebhookSsrfWebhooks { webhooks { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WebhookSsrfRegisterForEvent($e: ID!) { registerForEvent(eventId: $e) { id } }"): (typeof documents)["mutation WebhookSsrfRegisterForEvent($e: ID!) { registerForEvent(eventId: $e) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WebhookSsrfReviewRegistration($id: ID!) { reviewRegistration(id: $id, approve: true) { id } }"): (typeof documents)["mutation WebhookSsrfReviewRegistration($id: ID!) { reviewRegistration(id: $id, approve: true) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WebhooksCreateWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { secret webhook { id } } }"): (typeof documents)["mutation WebhooksCreateWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { secret webhook { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WebhooksWebhookDeliveries($id: ID!) { webhookDeliveries(webhookId: $id) { edges { node { status attempts lastStatusCode lastError } } } }"): (typeof documents)["query WebhooksWebhookDeliveries($id: ID!) { webhookDeliveries(webhookId: $id) { edges { node { status attempts lastStatusCode lastError } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WebhooksRegisterForEvent($e: ID!) { registerForEvent(eventId: $e) { id } }"): (typeof documents)["mutation WebhooksRegisterForEvent($e: ID!) { registerForEvent(eventId: $e) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WebhooksReviewRegistration($id: ID!) { reviewRegistration(id: $id, approve: true) { id } }"): (typeof documents)["mutation WebhooksReviewRegistration($id: ID!) { reviewRegistration(id: $id, approve: true) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WebhooksWebhooks { webhooks { enabled } }"): (typeof documents)["query WebhooksWebhooks { webhooks { enabled } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WebhooksNotifications { notifications { edges { node { kind } } } }"): (typeof documents)["query WebhooksNotifications { notifications { edges { node { kind } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WsLimitsMe { me { id } }"): (typeof documents)["query WsLimitsMe { me { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WsLimitsDemote($id: ID!) { grantRole(userId: $id, role: MEMBER) { id } }"): (typeof documents)["mutation WsLimitsDemote($id: ID!) { grantRole(userId: $id, role: MEMBER) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResearchVerifyEnterprise($id: ID!, $t: ParticipantType) { verifyEnterprise(id: $id, participantType: $t) { id participantType verificationStatus } }"): (typeof documents)["mutation ResearchVerifyEnterprise($id: ID!, $t: ParticipantType) { verifyEnterprise(id: $id, participantType: $t) { id participantType verificationStatus } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResearchCreateResult($input: TechnologyResultInput!) { createTechnologyResult(input: $input) { id title maturity priceCny cooperationModes categories { code } ipRights { kind number } enterprise { id } } }"): (typeof documents)["mutation ResearchCreateResult($input: TechnologyResultInput!) { createTechnologyResult(input: $input) { id title maturity priceCny cooperationModes categories { code } ipRights { kind number } enterprise { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResearchUpdateResult($id: ID!, $input: TechnologyResultInput!) { updateTechnologyResult(id: $id, input: $input) { id title } }"): (typeof documents)["mutation ResearchUpdateResult($id: ID!, $input: TechnologyResultInput!) { updateTechnologyResult(id: $id, input: $input) { id title } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResearchCreateNeed($input: TechnologyNeedInput!) { createTechnologyNeed(input: $input) { id title minMaturity event { id } } }"): (typeof documents)["mutation ResearchCreateNeed($input: TechnologyNeedInput!) { createTechnologyNeed(input: $input) { id title minMaturity event { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResearchNeedMatches($id: ID!) { technologyNeedMatches(needId: $id) { score reasons { condition met text } result { id title } } }"): (typeof documents)["query ResearchNeedMatches($id: ID!) { technologyNeedMatches(needId: $id) { score reasons { condition met text } result { id title } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResearchResultMatches($id: ID!) { technologyResultMatches(resultId: $id) { score reasons { condition met text } need { id title } } }"): (typeof documents)["query ResearchResultMatches($id: ID!) { technologyResultMatches(resultId: $id) { score reasons { condition met text } need { id title } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResearchPropose($input: ProposeTechnologyContractInput!) { proposeTechnologyContract(input: $input) { id status amountCny mode awaitingMyConfirmation event { id } } }"): (typeof documents)["mutation ResearchPropose($input: ProposeTechnologyContractInput!) { proposeTechnologyContract(input: $input) { id status amountCny mode awaitingMyConfirmation event { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResearchConfirm($id: ID!) { confirmTechnologyContract(id: $id) { id status awaitingMyConfirmation } }"): (typeof documents)["mutation ResearchConfirm($id: ID!) { confirmTechnologyContract(id: $id) { id status awaitingMyConfirmation } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResearchDecline($id: ID!) { declineTechnologyContract(id: $id) { id status } }"): (typeof documents)["mutation ResearchDecline($id: ID!) { declineTechnologyContract(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResearchMyContracts { myTechnologyContracts(first: 10) { totalCount edges { node { id status awaitingMyConfirmation result { title } need { title } research { id } firm { id } } } } }"): (typeof documents)["query ResearchMyContracts { myTechnologyContracts(first: 10) { totalCount edges { node { id status awaitingMyConfirmation result { title } need { title } research { id } firm { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResearchMoveFirm($id: ID!, $input: UpdateEnterpriseInput!) { updateEnterprise(id: $id, input: $input) { id } }"): (typeof documents)["mutation ResearchMoveFirm($id: ID!, $input: UpdateEnterpriseInput!) { updateEnterprise(id: $id, input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResearchEventReport($e: ID!) { eventReport(eventId: $e) { technologyContracts { contracts amountCny bySector { sector contracts amountCny } byCategory { category { code } contracts amountCny } byRegion { region { code } contracts amountCny } } } }"): (typeof documents)["query ResearchEventReport($e: ID!) { eventReport(eventId: $e) { technologyContracts { contracts amountCny bySector { sector contracts amountCny } byCategory { category { code } contracts amountCny } byRegion { region { code } contracts amountCny } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResearchNotifications { notifications(first: 50) { edges { node { kind title data } } } }"): (typeof documents)["query ResearchNotifications { notifications(first: 50) { edges { node { kind title data } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RoundTablesCreate($e: ID!, $i: RoundTableInput!) { createRoundTable(eventId: $e, input: $i) { id topic table startsAt endsAt capacity seatsTaken host { id } } }"): (typeof documents)["mutation RoundTablesCreate($e: ID!, $i: RoundTableInput!) { createRoundTable(eventId: $e, input: $i) { id topic table startsAt endsAt capacity seatsTaken host { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RoundTablesCancel($id: ID!) { cancelRoundTable(id: $id) }"): (typeof documents)["mutation RoundTablesCancel($id: ID!) { cancelRoundTable(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RoundTablesNotifications { notifications(first: 50) { edges { node { kind title body data } } } }"): (typeof documents)["query RoundTablesNotifications { notifications(first: 50) { edges { node { kind title body data } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RoundTablesTake($id: ID!) { takeRoundTableSeat(id: $id) { id seatsTaken mySeat } }"): (typeof documents)["mutation RoundTablesTake($id: ID!) { takeRoundTableSeat(id: $id) { id seatsTaken mySeat } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RoundTablesLeave($id: ID!) { leaveRoundTableSeat(id: $id) { id seatsTaken mySeat } }"): (typeof documents)["mutation RoundTablesLeave($id: ID!) { leaveRoundTableSeat(id: $id) { id seatsTaken mySeat } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RoundTablesList($e: ID!) { dockingEvent(id: $e) { roundTables(first: 20) { id topic table startsAt endsAt capacity seatsTaken mySeat hosting seats { id } host { id } } } }"): (typeof documents)["query RoundTablesList($e: ID!) { dockingEvent(id: $e) { roundTables(first: 20) { id topic table startsAt endsAt capacity seatsTaken mySeat hosting seats { id } host { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RoundTablesMine($e: ID!) { myRoundTables(eventId: $e) { id topic hosting mySeat seats { id } } }"): (typeof documents)["query RoundTablesMine($e: ID!) { myRoundTables(eventId: $e) { id topic hosting mySeat seats { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RoundTablesMeetings($e: ID!) { dockingEvent(id: $e) { meetings { id startsAt endsAt table parties { id } } } }"): (typeof documents)["query RoundTablesMeetings($e: ID!) { dockingEvent(id: $e) { meetings { id startsAt endsAt table parties { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RoundTablesBook($id: ID!, $at: DateTime!, $t: String!) { bookMeeting(requestId: $id, startsAt: $at, table: $t) { id startsAt table } }"): (typeof documents)["mutation RoundTablesBook($id: ID!, $at: DateTime!, $t: String!) { bookMeeting(requestId: $id, startsAt: $at, table: $t) { id startsAt table } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RoundTablesCheckIn($e: ID!, $f: ID) { checkInFirm(eventId: $e, enterpriseId: $f) { __typename } }"): (typeof documents)["mutation RoundTablesCheckIn($e: ID!, $f: ID) { checkInFirm(eventId: $e, enterpriseId: $f) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RoundTablesWalkIn($e: ID!, $input: WalkInMeetingInput!) { addWalkInMeeting(eventId: $e, input: $input) { id } }"): (typeof documents)["mutation RoundTablesWalkIn($e: ID!, $input: WalkInMeetingInput!) { addWalkInMeeting(eventId: $e, input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RoundTablesReport($e: ID!) { eventReport(eventId: $e) { roundTables { roundTables seats seatsTaken hosts seatedFirms } } }"): (typeof documents)["query RoundTablesReport($e: ID!) { eventReport(eventId: $e) { roundTables { roundTables seats seatsTaken hosts seatedFirms } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RoundTablesAddSession($e: ID!, $i: MeetingSessionInput!) { addMeetingSession(eventId: $e, input: $i) { id } }"): (typeof documents)["mutation RoundTablesAddSession($e: ID!, $i: MeetingSessionInput!) { addMeetingSession(eventId: $e, input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RoundTablesPublish($e: ID!) { publishSchedule(eventId: $e) { id } }"): (typeof documents)["mutation RoundTablesPublish($e: ID!) { publishSchedule(eventId: $e) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ScheduleLocksMeetings($id: ID!) { dockingEvent(id: $id) { meetings { id startsAt table published locked parties { id name } request { id } } } }"): (typeof documents)["query ScheduleLocksMeetings($id: ID!) { dockingEvent(id: $id) { meetings { id startsAt table published locked parties { id name } request { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScheduleLocksLock($id: ID!) { lockMeeting(id: $id) { id locked startsAt table } }"): (typeof documents)["mutation ScheduleLocksLock($id: ID!) { lockMeeting(id: $id) { id locked startsAt table } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScheduleLocksUnlock($id: ID!) { unlockMeeting(id: $id) { id locked } }"): (typeof documents)["mutation ScheduleLocksUnlock($id: ID!) { unlockMeeting(id: $id) { id locked } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScheduleLocksMove($id: ID!, $s: DateTime!, $t: String!) { moveMeeting(id: $id, startsAt: $s, table: $t) { id startsAt table locked } }"): (typeof documents)["mutation ScheduleLocksMove($id: ID!, $s: DateTime!, $t: String!) { moveMeeting(id: $id, startsAt: $s, table: $t) { id startsAt table locked } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ScheduleLocksInbox { notifications(first: 50) { edges { node { kind body data } } } }"): (typeof documents)["query ScheduleLocksInbox { notifications(first: 50) { edges { node { kind body data } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScheduleLocksAddSession($e: ID!, $i: MeetingSessionInput!) { addMeetingSession(eventId: $e, input: $i) { id } }"): (typeof documents)["mutation ScheduleLocksAddSession($e: ID!, $i: MeetingSessionInput!) { addMeetingSession(eventId: $e, input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScheduleLocksPublish($e: ID!) { publishSchedule(eventId: $e) { id } }"): (typeof documents)["mutation ScheduleLocksPublish($e: ID!) { publishSchedule(eventId: $e) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScheduleThreadAddSession($e: ID!, $i: MeetingSessionInput!) { addMeetingSession(eventId: $e, input: $i) { id } }"): (typeof documents)["mutation ScheduleThreadAddSession($e: ID!, $i: MeetingSessionInput!) { addMeetingSession(eventId: $e, input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription SubscriptionsNotificationReceived { notificationReceived { id kind title body } }"): (typeof documents)["subscription SubscriptionsNotificationReceived { notificationReceived { id kind title body } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SubscriptionsNotifications { notifications { totalCount edges { node { kind body } } } }"): (typeof documents)["query SubscriptionsNotifications { notifications { totalCount edges { node { kind body } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubscriptionsCreateWebhook { createWebhook(input: { url: \"http://127.0.0.1:9/x\", kinds: [\"MATCH_SUGGESTED\"] }) { secret } }"): (typeof documents)["mutation SubscriptionsCreateWebhook { createWebhook(input: { url: \"http://127.0.0.1:9/x\", kinds: [\"MATCH_SUGGESTED\"] }) { secret } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessFixtureAddMeetingSession($e: ID!, $input: MeetingSessionInput!) { addMeetingSession(eventId: $e, input: $input) { id } }"): (typeof documents)["mutation AccessFixtureAddMeetingSession($e: ID!, $input: MeetingSessionInput!) { addMeetingSession(eventId: $e, input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessFixtureRegisterForEvent($e: ID!, $l: [ID!]) { registerForEvent(eventId: $e, listingIds: $l) { id } }"): (typeof documents)["mutation AccessFixtureRegisterForEvent($e: ID!, $l: [ID!]) { registerForEvent(eventId: $e, listingIds: $l) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessFixtureReviewRegistration($id: ID!) { reviewRegistration(id: $id, approve: true) { id } }"): (typeof documents)["mutation AccessFixtureReviewRegistration($id: ID!) { reviewRegistration(id: $id, approve: true) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessFixturePublishSchedule($e: ID!) { publishSchedule(eventId: $e) { id } }"): (typeof documents)["mutation AccessFixturePublishSchedule($e: ID!) { publishSchedule(eventId: $e) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessFixtureDockingEvent($id: ID!) { dockingEvent(id: $id) { meetings { id parties { id } } } }"): (typeof documents)["query AccessFixtureDockingEvent($id: ID!) { dockingEvent(id: $id) { meetings { id parties { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessFixtureRateMeeting($m: ID!, $r: MeetingRating!, $c: String) { rateMeeting(meetingId: $m, rating: $r, comment: $c) { id } }"): (typeof documents)["mutation AccessFixtureRateMeeting($m: ID!, $r: MeetingRating!, $c: String) { rateMeeting(meetingId: $m, rating: $r, comment: $c) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessFixtureRecordDeal($i: RecordDealInput!) { recordDeal(input: $i) { id } }"): (typeof documents)["mutation AccessFixtureRecordDeal($i: RecordDealInput!) { recordDeal(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SupportLogIn { logIn(input: { email: \"admin@duijie.test\", password: \"admin-test-password\" }) { accessToken } }"): (typeof documents)["mutation SupportLogIn { logIn(input: { email: \"admin@duijie.test\", password: \"admin-test-password\" }) { accessToken } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SupportGrantRole($id: ID!) { grantRole(userId: $id, role: ORGANISER) { id } }"): (typeof documents)["mutation SupportGrantRole($id: ID!) { grantRole(userId: $id, role: ORGANISER) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SupportCreateDockingEvent($input: CreateDockingEventInput!) { createDockingEvent(input: $input) { id } }"): (typeof documents)["mutation SupportCreateDockingEvent($input: CreateDockingEventInput!) { createDockingEvent(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SupportRegisterForEvent($e: ID!) { registerForEvent(eventId: $e) { id status } }"): (typeof documents)["mutation SupportRegisterForEvent($e: ID!) { registerForEvent(eventId: $e) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SupportReviewRegistration($id: ID!) { reviewRegistration(id: $id, approve: true) { id } }"): (typeof documents)["mutation SupportReviewRegistration($id: ID!) { reviewRegistration(id: $id, approve: true) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SupportRequestMeeting($e: ID!, $input: MeetingRequestInput!) { requestMeeting(eventId: $e, input: $input) { id status mutual tableTags message } }"): (typeof documents)["mutation SupportRequestMeeting($e: ID!, $input: MeetingRequestInput!) { requestMeeting(eventId: $e, input: $input) { id status mutual tableTags message } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SupportRespondToMeetingRequest($id: ID!, $a: Boolean!) { respondToMeetingRequest(id: $id, accept: $a) { id status } }"): (typeof documents)["mutation SupportRespondToMeetingRequest($id: ID!, $a: Boolean!) { respondToMeetingRequest(id: $id, accept: $a) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SupportScheduleRun($id: ID!) { scheduleRun(id: $id) { id status placed unplaced objective upperBound solveMillis error unplacedRequests { reason detail request { id } } } }"): (typeof documents)["query SupportScheduleRun($id: ID!) { scheduleRun(id: $id) { id status placed unplaced objective upperBound solveMillis error unplacedRequests { reason detail request { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SupportScheduleMeetings($e: ID!) { scheduleMeetings(eventId: $e) { id status } }"): (typeof documents)["mutation SupportScheduleMeetings($e: ID!) { scheduleMeetings(eventId: $e) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SupportSignUp($input: SignUpInput!) { signUp(input: $input) { accessToken user { id } } }"): (typeof documents)["mutation SupportSignUp($input: SignUpInput!) { signUp(input: $input) { accessToken user { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SupportRegisterEnterprise($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { id name creditCode } }"): (typeof documents)["mutation SupportRegisterEnterprise($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { id name creditCode } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ListingFields on Listing { id kind title description quantity unit priceMin priceMax priceNegotiable certifications validUntil status confidential matchingStatus createdAt updatedAt category { code name } region { code name } enterprise { id name } }"): (typeof documents)["fragment ListingFields on Listing { id kind title description quantity unit priceMin priceMax priceNegotiable certifications validUntil status confidential matchingStatus createdAt updatedAt category { code name } region { code name } enterprise { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SupportCreateListing($input: CreateListingInput!) { createListing(input: $input) { ...ListingFields } }"): (typeof documents)["mutation SupportCreateListing($input: CreateListingInput!) { createListing(input: $input) { ...ListingFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SupportMatchedListing($id: ID!) { listing(id: $id) { matchingStatus } }"): (typeof documents)["query SupportMatchedListing($id: ID!) { listing(id: $id) { matchingStatus } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SupportMatchSuggestions($id: ID!, $first: Int, $after: String) { matchSuggestions(listingId: $id, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id score supplyDecision demandDecision reasons { code contribution detail } supply { id title enterprise { id } } demand { id title confidential enterprise { id } } } } } }"): (typeof documents)["query SupportMatchSuggestions($id: ID!, $first: Int, $after: String) { matchSuggestions(listingId: $id, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id score supplyDecision demandDecision reasons { code contribution detail } supply { id title enterprise { id } } demand { id title confidential enterprise { id } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WebhooksCreateWebhook2($input: CreateWebhookInput!) { createWebhook(input: $input) { secret webhook { id url kinds enabled } } }"): (typeof documents)["mutation WebhooksCreateWebhook2($input: CreateWebhookInput!) { createWebhook(input: $input) { secret webhook { id url kinds enabled } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WebhooksWebhookDeliveries2($id: ID!) { webhookDeliveries(webhookId: $id) { totalCount edges { node { status attempts lastStatusCode lastError deliveredAt } } } }"): (typeof documents)["query WebhooksWebhookDeliveries2($id: ID!) { webhookDeliveries(webhookId: $id) { totalCount edges { node { status attempts lastStatusCode lastError deliveredAt } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WebhooksWebhooks2 { webhooks { id url } }"): (typeof documents)["query WebhooksWebhooks2 { webhooks { id url } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WebhooksDeleteWebhook($id: ID!) { deleteWebhook(id: $id) }"): (typeof documents)["mutation WebhooksDeleteWebhook($id: ID!) { deleteWebhook(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WebhooksRaceList { webhooks { id } }"): (typeof documents)["query WebhooksRaceList { webhooks { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkerCloseListing($id: ID!) { closeListing(id: $id) { id } }"): (typeof documents)["mutation WorkerCloseListing($id: ID!) { closeListing(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkerListing($id: ID!) { listing(id: $id) { status } }"): (typeof documents)["query WorkerListing($id: ID!) { listing(id: $id) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkerEnterprise($id: ID!) { enterprise(id: $id) { listings(status: EXPIRED) { totalCount } } }"): (typeof documents)["query WorkerEnterprise($id: ID!) { enterprise(id: $id) { listings(status: EXPIRED) { totalCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkerUpdateListing($id: ID!) { updateListing(id: $id, input: { validUntil: \"2099-01-01\" }) { status validUntil } }"): (typeof documents)["mutation WorkerUpdateListing($id: ID!) { updateListing(id: $id, input: { validUntil: \"2099-01-01\" }) { status validUntil } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;