import { DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs from 'dayjs';

import { useT } from '../../../app/i18n';
import type { PolicyFormValues } from '../utils/policyForm';
import { RuleBuilder } from './RuleBuilder';

interface Props {
  open: boolean;
  saving: boolean;
  onClose: () => void;
  onSubmit: (form: ReturnType<typeof Form.useForm<PolicyFormValues>>[0], values: PolicyFormValues) => Promise<boolean>;
}

/** 发布政策: title, benefit, deadline, regions and the rule builder; server errors land on their fields. */
export function PublishPolicyModal({ open, saving, onClose, onSubmit }: Props) {
  const t = useT();
  const [form] = Form.useForm<PolicyFormValues>();
  return (
    <Modal
      open={open}
      title={t('publisher.new')}
      okText={t('publisher.form.submit')}
      cancelText={t('publisher.form.cancel')}
      confirmLoading={saving}
      onCancel={onClose}
      onOk={() => form.submit()}
      width={720}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ regionCodes: ['520000'], rules: [{ kind: 'SECTOR' }] }}
        onFinish={(values) =>
          void onSubmit(form, values).then((ok) => {
            if (ok) {
              form.resetFields();
              onClose();
            }
          })
        }
      >
        <Form.Item name="title" label={t('publisher.form.title')} rules={[{ required: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="benefit" label={t('publisher.form.benefit')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item name="benefitAmountCny" label={t('publisher.form.amount')}>
          <Input inputMode="decimal" />
        </Form.Item>
        <Form.Item
          name="deadline"
          label={t('publisher.form.deadline')}
          rules={[{ required: true }]}
          getValueProps={(v: string | null) => ({ value: v ? dayjs(v) : null })}
          normalize={(d: dayjs.Dayjs | null) => (d ? d.format('YYYY-MM-DD') : null)}
        >
          <DatePicker />
        </Form.Item>
        <Form.Item name="regionCodes" label={t('publisher.form.regions')} rules={[{ required: true }]}>
          <Select
            mode="tags"
            open={false}
            tokenSeparators={[',', '，', ' ']}
            aria-label={t('publisher.form.regions')}
          />
        </Form.Item>
        <Form.Item label={t('publisher.form.rules')} required>
          <RuleBuilder />
        </Form.Item>
      </Form>
    </Modal>
  );
}
