import { Alert, Button, Card, Form, Input, Select, Skeleton, Tag } from 'antd';
import { useEffect } from 'react';

import { useT } from '../../../app/i18n';
import type { EnterpriseFormValues } from '../hooks/useEnterpriseForm';
import { toFormValues, useEnterpriseForm } from '../hooks/useEnterpriseForm';
import { PARTICIPANT_TYPE_LABELS, regionPath, SCALE_LABELS, SECTOR_LABELS, SECTORS } from '../utils/categoryOptions';
import { creditCodeProblem } from '../utils/creditCode';
import { CategorySelect } from './CategorySelect';
import { MyClaims } from './MyClaims';
import { RegionCascader } from './RegionCascader';

/** Register the firm, or edit its profile; the credit code is checked as it is typed. */
export function EnterpriseForm() {
  const t = useT();
  const [form] = Form.useForm<EnterpriseFormValues>();
  const { enterprise, loading, saving, submit } = useEnterpriseForm(form);

  useEffect(() => {
    form.setFieldsValue(toFormValues(enterprise, regionPath));
  }, [enterprise, form]);

  if (loading) return <Skeleton active />;
  const required = (field: string) => ({ required: true, message: t('common.required', { field }) });
  return (
    <Card
      title={t(enterprise ? 'enterprise.title' : 'enterprise.register.title')}
      extra={
        enterprise && (
          <span>
            <Tag color="blue">{t(PARTICIPANT_TYPE_LABELS[enterprise.participantType])}</Tag>
            <Tag
              aria-label={t('enterprise.verification')}
              color={enterprise.verificationStatus === 'VERIFIED' ? 'green' : undefined}
            >
              {t(enterprise.verificationStatus === 'VERIFIED' ? 'enterprise.verified' : 'enterprise.unverified')}
            </Tag>
          </span>
        )
      }
    >
      {!enterprise && <MyClaims />}
      {!enterprise && <Alert type="info" title={t('enterprise.register.intro')} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(v)}
        initialValues={toFormValues(null, regionPath)}
        style={{ maxWidth: 720 }}
      >
        <Form.Item name="name" label={t('enterprise.name')} rules={[required(t('enterprise.name'))]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="creditCode"
          label={t('enterprise.creditCode')}
          validateTrigger={['onChange', 'onBlur']}
          rules={[
            required(t('enterprise.creditCode')),
            {
              validator: async (_, value: string | undefined) => {
                const problem = value && value.trim().length >= 18 ? creditCodeProblem(value) : null;
                if (problem) throw new Error(t(problem));
              },
            },
            {
              // A code left short is said when the field is left; a full one as soon as it is typed.
              validateTrigger: 'onBlur',
              validator: async (_, value: string | undefined) => {
                const problem = value && value.trim().length < 18 ? creditCodeProblem(value) : null;
                if (problem) throw new Error(t(problem));
              },
            },
          ]}
        >
          <Input maxLength={18} disabled={Boolean(enterprise)} style={{ fontFamily: 'monospace' }} />
        </Form.Item>
        <Form.Item name="region" label={t('enterprise.region')} rules={[required(t('enterprise.region'))]}>
          <RegionCascader initialCode={enterprise?.region.code} />
        </Form.Item>
        <Form.Item name="sector" label={t('enterprise.sector')} rules={[required(t('enterprise.sector'))]}>
          <Select options={SECTORS.map((s) => ({ value: s, label: t(SECTOR_LABELS[s]) }))} />
        </Form.Item>
        <Form.Item
          name="participantType"
          label={t('enterprise.participantType')}
          extra={t('enterprise.participantType.help')}
        >
          <Select
            allowClear
            disabled={Boolean(enterprise)}
            placeholder={t('enterprise.participantType.auto')}
            options={Object.entries(PARTICIPANT_TYPE_LABELS).map(([value, label]) => ({ value, label: t(label) }))}
          />
        </Form.Item>
        <Form.Item name="scale" label={t('enterprise.scale')}>
          <Select
            allowClear
            options={Object.entries(SCALE_LABELS).map(([value, label]) => ({ value, label: t(label) }))}
          />
        </Form.Item>
        <Form.Item name="categoryCodes" label={t('enterprise.categories')}>
          <CategorySelect multiple />
        </Form.Item>
        <Form.Item name="description" label={t('enterprise.description')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item name="contactName" label={t('enterprise.contactName')}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="contactPhone" label={t('enterprise.contactPhone')}>
          <Input maxLength={30} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={saving}>
          {t(enterprise ? 'enterprise.update.submit' : 'enterprise.register.submit')}
        </Button>
      </Form>
    </Card>
  );
}
