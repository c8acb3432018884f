import { useMe } from '../modules/accounts/hooks/useMe';
import { NotificationSettings } from '../modules/notifications/components/NotificationSettings';

export default function NotificationSettingsPage() {
  const { me } = useMe();
  return <NotificationSettings email={me?.email ?? ''} />;
}
