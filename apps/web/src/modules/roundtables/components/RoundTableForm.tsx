import { Button, Card, Form, Input, InputNumber, Select } from 'antd';

import { useT } from '../../../app/i18n';
import { formatDateTime } from '../../../shared/format';
import type { RoundTableFormValues } from '../hooks/useCreateRoundTable';
import { useCreateRoundTable } from '../hooks/useCreateRoundTable';
import { useRoundTables } from '../hooks/useRoundTables';
import { RoundTableList } from './RoundTableList';

/** The organiser's round tables (圆桌对接): the list, and setting one up (host, topic, table, slots, seats). */
export function RoundTableForm({ eventId }: { eventId: string }) {
  const t = useT();
  const [form] = Form.useForm<RoundTableFormValues>();
  const { hosts, submit, creating } = useCreateRoundTable(eventId, form);
  const { tables, sessions } = useRoundTables(eventId);
  return (
    <>
      <RoundTableList eventId={eventId} mode="organiser" />
      <Card title={t('roundTables.create')} size="small" style={{ marginTop: 16 }}>
        <Form
          form={form}
          name="roundTable"
          layout="vertical"
          onFinish={(v) => void submit(v)}
          initialValues={{
            topic: '',
            description: '',
            slots: 1,
            capacity: 6,
            hostEnterpriseId: null,
            table: null,
            startsAt: null,
          }}
        >
          <Form.Item name="hostEnterpriseId" label={t('roundTables.host')}>
            <Select showSearch optionFilterProp="label" options={hosts.map((h) => ({ value: h.id, label: h.name }))} />
          </Form.Item>
          <Form.Item name="topic" label={t('roundTables.topic')}>
            <Input maxLength={120} />
          </Form.Item>
          <Form.Item name="description" label={t('roundTables.description')}>
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
          <Form.Item name="table" label={t('roundTables.table')}>
            <Select options={tables.map((x) => ({ value: x.label, label: x.label }))} />
          </Form.Item>
          <Form.Item name="startsAt" label={t('roundTables.startsAt')}>
            <Select
              options={sessions.flatMap((s) =>
                s.slots.map((slot) => ({ value: slot, label: `${s.title} ${formatDateTime(slot)}` })),
              )}
            />
          </Form.Item>
          <Form.Item name="slots" label={t('roundTables.slots')}>
            <InputNumber min={1} max={12} />
          </Form.Item>
          <Form.Item name="capacity" label={t('roundTables.capacity')}>
            <InputNumber min={1} max={30} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={creating}>
            {t('roundTables.create')}
          </Button>
        </Form>
      </Card>
    </>
  );
}
