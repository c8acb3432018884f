import { DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs from 'dayjs';

import { useT } from '../../../app/i18n';
import { CategorySelect } from '../../enterprises/components/CategorySelect';
import { useTechnologyNeeds } from '../hooks/useTechnologyNeeds';
import type { NeedFormValues } from '../utils/researchLabels';
import { MATURITIES, MATURITY_LABELS } from '../utils/researchLabels';

/** Post a technology need, in a dialog. */
export function NeedFormModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const [form] = Form.useForm<NeedFormValues>();
  const { post, saving } = useTechnologyNeeds();
  const required = (field: string) => ({ required: true, message: t('common.required', { field }) });
  return (
    <Modal
      open={open}
      title={t('research.needs.create')}
      okText={t('research.needs.create')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={640}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ minMaturity: 'PILOT', deadline: dayjs().add(90, 'day').format('YYYY-MM-DD') }}
        onFinish={(v) => void post(form, v).then((ok) => ok && onClose())}
      >
        <Form.Item name="title" label={t('research.need.title')} rules={[required(t('research.need.title'))]}>
          <Input maxLength={120} />
        </Form.Item>
        <Form.Item name="problem" label={t('research.need.problem')} rules={[required(t('research.need.problem'))]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item
          name="categoryCode"
          label={t('research.need.category')}
          rules={[required(t('research.need.category'))]}
        >
          <CategorySelect />
        </Form.Item>
        <Form.Item name="budgetCny" label={t('research.need.budget')}>
          <Input inputMode="decimal" style={{ width: 200 }} />
        </Form.Item>
        <Form.Item
          name="deadline"
          label={t('research.need.deadline')}
          rules={[required(t('research.need.deadline'))]}
          getValueProps={(v: string | null) => ({ value: v ? dayjs(v) : null })}
          normalize={(d: dayjs.Dayjs | null) => (d ? d.format('YYYY-MM-DD') : null)}
        >
          <DatePicker />
        </Form.Item>
        <Form.Item name="minMaturity" label={t('research.need.minMaturity')}>
          <Select options={MATURITIES.map((m) => ({ value: m, label: t(MATURITY_LABELS[m]) }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
