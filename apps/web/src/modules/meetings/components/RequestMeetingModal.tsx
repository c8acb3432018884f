import { Alert, Checkbox, Form, Input, Modal, Select } from 'antd';
import { useEffect } from 'react';

import { useT } from '../../../app/i18n';
import type { RequestMeetingValues } from '../hooks/useRequestMeeting';
import { useRequestMeeting } from '../hooks/useRequestMeeting';
import { TABLE_TAG_LABELS } from '../utils/requestLabels';

export interface MeetingTarget {
  enterpriseId: string;
  name: string;
  matchSuggestionId?: string;
  /** The event, when the request starts from its participant list. */
  eventId?: string;
}

/** 邀约洽谈: message and table needs; the event is chosen when the request starts from a suggestion. */
export function RequestMeetingModal({
  target,
  events,
  onClose,
}: {
  target: MeetingTarget | null;
  events: { id: string; title: string }[];
  onClose: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<RequestMeetingValues>();
  const { submit, loading, alert } = useRequestMeeting(form, onClose);
  useEffect(() => {
    if (target) form.setFieldsValue({ eventId: target.eventId ?? events[0]?.id, message: '', tableTags: [] });
  }, [target, events, form]);
  return (
    <Modal
      open={Boolean(target)}
      title={`${t('request.title')} · ${target?.name ?? ''}`}
      okText={t('request.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {alert && <Alert type="error" title={alert} showIcon role="alert" style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => target && void submit(v, target.enterpriseId, target.matchSuggestionId)}
      >
        <Form.Item
          name="eventId"
          label={t('menu.events')}
          hidden={Boolean(target?.eventId)}
          rules={[{ required: true, message: t('common.required', { field: t('menu.events') }) }]}
        >
          <Select options={events.map((e) => ({ value: e.id, label: e.title }))} />
        </Form.Item>
        <Form.Item name="message" label={t('request.message')}>
          <Input.TextArea rows={3} maxLength={1000} placeholder={t('request.message.placeholder')} />
        </Form.Item>
        <Form.Item name="tableTags" label={t('request.tableTags')}>
          <Checkbox.Group
            options={Object.entries(TABLE_TAG_LABELS).map(([value, label]) => ({ value, label: t(label) }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
