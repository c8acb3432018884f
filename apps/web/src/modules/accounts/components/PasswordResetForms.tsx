import { Alert, Button, Card, Form, Input } from 'antd';
import { Link } from 'react-router';

import { useT } from '../../../app/i18n';
import { AppPath } from '../../../app/paths';
import { usePasswordReset } from '../hooks/usePasswordReset';
import { NewPasswordFields } from './NewPasswordFields';

/** 忘记密码: the e-mail that receives a reset link; the answer is the same whether it is registered or not. */
export function ForgotPasswordForm() {
  const t = useT();
  const [form] = Form.useForm<{ email: string }>();
  const r = usePasswordReset(form);
  return (
    <Card title={t('reset.forgot.title')} style={{ width: 400, maxWidth: '100%' }}>
      {r.alert && <Alert type="error" title={r.alert} showIcon style={{ marginBottom: 16 }} role="alert" />}
      {r.done ? (
        <Alert type="success" title={t('reset.forgot.sent')} showIcon role="status" />
      ) : (
        <Form
          form={form}
          layout="vertical"
          requiredMark={false}
          initialValues={{ email: '' }}
          onFinish={({ email }) => void r.requestLink(email)}
        >
          <Form.Item
            name="email"
            label={t('auth.email')}
            extra={t('reset.forgot.hint')}
            rules={[{ required: true, message: t('common.required', { field: t('auth.email') }) }]}
          >
            <Input type="email" autoComplete="email" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={r.loading}>
            {t('reset.forgot.submit')}
          </Button>
        </Form>
      )}
      <div style={{ marginTop: 16, textAlign: 'center' }}>
        <Link to={AppPath.LogIn}>{t('auth.toLogin')}</Link>
      </div>
    </Card>
  );
}

/** The mailed link's form: a new password (twice) for the link's token; then to log-in. */
export function ResetPasswordForm({ token }: { token: string }) {
  const t = useT();
  const [form] = Form.useForm<{ newPassword: string; confirm: string }>();
  const r = usePasswordReset(form);
  return (
    <Card title={t('reset.set.title')} style={{ width: 400, maxWidth: '100%' }}>
      {!token && (
        <Alert type="error" title={t('reset.set.noToken')} showIcon style={{ marginBottom: 16 }} role="alert" />
      )}
      {r.alert && <Alert type="error" title={r.alert} showIcon style={{ marginBottom: 16 }} role="alert" />}
      {r.done ? (
        <Alert type="success" title={t('reset.set.done')} showIcon role="status" />
      ) : (
        token && (
          <Form
            form={form}
            layout="vertical"
            requiredMark={false}
            onFinish={({ newPassword }) => void r.setPassword(token, newPassword)}
          >
            <NewPasswordFields />
            <Button type="primary" htmlType="submit" block loading={r.loading}>
              {t('reset.set.submit')}
            </Button>
          </Form>
        )
      )}
      <div style={{ marginTop: 16, textAlign: 'center' }}>
        <Link to={r.done ? AppPath.LogIn : AppPath.ForgotPassword}>
          {t(r.done ? 'reset.set.toLogin' : 'reset.set.again')}
        </Link>
      </div>
    </Card>
  );
}
