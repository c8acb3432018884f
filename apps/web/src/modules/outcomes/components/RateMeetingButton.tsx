import { Button, Form, Input, Modal, Radio, Tag } from 'antd';
import { useState } from 'react';

import { useT } from '../../../app/i18n';
import type { MeetingRating } from '../../../generated/graphql';
import { useRateMeeting } from '../hooks/useRateMeeting';
import { RATING_LABELS } from '../utils/outcomeLabels';

/** My rating of a meeting (shown once given) and the dialog to give or change it. */
export function RateMeetingButton({ meetingId, mine }: { meetingId: string; mine: MeetingRating | null }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ rating: MeetingRating; comment?: string }>();
  const { rate, loading } = useRateMeeting();
  return (
    <>
      {mine && <Tag color="green">{t('rating.mine', { rating: t(RATING_LABELS[mine]) })}</Tag>}
      <Button size="small" onClick={() => setOpen(true)}>
        {t('agenda.rate')}
      </Button>
      <Modal
        open={open}
        title={t('rating.title')}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        confirmLoading={loading}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          initialValues={{ rating: mine ?? 'COOPERATION_POSSIBLE' }}
          onFinish={(v) => void rate(meetingId, v.rating, v.comment).then((ok) => ok && setOpen(false))}
        >
          <Form.Item name="rating" label={t('rating.value')}>
            <Radio.Group
              options={(Object.keys(RATING_LABELS) as MeetingRating[]).map((r) => ({
                value: r,
                label: t(RATING_LABELS[r]),
              }))}
            />
          </Form.Item>
          <Form.Item name="comment" label={t('rating.comment')}>
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
