import { Alert, Button, Card, Checkbox, Form, Input, Popconfirm, Select, Table, Tag, Typography } from 'antd';
import { useEffect } from 'react';

import { useT } from '../../../app/i18n';
import { useNotificationSettings } from '../hooks/useNotificationSettings';
import { NOTIFICATION_KIND_LABELS, NOTIFICATION_KINDS } from '../utils/kinds';

/** Which kinds also come by e-mail, and the firm's webhooks (the secret shown once). */
export function NotificationSettings({ email }: { email: string }) {
  const t = useT();
  const s = useNotificationSettings();
  const [emailForm] = Form.useForm<{ kinds: string[] }>();
  const [hookForm] = Form.useForm<{ url: string; kinds: string[] }>();
  useEffect(() => emailForm.setFieldsValue({ kinds: s.emailKinds }), [s.emailKinds, emailForm]);
  const kindOptions = NOTIFICATION_KINDS.map((k) => ({ value: k, label: t(NOTIFICATION_KIND_LABELS[k]) }));
  return (
    <>
      <Card title={t('settings.email')} style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary">{t('settings.email.hint', { email })}</Typography.Paragraph>
        <Form form={emailForm} onFinish={(v) => void s.saveEmailKinds(v.kinds ?? [])}>
          <Form.Item name="kinds">
            <Checkbox.Group options={kindOptions} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={s.savingKinds}>
            {t('common.save')}
          </Button>
        </Form>
      </Card>
      <Card title={t('webhooks.title')}>
        <Typography.Paragraph type="secondary">{t('webhooks.hint')}</Typography.Paragraph>
        {s.secret && (
          <Alert
            type="warning"
            showIcon
            closable={{ onClose: s.clearSecret }}
            style={{ marginBottom: 16 }}
            title={t('webhooks.secret')}
            description={
              <Typography.Text copyable code>
                {s.secret}
              </Typography.Text>
            }
          />
        )}
        <Form
          form={hookForm}
          layout="inline"
          onFinish={(v) => void s.createWebhook(hookForm, v)}
          style={{ marginBottom: 16, rowGap: 8 }}
        >
          <Form.Item
            name="url"
            label={t('webhooks.url')}
            rules={[{ required: true, message: t('common.required', { field: t('webhooks.url') }) }]}
          >
            <Input placeholder="https://" style={{ width: 320 }} />
          </Form.Item>
          <Form.Item
            name="kinds"
            label={t('webhooks.kinds')}
            rules={[{ required: true, message: t('common.required', { field: t('webhooks.kinds') }) }]}
          >
            <Select mode="multiple" options={kindOptions} style={{ minWidth: 240 }} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={s.creating}>
            {t('webhooks.create')}
          </Button>
        </Form>
        <Table
          rowKey="id"
          size="small"
          loading={s.loading}
          dataSource={s.webhooks}
          pagination={false}
          locale={{ emptyText: t('webhooks.empty') }}
          columns={[
            { title: t('webhooks.url'), dataIndex: 'url' },
            {
              title: t('webhooks.kinds'),
              render: (_, w) =>
                w.kinds.map((k) => (
                  <Tag key={k}>
                    {k in NOTIFICATION_KIND_LABELS
                      ? t(NOTIFICATION_KIND_LABELS[k as keyof typeof NOTIFICATION_KIND_LABELS])
                      : k}
                  </Tag>
                )),
            },
            {
              title: t('webhooks.status'),
              render: (_, w) => (
                <Tag color={w.enabled ? 'success' : 'default'}>{t(w.enabled ? 'webhooks.on' : 'webhooks.off')}</Tag>
              ),
            },
            {
              title: t('common.actions'),
              render: (_, w) => (
                <Popconfirm
                  title={t('webhooks.delete.confirm')}
                  okText={t('common.confirm')}
                  cancelText={t('common.cancel')}
                  onConfirm={() => void s.deleteWebhook(w.id)}
                >
                  <Button size="small" danger>
                    {t('common.delete')}
                  </Button>
                </Popconfirm>
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}
