import type { Role } from '../generated/graphql';
import type { MessageId } from '../locales/zh-CN';
import { AppPath } from './paths';

/** Who may manage docking events (主办方): the organiser's pages and menu entries. */
export const ORGANISER_ROLES: readonly Role[] = ['ORGANISER', 'ADMIN'];

/** The menu, titled by message key (locales/zh-CN/menu.ts); MemberLayout draws the entries the user's role may see. */
export const MEMBER_MENU: { path: AppPath; title: MessageId; roles?: readonly Role[] }[] = [
  { path: AppPath.Listings, title: 'menu.listings' },
  { path: AppPath.Suggestions, title: 'menu.suggestions' },
  { path: AppPath.Events, title: 'menu.events' },
  { path: AppPath.ChainPanorama, title: 'menu.chainPanorama' },
  { path: AppPath.Investment, title: 'menu.investment' },
  { path: AppPath.Notifications, title: 'menu.notifications' },
  { path: AppPath.Enterprise, title: 'menu.enterprise' },
  { path: AppPath.OrganiserEvents, title: 'menu.organiserEvents', roles: ORGANISER_ROLES },
];
