import { useLiveNotifications } from '../hooks/useLiveNotifications';

/** Mounted once in the signed-in layout: keeps the cache live over the subscription. Renders nothing. */
export function NotificationsEffect() {
  useLiveNotifications();
  return null;
}
