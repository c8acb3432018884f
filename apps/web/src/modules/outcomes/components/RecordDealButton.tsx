import { Button, Form, Input, Modal, Radio, Select } from 'antd';
import { useState } from 'react';

import { useT } from '../../../app/i18n';
import type { DealFormValues } from '../hooks/useDeals';
import { useDeals } from '../hooks/useDeals';
import { STAGE_LABELS } from '../utils/outcomeLabels';

/** 登记合作 after a meeting: intent or contract, our side, the exact amount in 元. */
export function RecordDealButton({
  eventId,
  myEnterpriseId,
  meeting,
}: {
  eventId: string;
  myEnterpriseId: string | null;
  meeting: { id: string; counterpartId: string };
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<DealFormValues>();
  const { recordFromMeeting, recording } = useDeals(eventId, myEnterpriseId);
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)}>
        {t('agenda.recordDeal')}
      </Button>
      <Modal
        open={open}
        title={t('deal.title')}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        confirmLoading={recording}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          initialValues={{ ourRole: 'BUYER', stage: 'INTENT' }}
          onFinish={(v) => void recordFromMeeting(form, meeting, v).then((ok) => ok && setOpen(false))}
        >
          <Form.Item name="ourRole" label={t('deal.ourRole')}>
            <Radio.Group
              options={[
                { value: 'BUYER', label: t('deal.buyer') },
                { value: 'SUPPLIER', label: t('deal.supplier') },
              ]}
            />
          </Form.Item>
          <Form.Item name="stage" label={t('deal.stage')}>
            <Select options={(['INTENT', 'SIGNED'] as const).map((s) => ({ value: s, label: t(STAGE_LABELS[s]) }))} />
          </Form.Item>
          <Form.Item
            name="amountCny"
            label={t('deal.amount')}
            rules={[{ pattern: /^\d{1,14}(\.\d{1,2})?$/, message: t('deal.amount') }]}
          >
            <Input inputMode="decimal" placeholder="1250000.50" />
          </Form.Item>
          <Form.Item name="note" label={t('deal.note')}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
