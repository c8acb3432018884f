import { Button, Card, Form, Input, Space, Table } from 'antd';

import { useT } from '../../../app/i18n';
import type { OrganiserEventFragment } from '../../../generated/graphql';
import { formatPeriod } from '../../../shared/format';
import type { SessionFormValues } from '../hooks/useAddSession';
import { useAddSession } from '../hooks/useAddSession';
import { ShanghaiTimePicker } from './ShanghaiTimePicker';

/** The event's sessions (洽谈场次) with their slot counts, and adding one. */
export function SessionsCard({ event }: { event: OrganiserEventFragment }) {
  const t = useT();
  const [form] = Form.useForm<SessionFormValues>();
  const { submit, adding } = useAddSession(event.id, form);
  const sessions = [...event.sessions].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  return (
    <Card title={t('sessions.title')} style={{ marginTop: 16 }}>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={sessions}
        locale={{ emptyText: t('sessions.empty') }}
        columns={[
          { title: t('sessions.name'), dataIndex: 'title' },
          { title: t('event.time'), render: (_, s) => formatPeriod(s.startsAt, s.endsAt) },
          { title: t('sessions.slotCount'), render: (_, s) => t('sessions.slots', { count: s.slots.length }) },
        ]}
      />
      <Form
        form={form}
        name="session"
        layout="inline"
        onFinish={(v) => void submit(v)}
        initialValues={{ title: '', startsAt: null, endsAt: null }}
        style={{ marginTop: 12, rowGap: 8 }}
      >
        <Form.Item name="title" label={t('sessions.name')}>
          <Input style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="startsAt" label={t('sessions.startsAt')}>
          <ShanghaiTimePicker />
        </Form.Item>
        <Form.Item name="endsAt" label={t('sessions.endsAt')}>
          <ShanghaiTimePicker />
        </Form.Item>
        <Space>
          <Button htmlType="submit" loading={adding}>
            {t('sessions.add')}
          </Button>
        </Space>
      </Form>
    </Card>
  );
}
