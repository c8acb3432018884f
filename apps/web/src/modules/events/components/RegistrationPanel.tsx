import { Alert, Button, Form, Select, Space, Tag } from 'antd';
import { useEffect } from 'react';

import { useT } from '../../../app/i18n';
import type { RegistrationItemFragment } from '../../../generated/graphql';
import { useRegisterForEvent } from '../hooks/useRegisterForEvent';
import { REGISTRATION_COLORS, REGISTRATION_LABELS } from '../utils/registrationLabels';

/** The state of my registration, and registering with chosen listings. */
export function RegistrationPanel({
  eventId,
  mine,
  open,
  listingOptions,
}: {
  eventId: string;
  mine: RegistrationItemFragment | null;
  open: boolean;
  listingOptions: { value: string; label: string }[];
}) {
  const t = useT();
  const [form] = Form.useForm<{ listingIds: string[] }>();
  const { register, loading } = useRegisterForEvent(eventId);
  useEffect(() => form.setFieldsValue({ listingIds: mine?.listings.map((l) => l.id) ?? [] }), [mine, form]);
  return (
    <div style={{ maxWidth: 720 }}>
      <Space style={{ marginBottom: 12 }}>
        <span>{t('registration.state')}：</span>
        {mine ? (
          <Tag color={REGISTRATION_COLORS[mine.status]} aria-label={t('registration.state')}>
            {t(REGISTRATION_LABELS[mine.status])}
          </Tag>
        ) : (
          <Tag>{t('registration.none')}</Tag>
        )}
      </Space>
      {!open && !mine && <Alert type="warning" title={t('registration.closed')} />}
      {(open || mine) && (
        <Form form={form} layout="vertical" onFinish={(v) => void register(v.listingIds ?? [])}>
          <Form.Item name="listingIds" label={t('registration.listings')}>
            <Select mode="multiple" options={listingOptions} showSearch={{ optionFilterProp: 'label' }} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={loading} disabled={!open}>
            {t(mine ? 'registration.update' : 'registration.submit')}
          </Button>
        </Form>
      )}
    </div>
  );
}
