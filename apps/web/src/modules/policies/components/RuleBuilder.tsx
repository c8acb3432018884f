import { Button, Card, Checkbox, Form, Input, InputNumber, Select, Space } from 'antd';

import { useT } from '../../../app/i18n';
import { SECTOR_LABELS, SECTORS } from '../../enterprises/utils/categoryOptions';
import type { PolicyFormValues } from '../utils/policyForm';
import { RULE_KIND_LABELS, RULE_KINDS, SCALE_LABELS } from '../utils/policyForm';

/** 申报条件: a typed list, one card per rule, its fields following its kind. */
export function RuleBuilder() {
  const t = useT();
  const tags = (label: string) => (
    <Select mode="tags" aria-label={label} open={false} tokenSeparators={[',', '，', ' ']} />
  );
  return (
    <Form.List name="rules">
      {(fields, { add, remove }, { errors }) => (
        <>
          {fields.map((field, i) => (
            <Card
              key={field.key}
              size="small"
              style={{ marginBottom: 8 }}
              role="group"
              aria-label={`${t('publisher.form.rules')} ${i + 1}`}
              extra={
                <Button type="link" danger onClick={() => remove(field.name)}>
                  {t('publisher.form.removeRule')}
                </Button>
              }
            >
              <Form.Item name={[field.name, 'kind']} label={t('publisher.form.kind')} rules={[{ required: true }]}>
                <Select
                  showSearch
                  optionFilterProp="label"
                  options={RULE_KINDS.map((k) => ({ value: k, label: t(RULE_KIND_LABELS[k]) }))}
                />
              </Form.Item>
              <Form.Item noStyle dependencies={[['rules', field.name, 'kind']]}>
                {({ getFieldValue }) => {
                  const kind = (getFieldValue('rules') as PolicyFormValues['rules'])?.[field.name]?.kind;
                  switch (kind) {
                    case 'SECTOR':
                      return (
                        <Form.Item name={[field.name, 'sectors']} label={t('publisher.form.sectors')}>
                          <Select
                            mode="multiple"
                            optionFilterProp="label"
                            options={SECTORS.map((s) => ({ value: s, label: t(SECTOR_LABELS[s]) }))}
                          />
                        </Form.Item>
                      );
                    case 'REGION':
                      return (
                        <Form.Item name={[field.name, 'regionCodes']} label={t('publisher.form.regionCodes')}>
                          {tags(t('publisher.form.regionCodes'))}
                        </Form.Item>
                      );
                    case 'SCALE':
                      return (
                        <Form.Item name={[field.name, 'scales']} label={t('publisher.form.scales')}>
                          <Select
                            mode="multiple"
                            optionFilterProp="label"
                            options={(Object.keys(SCALE_LABELS) as (keyof typeof SCALE_LABELS)[]).map((s) => ({
                              value: s,
                              label: t(SCALE_LABELS[s]),
                            }))}
                          />
                        </Form.Item>
                      );
                    case 'CERTIFICATION':
                      return (
                        <Form.Item name={[field.name, 'certifications']} label={t('publisher.form.certifications')}>
                          {tags(t('publisher.form.certifications'))}
                        </Form.Item>
                      );
                    case 'EVENT_PARTICIPATION':
                      return (
                        <Space wrap>
                          <Form.Item name={[field.name, 'eventIds']} label={t('publisher.form.eventIds')}>
                            {tags(t('publisher.form.eventIds'))}
                          </Form.Item>
                          <Form.Item name={[field.name, 'attended']} valuePropName="checked">
                            <Checkbox>{t('publisher.form.attended')}</Checkbox>
                          </Form.Item>
                        </Space>
                      );
                    case 'SIGNED_DEALS':
                      return (
                        <Space wrap>
                          <Form.Item
                            name={[field.name, 'minDeals']}
                            label={t('publisher.form.minDeals')}
                            initialValue={1}
                          >
                            <InputNumber min={1} precision={0} />
                          </Form.Item>
                          <Form.Item name={[field.name, 'minAmountCny']} label={t('publisher.form.minAmount')}>
                            <Input inputMode="decimal" />
                          </Form.Item>
                        </Space>
                      );
                    default:
                      return null;
                  }
                }}
              </Form.Item>
            </Card>
          ))}
          <Form.ErrorList errors={errors} />
          <Button onClick={() => add({ kind: 'SECTOR' })}>{t('publisher.form.addRule')}</Button>
        </>
      )}
    </Form.List>
  );
}
