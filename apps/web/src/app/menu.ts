import type { ParticipantType, Role } from '../generated/graphql';
import type { MessageId } from '../locales/zh-CN';
import { AppPath } from './paths';

/** Who may manage docking events (主办方): the organiser's pages and menu entries. */
export const ORGANISER_ROLES: readonly Role[] = ['ORGANISER', 'ADMIN'];

/** The menu, titled by message key (locales/zh-CN/menu.ts); MemberLayout draws the entries the user's role may see. */
export const MEMBER_MENU: {
  path: AppPath;
  title: MessageId;
  roles?: readonly Role[];
  group?: MessageId;
  /** Shown only to members of a participant of these types (政产学金 pages). */
  participantTypes?: readonly ParticipantType[];
}[] = [
  { path: AppPath.Listings, title: 'menu.listings' },
  { path: AppPath.Suggestions, title: 'menu.suggestions' },
  { path: AppPath.Events, title: 'menu.events' },
  { path: AppPath.ChainPanorama, title: 'menu.chainPanorama' },
  { path: AppPath.ResearchResults, title: 'menu.researchResults', group: 'menu.group.gcxj' },
  { path: AppPath.TechnologyNeeds, title: 'menu.technologyNeeds', group: 'menu.group.gcxj' },
  { path: AppPath.FinancingNeeds, title: 'menu.financingNeeds', group: 'menu.group.gcxj' },
  { path: AppPath.FinancingProducts, title: 'menu.financingProducts', group: 'menu.group.gcxj' },
  { path: AppPath.Investment, title: 'menu.investment' },
  { path: AppPath.Notifications, title: 'menu.notifications' },
  {
    path: AppPath.Policies,
    title: 'menu.policies',
    group: 'menu.group.gcxj',
    participantTypes: ['ENTERPRISE'],
  },
  {
    path: AppPath.PolicyPublisher,
    title: 'menu.policyPublisher',
    group: 'menu.group.gcxj',
    participantTypes: ['GOVERNMENT'],
  },
  { path: AppPath.Enterprise, title: 'menu.enterprise' },
  { path: AppPath.OrganiserEvents, title: 'menu.organiserEvents', roles: ORGANISER_ROLES },
  { path: AppPath.OrganiserClaims, title: 'menu.organiserClaims', roles: ORGANISER_ROLES },
];

type MenuEntry = (typeof MEMBER_MENU)[number];

/** The menu with grouped entries (政产学金 …) gathered into one submenu where the group first appears. */
export function groupMenu(menu: readonly MenuEntry[]): (MenuEntry | { group: MessageId; items: MenuEntry[] })[] {
  const out: (MenuEntry | { group: MessageId; items: MenuEntry[] })[] = [];
  const groups = new Map<MessageId, MenuEntry[]>();
  for (const item of menu) {
    if (!item.group) {
      out.push(item);
      continue;
    }
    const items = groups.get(item.group);
    if (items) items.push(item);
    else {
      const fresh = [item];
      groups.set(item.group, fresh);
      out.push({ group: item.group, items: fresh });
    }
  }
  return out;
}
