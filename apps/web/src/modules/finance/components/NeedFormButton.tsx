import { Button, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useState } from 'react';

import { useT } from '../../../app/i18n';
import type { EnterpriseScale, GuaranteeType } from '../../../generated/graphql';
import type { NeedFormValues } from '../hooks/useFirmFinance';
import { GUARANTEE_LABELS, SCALE_LABELS } from '../utils/financeLabels';

interface Props {
  saving: boolean;
  onSave: (form: ReturnType<typeof Form.useForm<NeedFormValues>>[0], v: NeedFormValues) => Promise<boolean>;
}

/** 发布融资需求: amount, purpose, term, guarantees (企业规模 defaults to the firm's). */
export function NeedFormButton({ saving, onSave }: Props) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<NeedFormValues>();
  const guarantees = Object.keys(GUARANTEE_LABELS) as GuaranteeType[];
  const scales = Object.keys(SCALE_LABELS) as EnterpriseScale[];
  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)}>
        {t('finance.needs.create')}
      </Button>
      <Modal
        open={open}
        title={t('finance.needs.create')}
        okText={t('finance.needs.create')}
        confirmLoading={saving}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={(v) => void onSave(form, v).then((ok) => ok && setOpen(false))}>
          <Form.Item name="amountCny" label={t('finance.need.amount')} rules={[{ required: true }]}>
            <Input inputMode="decimal" />
          </Form.Item>
          <Form.Item name="purpose" label={t('finance.need.purpose')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="termMonths" label={t('finance.need.term')} rules={[{ required: true }]}>
            <InputNumber min={1} max={360} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="guaranteeTypes" label={t('finance.product.guarantees')} rules={[{ required: true }]}>
            <Select mode="multiple" options={guarantees.map((g) => ({ value: g, label: t(GUARANTEE_LABELS[g]) }))} />
          </Form.Item>
          <Form.Item name="scale" label={t('finance.needs.scale')}>
            <Select allowClear options={scales.map((s) => ({ value: s, label: t(SCALE_LABELS[s]) }))} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
