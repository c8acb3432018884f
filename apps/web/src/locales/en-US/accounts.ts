import type { MessageId } from '../zh-CN';

export default {
  'auth.login.title': 'Log in',
  'auth.signup.title': 'Sign up',
  'auth.email': 'E-mail',
  'auth.password': 'Password',
  'auth.passwordHint': 'At least 10 characters; not a run of digits or keys, a common password or the e-mail',
  'auth.displayName': 'Name',
  'auth.login.submit': 'Log in',
  'auth.signup.submit': 'Sign up',
  'auth.toSignup': 'No account? Sign up',
  'auth.toLogin': 'Have an account? Log in',
  'account.password.title': 'Change password',
  'account.password.hint':
    'Account {email}. Once changed, every log-in on other devices and browsers ends; this one goes on.',
  'account.password.current': 'Current password',
  'account.password.new': 'New password',
  'account.password.newHint': 'At least 10 characters; not a run of digits or keys, a common password or the e-mail',
  'account.password.confirm': 'Confirm the new password',
  'account.password.mismatch': 'The two new passwords differ',
  'account.password.submit': 'Change password',
  'account.password.changed': 'Password changed; log-ins on other devices have ended',
  'account.sessions.title': 'Log out everywhere',
  'account.sessions.hint':
    'For a lost phone or laptop, or a log-in on someone else’s computer: every log-in of this account on every device and browser, this one included, ends and must log in again.',
  'account.sessions.confirm': 'Log out on every device?',
  'account.sessions.submit': 'Log out everywhere',
} satisfies Partial<Record<MessageId, string>>;
