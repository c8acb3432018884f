import { Button, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useState } from 'react';

import { useT } from '../../../app/i18n';
import type { GuaranteeType } from '../../../generated/graphql';
import type { ProductFormValues } from '../hooks/useBankFinance';
import { GUARANTEE_LABELS } from '../utils/financeLabels';

interface Props {
  saving: boolean;
  onSave: (form: ReturnType<typeof Form.useForm<ProductFormValues>>[0], v: ProductFormValues) => Promise<boolean>;
}

/** 发布金融产品: the product's terms in a dialog; server errors land on their fields. */
export function ProductFormButton({ saving, onSave }: Props) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<ProductFormValues>();
  const guarantees = Object.keys(GUARANTEE_LABELS) as GuaranteeType[];
  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)}>
        {t('finance.products.create')}
      </Button>
      <Modal
        open={open}
        title={t('finance.products.create')}
        okText={t('finance.products.create')}
        confirmLoading={saving}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={(v) => void onSave(form, v).then((ok) => ok && setOpen(false))}>
          <Form.Item name="name" label={t('finance.product.name')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="minAmountCny" label={t('finance.product.minAmount')} rules={[{ required: true }]}>
            <Input inputMode="decimal" />
          </Form.Item>
          <Form.Item name="maxAmountCny" label={t('finance.product.maxAmount')} rules={[{ required: true }]}>
            <Input inputMode="decimal" />
          </Form.Item>
          <Form.Item name="minAnnualRate" label={t('finance.product.minRate')} rules={[{ required: true }]}>
            <InputNumber min={0} max={36} step={0.01} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="maxAnnualRate" label={t('finance.product.maxRate')} rules={[{ required: true }]}>
            <InputNumber min={0} max={36} step={0.01} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="minTermMonths" label={t('finance.product.minTerm')} rules={[{ required: true }]}>
            <InputNumber min={1} max={360} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="maxTermMonths" label={t('finance.product.maxTerm')} rules={[{ required: true }]}>
            <InputNumber min={1} max={360} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="guaranteeTypes" label={t('finance.product.guarantees')} rules={[{ required: true }]}>
            <Select mode="multiple" options={guarantees.map((g) => ({ value: g, label: t(GUARANTEE_LABELS[g]) }))} />
          </Form.Item>
          <Form.Item name="regionCodes" label={t('finance.product.regions')}>
            <Input />
          </Form.Item>
          <Form.Item name="description" label={t('finance.product.description')}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
