import { Alert, Form, Modal, Select } from 'antd';
import { useEffect } from 'react';

import { useT } from '../../../app/i18n';
import { formatDateTime } from '../../../shared/format';
import type { Refusal } from '../hooks/useScheduleActions';
import { tableName } from '../utils/scheduleGrid';
import type { AcceptedRequest } from './UnscheduledRequests';

interface Props {
  request: AcceptedRequest | null;
  slots: readonly string[];
  tables: readonly { label: string; tags: readonly string[] }[];
  refusal: Refusal | null;
  onBook: (requestId: string, table: string, slot: string) => Promise<boolean>;
  onClose: () => void;
}

interface Values {
  slot: string;
  table: string;
}

/** Places an accepted request by hand at a slot and table; a refusal stays in the dialog. */
export function PlaceRequestModal({ request, slots, tables, refusal, onBook, onClose }: Props) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  useEffect(() => {
    if (request) form.resetFields();
  }, [request, form]);
  const fits = (tags: readonly string[]) => (request?.tableTags ?? []).every((n) => tags.includes(n));
  return (
    <Modal
      open={Boolean(request)}
      title={request ? `${t('schedule.manual.place')}：${request.requester.name} — ${request.invitee.name}` : ''}
      okText={t('schedule.manual.place')}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => {
          if (request) void onBook(request.id, v.table, v.slot).then((booked) => booked && onClose());
        }}
      >
        <Form.Item name="slot" label={t('schedule.manual.slot')} rules={[{ required: true }]}>
          <Select options={slots.map((s) => ({ value: s, label: formatDateTime(s) }))} />
        </Form.Item>
        <Form.Item name="table" label={t('schedule.manual.table')} rules={[{ required: true }]}>
          <Select
            options={tables.map((x) => ({
              value: x.label,
              label: x.tags.length ? `${tableName(x.label)}（${x.tags.join('、')}）` : tableName(x.label),
              disabled: !fits(x.tags),
            }))}
          />
        </Form.Item>
      </Form>
      {refusal && <Alert type="error" showIcon role="alert" title={refusal.message} />}
    </Modal>
  );
}
