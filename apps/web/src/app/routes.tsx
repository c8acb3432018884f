import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { Navigate } from 'react-router';

import type { MessageId } from '../locales/zh-CN';
import { MemberLayout } from './MemberLayout';
import { AppPath } from './paths';
import { PublicLayout } from './PublicLayout';
import { RouteErrorPage } from './RouteErrorPage';

// Every page is its own chunk: signing in loads none of the listing, event or settings code.
const LogInPage = lazy(() => import('../pages/LogInPage'));
const SignUpPage = lazy(() => import('../pages/SignUpPage'));
const EnterprisePage = lazy(() => import('../pages/EnterprisePage'));
const ListingsPage = lazy(() => import('../pages/ListingsPage'));
const ListingDetailPage = lazy(() => import('../pages/ListingDetailPage'));
const SuggestionsPage = lazy(() => import('../pages/SuggestionsPage'));
const NotificationsPage = lazy(() => import('../pages/NotificationsPage'));
const NotificationSettingsPage = lazy(() => import('../pages/NotificationSettingsPage'));
const EventsPage = lazy(() => import('../pages/EventsPage'));
const EventDetailPage = lazy(() => import('../pages/EventDetailPage'));
const NotFoundPage = lazy(() => import('../pages/NotFoundPage'));

/** The member menu, titled by message key (locales/zh-CN/menu.ts). */
export const MEMBER_MENU: { path: AppPath; title: MessageId }[] = [
  { path: AppPath.Listings, title: 'menu.listings' },
  { path: AppPath.Suggestions, title: 'menu.suggestions' },
  { path: AppPath.Events, title: 'menu.events' },
  { path: AppPath.Notifications, title: 'menu.notifications' },
  { path: AppPath.Enterprise, title: 'menu.enterprise' },
];

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
        ],
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
          { path: AppPath.Events, element: <EventsPage /> },
          { path: AppPath.EventDetail, element: <EventDetailPage /> },
          { path: AppPath.EventTab, element: <EventDetailPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
