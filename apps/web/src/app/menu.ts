import type { MessageId } from '../locales/zh-CN';
import { AppPath } from './paths';

/** The member menu, titled by message key (locales/zh-CN/menu.ts); MemberLayout draws it. */
export const MEMBER_MENU: { path: AppPath; title: MessageId }[] = [
  { path: AppPath.Listings, title: 'menu.listings' },
  { path: AppPath.Suggestions, title: 'menu.suggestions' },
  { path: AppPath.Events, title: 'menu.events' },
  { path: AppPath.ChainPanorama, title: 'menu.chainPanorama' },
  { path: AppPath.Notifications, title: 'menu.notifications' },
  { path: AppPath.Enterprise, title: 'menu.enterprise' },
];
