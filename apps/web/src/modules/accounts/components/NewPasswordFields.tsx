import { Form, Input } from 'antd';

import { useT } from '../../../app/i18n';

/** 新密码 and 确认新密码, the second checked against the first: for changing a password and for setting one from a mailed link. */
export function NewPasswordFields() {
  const t = useT();
  return (
    <>
      <Form.Item
        name="newPassword"
        label={t('account.password.new')}
        extra={t('account.password.newHint')}
        rules={[{ required: true, message: t('common.required', { field: t('account.password.new') }) }]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t('account.password.confirm')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('common.required', { field: t('account.password.confirm') }) },
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              !value || value === getFieldValue('newPassword')
                ? Promise.resolve()
                : Promise.reject(new Error(t('account.password.mismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}
