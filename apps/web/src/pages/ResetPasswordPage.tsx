import { useSearchParams } from 'react-router';

import { ResetPasswordForm } from '../modules/accounts/components/PasswordResetForms';

export default function ResetPasswordPage() {
  const [params] = useSearchParams();
  return <ResetPasswordForm token={params.get('token') ?? ''} />;
}
