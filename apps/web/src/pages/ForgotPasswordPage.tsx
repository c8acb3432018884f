import { ForgotPasswordForm } from '../modules/accounts/components/PasswordResetForms';

export default function ForgotPasswordPage() {
  return <ForgotPasswordForm />;
}
