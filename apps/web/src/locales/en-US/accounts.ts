import type { MessageId } from '../zh-CN';

export default {
  'auth.login.title': 'Log in',
  'auth.signup.title': 'Sign up',
  'auth.email': 'E-mail',
  'auth.password': 'Password',
  'auth.passwordHint': 'At least 10 characters',
  'auth.displayName': 'Name',
  'auth.login.submit': 'Log in',
  'auth.signup.submit': 'Sign up',
  'auth.toSignup': 'No account? Sign up',
  'auth.toLogin': 'Have an account? Log in',
} satisfies Partial<Record<MessageId, string>>;
