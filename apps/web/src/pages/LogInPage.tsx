import { useNavigate, useSearchParams } from 'react-router';

import { AppPath } from '../app/paths';
import { AuthForm } from '../modules/accounts/components/AuthForm';

export default function LogInPage() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = params.get('next');
  const target = next && next.startsWith('/') && !next.startsWith('//') ? next : AppPath.Listings;
  return <AuthForm mode="logIn" otherPath={AppPath.SignUp} onDone={() => void navigate(target, { replace: true })} />;
}
