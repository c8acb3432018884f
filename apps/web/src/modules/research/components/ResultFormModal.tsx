import { Button, Checkbox, Form, Input, Modal, Select, Space, Switch } from 'antd';
import { useEffect } from 'react';

import { useT } from '../../../app/i18n';
import type { TechnologyResultItemFragment } from '../../../generated/graphql';
import { CategorySelect } from '../../enterprises/components/CategorySelect';
import { useTechnologyResults } from '../hooks/useTechnologyResults';
import type { ResultFormValues } from '../utils/researchLabels';
import { IP_KIND_LABELS, IP_KINDS, MATURITIES, MATURITY_LABELS, MODE_LABELS, MODES } from '../utils/researchLabels';

/** Publish a technology result (`editing` null) or edit one, in a dialog. */
export function ResultFormModal({
  open,
  editing,
  onClose,
}: {
  open: boolean;
  editing: TechnologyResultItemFragment | null;
  onClose: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<ResultFormValues>();
  const { save, saving } = useTechnologyResults();

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (editing)
      form.setFieldsValue({
        title: editing.title,
        description: editing.description,
        categoryCodes: editing.categories.map((c) => c.code),
        maturity: editing.maturity,
        ipRights: editing.ipRights.map((r) => ({ kind: r.kind, number: r.number })),
        cooperationModes: editing.cooperationModes,
        priceCny: editing.priceCny,
        open: editing.open,
      });
  }, [open, editing, form]);

  const required = (field: string) => ({ required: true, message: t('common.required', { field }) });
  return (
    <Modal
      open={open}
      title={t(editing ? 'research.result.edit' : 'research.results.create')}
      okText={t(editing ? 'common.save' : 'research.results.create')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={720}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ maturity: 'PILOT', cooperationModes: ['TRANSFER'], ipRights: [], open: true }}
        onFinish={(v) => void save(form, editing?.id ?? null, v).then((ok) => ok && onClose())}
      >
        <Form.Item name="title" label={t('research.result.title')} rules={[required(t('research.result.title'))]}>
          <Input maxLength={120} />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('research.result.description')}
          rules={[required(t('research.result.description'))]}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item
          name="categoryCodes"
          label={t('research.result.categories')}
          rules={[required(t('research.result.categories'))]}
        >
          <CategorySelect multiple />
        </Form.Item>
        <Form.Item name="maturity" label={t('research.result.maturity')}>
          <Select options={MATURITIES.map((m) => ({ value: m, label: t(MATURITY_LABELS[m]) }))} />
        </Form.Item>
        <Form.Item label={t('research.result.ipRights')}>
          <Form.List name="ipRights">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Space key={field.key} align="baseline">
                    <Form.Item name={[field.name, 'kind']} aria-label={t('research.result.ipKind')}>
                      <Select
                        style={{ width: 140 }}
                        options={IP_KINDS.map((k) => ({ value: k, label: t(IP_KIND_LABELS[k]) }))}
                      />
                    </Form.Item>
                    <Form.Item name={[field.name, 'number']}>
                      <Input placeholder={t('research.result.ipNumber')} maxLength={40} />
                    </Form.Item>
                    <Button type="link" onClick={() => remove(field.name)}>
                      ✕
                    </Button>
                  </Space>
                ))}
                <Button onClick={() => add({ kind: 'INVENTION_PATENT', number: '' })}>
                  {t('research.result.ipRights.add')}
                </Button>
              </>
            )}
          </Form.List>
        </Form.Item>
        <Form.Item
          name="cooperationModes"
          label={t('research.result.modes')}
          rules={[required(t('research.result.modes'))]}
        >
          <Checkbox.Group options={MODES.map((m) => ({ value: m, label: t(MODE_LABELS[m]) }))} />
        </Form.Item>
        <Form.Item name="priceCny" label={t('research.result.price')} extra={t('research.result.price.hint')}>
          <Input inputMode="decimal" style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="open" label={t('research.result.open')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
