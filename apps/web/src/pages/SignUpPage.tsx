import { useNavigate } from 'react-router';

import { AppPath } from '../app/paths';
import { AuthForm } from '../modules/accounts/components/AuthForm';

export default function SignUpPage() {
  const navigate = useNavigate();
  return (
    <AuthForm
      mode="signUp"
      otherPath={AppPath.LogIn}
      onDone={() => void navigate(AppPath.Enterprise, { replace: true })}
    />
  );
}
