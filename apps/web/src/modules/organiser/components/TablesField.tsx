import { Button, Form, Input, Select, Space } from 'antd';

import { useT } from '../../../app/i18n';
import type { MessageId } from '../../../locales/zh-CN';
import { TABLE_TAGS } from '../utils/eventInput';

const TAG_LABELS: Record<(typeof TABLE_TAGS)[number], MessageId> = {
  interpreter: 'tableTag.interpreter',
  vip: 'tableTag.vip',
};

/** The event's tables (洽谈桌), each with its label and tags (翻译桌、贵宾桌 or typed ones). */
export function TablesField() {
  const t = useT();
  const tagOptions = TABLE_TAGS.map((tag) => ({ value: tag, label: t(TAG_LABELS[tag]) }));
  return (
    <Form.List name="tables">
      {(fields, { add, remove }, { errors }) => (
        <Form.Item label={t('eventForm.tables')} required>
          {fields.map((field, index) => (
            <Space key={field.key} align="baseline" style={{ display: 'flex', marginBottom: 4 }} wrap>
              <Form.Item name={[field.name, 'label']} noStyle>
                <Input aria-label={`${t('eventForm.tableLabel')} ${index + 1}`} style={{ width: 140 }} />
              </Form.Item>
              <Form.Item name={[field.name, 'tags']} noStyle>
                <Select
                  mode="tags"
                  aria-label={`${t('eventForm.tableTags')} ${index + 1}`}
                  options={tagOptions}
                  style={{ minWidth: 220 }}
                  placeholder={t('eventForm.tableTags')}
                />
              </Form.Item>
              <Button
                type="link"
                danger
                onClick={() => remove(field.name)}
                aria-label={t('eventForm.removeTable', { label: String(index + 1) })}
              >
                {t('common.delete')}
              </Button>
            </Space>
          ))}
          <Button onClick={() => add({ label: `${fields.length + 1}号桌`, tags: [] })}>
            {t('eventForm.addTable')}
          </Button>
          <Form.ErrorList errors={errors} />
        </Form.Item>
      )}
    </Form.List>
  );
}
