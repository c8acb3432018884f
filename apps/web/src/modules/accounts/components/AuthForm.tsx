import { Alert, Button, Card, Form, Input } from 'antd';
import { Link } from 'react-router';

import { useT } from '../../../app/i18n';
import { AppPath } from '../../../app/paths';
import type { SignUpInput } from '../../../generated/graphql';
import { useLogIn } from '../hooks/useLogIn';

/** Log-in or sign-up card; after either, `onDone` takes the user on. */
export function AuthForm({
  mode,
  onDone,
  otherPath,
}: {
  mode: 'logIn' | 'signUp';
  onDone: () => void;
  otherPath: string;
}) {
  const t = useT();
  const [form] = Form.useForm<SignUpInput>();
  const { alert, loading, logIn, signUp } = useLogIn(form, onDone);
  const signingUp = mode === 'signUp';
  const title = t(signingUp ? 'auth.signup.title' : 'auth.login.title');
  return (
    <Card title={title} style={{ width: 400, maxWidth: '100%' }}>
      {alert && <Alert type="error" title={alert} showIcon style={{ marginBottom: 16 }} role="alert" />}
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={signingUp ? { email: '', password: '', displayName: '' } : { email: '', password: '' }}
        onFinish={(values) => void (signingUp ? signUp(values) : logIn(values))}
      >
        {signingUp && (
          <Form.Item
            name="displayName"
            label={t('auth.displayName')}
            rules={[{ required: true, message: t('common.required', { field: t('auth.displayName') }) }]}
          >
            <Input autoComplete="name" />
          </Form.Item>
        )}
        <Form.Item
          name="email"
          label={t('auth.email')}
          rules={[{ required: true, message: t('common.required', { field: t('auth.email') }) }]}
        >
          <Input type="email" autoComplete="email" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('auth.password')}
          extra={signingUp ? t('auth.passwordHint') : undefined}
          rules={[{ required: true, message: t('common.required', { field: t('auth.password') }) }]}
        >
          <Input.Password autoComplete={signingUp ? 'new-password' : 'current-password'} />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={loading}>
          {t(signingUp ? 'auth.signup.submit' : 'auth.login.submit')}
        </Button>
      </Form>
      <div style={{ marginTop: 16, textAlign: 'center' }}>
        <Link to={otherPath}>{t(signingUp ? 'auth.toLogin' : 'auth.toSignup')}</Link>
        {!signingUp && (
          <>
            {' · '}
            <Link to={AppPath.ForgotPassword}>{t('auth.forgot')}</Link>
          </>
        )}
      </div>
    </Card>
  );
}
