import type { FormInstance } from 'antd';
import { Button, Col, Form, Input, InputNumber, Row, Select } from 'antd';

import { useT } from '../../../app/i18n';
import { CategorySelect } from '../../enterprises/components/CategorySelect';
import { SECTOR_LABELS, SECTORS } from '../../enterprises/utils/categoryOptions';
import type { EventFormValues } from '../utils/eventInput';
import { ShanghaiTimePicker } from './ShanghaiTimePicker';
import { TablesField } from './TablesField';

/** The event's fields, named as the API names them so that server errors land on them. */
export function EventForm({
  form,
  initialValues,
  onFinish,
  saving,
  disabled = false,
  submitLabel,
}: {
  form: FormInstance<EventFormValues>;
  initialValues: EventFormValues;
  onFinish: (values: EventFormValues) => void;
  saving: boolean;
  /** Read-only while a new event is being created: what is typed then would not be saved. */
  disabled?: boolean;
  submitLabel: string;
}) {
  const t = useT();
  return (
    <Form
      form={form}
      name="event"
      layout="vertical"
      initialValues={initialValues}
      onFinish={onFinish}
      disabled={disabled}
      style={{ maxWidth: 960 }}
    >
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="title" label={t('eventForm.title')} required>
            <Input maxLength={120} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="venue" label={t('eventForm.venue')} required>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="theme" label={t('eventForm.theme')} required>
        <Input.TextArea maxLength={200} rows={2} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="sectors" label={t('eventForm.sectors')} required>
            <Select
              mode="multiple"
              showSearch={{ optionFilterProp: 'label' }}
              options={SECTORS.map((s) => ({ value: s, label: t(SECTOR_LABELS[s]) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="categoryCodes" label={t('eventForm.categories')}>
            <CategorySelect multiple />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="startsAt" label={t('eventForm.startsAt')} required>
            <ShanghaiTimePicker />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="endsAt" label={t('eventForm.endsAt')} required>
            <ShanghaiTimePicker />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="registrationClosesAt"
            label={t('eventForm.registrationClosesAt')}
            extra={t('eventForm.registrationClosesAt.help')}
          >
            <ShanghaiTimePicker />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="slotMinutes" label={t('eventForm.slotMinutes')} required>
            <InputNumber min={5} max={240} step={5} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="maxRequestsPerFirm" label={t('eventForm.maxRequestsPerFirm')} required>
            <InputNumber min={1} max={500} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <TablesField />
      <Button type="primary" htmlType="submit" loading={saving}>
        {submitLabel}
      </Button>
    </Form>
  );
}
