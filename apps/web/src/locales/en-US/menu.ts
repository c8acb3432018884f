import type { MessageId } from '../zh-CN';

export default {
  'menu.listings': 'My listings',
  'menu.suggestions': 'Suggested matches',
  'menu.chainPanorama': 'Chain map',
  'menu.events': 'Events',
  'menu.notifications': 'Notifications',
  'menu.enterprise': 'Company',
  'menu.settings': 'Notification settings',
  'menu.account': 'Account security',
  'menu.financingProducts': 'Finance: products',
  'menu.financingNeeds': 'Finance: needs',
} satisfies Partial<Record<MessageId, string>>;
