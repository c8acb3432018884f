import { useNavigate } from 'react-router';

import { AppPath } from '../app/paths';
import { AccountSecurity } from '../modules/accounts/components/AccountSecurity';
import { useMe } from '../modules/accounts/hooks/useMe';

export default function AccountSecurityPage() {
  const { me } = useMe();
  const navigate = useNavigate();
  return <AccountSecurity email={me?.email ?? ''} onLoggedOut={() => void navigate(AppPath.LogIn)} />;
}
