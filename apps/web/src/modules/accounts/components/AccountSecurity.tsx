import { Button, Card, Form, Input, Popconfirm, Typography } from 'antd';

import { useT } from '../../../app/i18n';
import type { ChangePasswordInput } from '../../../generated/graphql';
import type { MessageId } from '../../../locales/zh-CN';
import { useAccountSecurity } from '../hooks/useAccountSecurity';
import { NewPasswordFields } from './NewPasswordFields';

/** 账户安全: change the password; log out of every device. */
export function AccountSecurity({ email, onLoggedOut }: { email: string; onLoggedOut: () => void }) {
  const t = useT();
  const [form] = Form.useForm<ChangePasswordInput & { confirm: string }>();
  const s = useAccountSecurity(form, onLoggedOut);
  const required = (field: MessageId) => ({ required: true, message: t('common.required', { field: t(field) }) });
  return (
    <>
      <Card title={t('account.password.title')} style={{ marginBottom: 16, maxWidth: 560 }}>
        <Typography.Paragraph type="secondary">{t('account.password.hint', { email })}</Typography.Paragraph>
        <Form
          form={form}
          layout="vertical"
          requiredMark={false}
          onFinish={({ currentPassword, newPassword }) => void s.changePassword({ currentPassword, newPassword })}
        >
          {/* The account's e-mail, for password managers filling the form. */}
          <input type="email" autoComplete="username" value={email} readOnly hidden />
          <Form.Item
            name="currentPassword"
            label={t('account.password.current')}
            rules={[required('account.password.current')]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <NewPasswordFields />
          <Button type="primary" htmlType="submit" loading={s.changing}>
            {t('account.password.submit')}
          </Button>
        </Form>
      </Card>
      <Card title={t('account.sessions.title')} style={{ maxWidth: 560 }}>
        <Typography.Paragraph type="secondary">{t('account.sessions.hint')}</Typography.Paragraph>
        <Popconfirm title={t('account.sessions.confirm')} onConfirm={() => void s.logOutEverywhere()}>
          <Button danger loading={s.endingAll}>
            {t('account.sessions.submit')}
          </Button>
        </Popconfirm>
      </Card>
    </>
  );
}
