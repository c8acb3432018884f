import { DatePicker, Form, Input, InputNumber, Modal, Radio, Select, Switch } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';

import { useT } from '../../../app/i18n';
import type { ListingRowFragment } from '../../../generated/graphql';
import { CategorySelect } from '../../enterprises/components/CategorySelect';
import { RegionCascader } from '../../enterprises/components/RegionCascader';
import { regionPath } from '../../enterprises/utils/categoryOptions';
import { useListingForm } from '../hooks/useListingForm';
import { useListingOptions } from '../hooks/useListingOptions';
import type { ListingFormValues } from '../utils/listingInput';
import { toListingFormValues } from '../utils/listingInput';

/** Create a listing (`editing` null) or edit one, in a dialog. */
export function ListingFormModal({
  open,
  enterpriseId,
  editing,
  onClose,
}: {
  open: boolean;
  enterpriseId: string;
  editing: ListingRowFragment | null;
  onClose: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<ListingFormValues>();
  const { submit, saving } = useListingForm(form, enterpriseId, editing, onClose);
  const { units, certifications } = useListingOptions();
  const kind = Form.useWatch('kind', form);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (editing) form.setFieldsValue(toListingFormValues(editing, regionPath));
  }, [open, editing, form]);

  const required = (field: string) => ({ required: true, message: t('common.required', { field }) });
  return (
    <Modal
      open={open}
      title={t(editing ? 'listing.edit.title' : 'listing.create.title')}
      okText={t(editing ? 'common.save' : 'listing.create.submit')}
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
        initialValues={{ kind: 'DEMAND', certifications: [], confidential: false, region: [] }}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item name="kind" label={t('listing.kind')}>
          <Radio.Group
            disabled={Boolean(editing)}
            options={[
              { value: 'SUPPLY', label: t('listing.kind.SUPPLY') },
              { value: 'DEMAND', label: t('listing.kind.DEMAND') },
            ]}
          />
        </Form.Item>
        <Form.Item name="title" label={t('listing.title')} rules={[required(t('listing.title'))]}>
          <Input maxLength={120} />
        </Form.Item>
        <Form.Item name="categoryCode" label={t('listing.category')} rules={[required(t('listing.category'))]}>
          <CategorySelect />
        </Form.Item>
        <Form.Item name="description" label={t('listing.description')}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
        <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
          <Form.Item name="quantity" label={t('listing.quantity')}>
            <InputNumber style={{ width: 180 }} />
          </Form.Item>
          <Form.Item name="unit" label={t('listing.unit')}>
            <Select style={{ width: 140 }} options={units} allowClear />
          </Form.Item>
          <Form.Item name="priceMin" label={t('listing.priceMin')}>
            <InputNumber style={{ width: 160 }} step={0.01} />
          </Form.Item>
          <Form.Item name="priceMax" label={t('listing.priceMax')}>
            <InputNumber style={{ width: 160 }} step={0.01} />
          </Form.Item>
        </div>
        <Form.Item name="region" label={t('listing.region')}>
          <RegionCascader initialCode={editing?.region.code} />
        </Form.Item>
        <Form.Item
          name="certifications"
          label={t(kind === 'SUPPLY' ? 'listing.certifications.SUPPLY' : 'listing.certifications.DEMAND')}
        >
          <Select mode="multiple" options={certifications} />
        </Form.Item>
        <Form.Item
          name="validUntil"
          label={t('listing.validUntil')}
          getValueProps={(v: string | null) => ({ value: v ? dayjs(v) : null })}
          normalize={(d: dayjs.Dayjs | null) => (d ? d.format('YYYY-MM-DD') : null)}
        >
          <DatePicker />
        </Form.Item>
        {kind === 'DEMAND' && (
          <Form.Item name="confidential" label={t('listing.confidential')} valuePropName="checked">
            <Switch />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
