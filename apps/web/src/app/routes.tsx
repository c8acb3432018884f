import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { Navigate } from 'react-router';

import { ErrorBoundary } from './ErrorBoundary';
import { MemberLayout } from './MemberLayout';
import { PageSkeleton } from './PageSkeleton';
import { AppPath } from './paths';
import { PublicLayout } from './PublicLayout';
import { RequireOrganiser } from './RequireOrganiser';
import { RouteErrorPage } from './RouteErrorPage';

// Every page is its own chunk: signing in loads none of the listing, event or settings code.
const pages = {
  logIn: () => import('../pages/LogInPage'),
  signUp: () => import('../pages/SignUpPage'),
  forgotPassword: () => import('../pages/ForgotPasswordPage'),
  resetPassword: () => import('../pages/ResetPasswordPage'),
  enterprise: () => import('../pages/EnterprisePage'),
  listings: () => import('../pages/ListingsPage'),
  listingDetail: () => import('../pages/ListingDetailPage'),
  suggestions: () => import('../pages/SuggestionsPage'),
  notifications: () => import('../pages/NotificationsPage'),
  notificationSettings: () => import('../pages/NotificationSettingsPage'),
  accountSecurity: () => import('../pages/AccountSecurityPage'),
  events: () => import('../pages/EventsPage'),
  eventDetail: () => import('../pages/EventDetailPage'),
  eventSchedule: () => import('../pages/SchedulePage'),
  eventReport: () => import('../pages/EventReportPage'),
  chainPanorama: () => import('../pages/ChainPanoramaPage'),
  policies: () => import('../pages/PoliciesPage'),
  policyPublisher: () => import('../pages/PolicyPublisherPage'),
  financingProducts: () => import('../pages/FinancingProductsPage'),
  financingNeeds: () => import('../pages/FinancingNeedsPage'),
  investment: () => import('../pages/InvestmentPage'),
  organiserEvents: () => import('../pages/OrganiserEventsPage'),
  organiserEventNew: () => import('../pages/OrganiserEventNewPage'),
  organiserEvent: () => import('../pages/OrganiserEventPage'),
  organiserClaims: () => import('../pages/OrganiserClaimsPage'),
  eventDay: () => import('../pages/EventDayPage'),
  eventFloor: () => import('../pages/EventFloorPage'),
  researchResults: () => import('../pages/ResearchResultsPage'),
  technologyNeeds: () => import('../pages/TechnologyNeedsPage'),
  notFound: () => import('../pages/NotFoundPage'),
};
const LogInPage = lazy(pages.logIn);
const SignUpPage = lazy(pages.signUp);
const ForgotPasswordPage = lazy(pages.forgotPassword);
const ResetPasswordPage = lazy(pages.resetPassword);
const EnterprisePage = lazy(pages.enterprise);
const ListingsPage = lazy(pages.listings);
const ListingDetailPage = lazy(pages.listingDetail);
const SuggestionsPage = lazy(pages.suggestions);
const NotificationsPage = lazy(pages.notifications);
const NotificationSettingsPage = lazy(pages.notificationSettings);
const AccountSecurityPage = lazy(pages.accountSecurity);
const EventsPage = lazy(pages.events);
const EventDetailPage = lazy(pages.eventDetail);
const SchedulePage = lazy(pages.eventSchedule);
const EventReportPage = lazy(pages.eventReport);
const ChainPanoramaPage = lazy(pages.chainPanorama);
const PoliciesPage = lazy(pages.policies);
const PolicyPublisherPage = lazy(pages.policyPublisher);
const FinancingProductsPage = lazy(pages.financingProducts);
const FinancingNeedsPage = lazy(pages.financingNeeds);
const InvestmentPage = lazy(pages.investment);
const OrganiserEventsPage = lazy(pages.organiserEvents);
const OrganiserEventNewPage = lazy(pages.organiserEventNew);
const OrganiserEventPage = lazy(pages.organiserEvent);
const OrganiserClaimsPage = lazy(pages.organiserClaims);
const EventDayPage = lazy(pages.eventDay);
const EventFloorPage = lazy(pages.eventFloor);
const ResearchResultsPage = lazy(pages.researchResults);
const TechnologyNeedsPage = lazy(pages.technologyNeeds);
const NotFoundPage = lazy(pages.notFound);

/**
 * Starts loading the first page's chunk at once, beside the session check, instead of after it
 * (the signed-in frame renders its page only once it knows the user).
 */
export function preloadFirstPage(path: string): void {
  const first =
    path === AppPath.Home || path === AppPath.Listings
      ? pages.listings
      : path.startsWith('/listings/')
        ? pages.listingDetail
        : path.startsWith('/events/')
          ? pages.eventDetail
          : path === AppPath.Events
            ? pages.events
            : path === AppPath.LogIn
              ? pages.logIn
              : null;
  void first?.();
}

/**
 * The one route table. Role guards are layout routes: MemberLayout for signed-in users (part 2
 * adds an organiser layout beside it, with its own menu, for /organiser/… pages).
 */
export const routes: RouteObject[] = [
  {
    errorElement: <RouteErrorPage />,
    children: [
      {
        element: <PublicLayout />,
        children: [
          { path: AppPath.LogIn, element: <LogInPage /> },
          { path: AppPath.SignUp, element: <SignUpPage /> },
          { path: AppPath.ForgotPassword, element: <ForgotPasswordPage /> },
          { path: AppPath.ResetPassword, element: <ResetPasswordPage /> },
        ],
      },
      // Full screen for the venue's display: no menu; the page sends a signed-out screen to log-in.
      {
        path: AppPath.EventFloor,
        element: (
          <ErrorBoundary>
            <Suspense fallback={<PageSkeleton />}>
              <EventFloorPage />
            </Suspense>
          </ErrorBoundary>
        ),
      },
      {
        element: <MemberLayout />,
        children: [
          { path: AppPath.Home, element: <Navigate to={AppPath.Listings} replace /> },
          { path: AppPath.Enterprise, element: <EnterprisePage /> },
          { path: AppPath.Listings, element: <ListingsPage /> },
          { path: AppPath.ListingDetail, element: <ListingDetailPage /> },
          { path: AppPath.Suggestions, element: <SuggestionsPage /> },
          { path: AppPath.Notifications, element: <NotificationsPage /> },
          { path: AppPath.NotificationSettings, element: <NotificationSettingsPage /> },
          { path: AppPath.AccountSecurity, element: <AccountSecurityPage /> },
          { path: AppPath.Events, element: <EventsPage /> },
          { path: AppPath.EventDetail, element: <EventDetailPage /> },
          { path: AppPath.EventTab, element: <EventDetailPage /> },
          { path: AppPath.ChainPanorama, element: <ChainPanoramaPage /> },
          { path: AppPath.ResearchResults, element: <ResearchResultsPage /> },
          { path: AppPath.TechnologyNeeds, element: <TechnologyNeedsPage /> },
          { path: AppPath.Policies, element: <PoliciesPage /> },
          { path: AppPath.PolicyPublisher, element: <PolicyPublisherPage /> },
          { path: AppPath.FinancingProducts, element: <FinancingProductsPage /> },
          { path: AppPath.FinancingNeeds, element: <FinancingNeedsPage /> },
          { path: AppPath.Investment, element: <InvestmentPage /> },
          {
            element: <RequireOrganiser />,
            children: [
              { path: AppPath.OrganiserEvents, element: <OrganiserEventsPage /> },
              { path: AppPath.OrganiserEventNew, element: <OrganiserEventNewPage /> },
              { path: AppPath.OrganiserEvent, element: <OrganiserEventPage /> },
              { path: AppPath.OrganiserEventTab, element: <OrganiserEventPage /> },
              { path: AppPath.OrganiserClaims, element: <OrganiserClaimsPage /> },
              { path: AppPath.EventSchedule, element: <SchedulePage /> },
              { path: AppPath.EventReport, element: <EventReportPage /> },
              { path: AppPath.EventDay, element: <EventDayPage /> },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
