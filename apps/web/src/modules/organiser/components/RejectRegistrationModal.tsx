import { Form, Input, Modal } from 'antd';

import { useT } from '../../../app/i18n';

/** Asks for the reason (驳回原因) the firm will read, then rejects. */
export function RejectRegistrationModal({
  target,
  saving,
  onReject,
  onClose,
}: {
  target: { id: string; name: string } | null;
  saving: boolean;
  onReject: (reason: string) => void;
  onClose: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open={!!target}
      title={target ? t('review.rejectTitle', { name: target.name }) : ''}
      okText={t('review.reject')}
      okButtonProps={{ danger: true, loading: saving }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterClose={() => form.resetFields()}
      destroyOnHidden
      // Rendered in place: a modal on <body> locks its scrolling with an inline style the page's CSP refuses.
      getContainer={false}
    >
      <Form form={form} layout="vertical" onFinish={(v) => onReject(v.reason)}>
        <Form.Item
          name="reason"
          label={t('review.reason')}
          rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('review.reason') }) }]}
        >
          <Input.TextArea maxLength={500} showCount rows={3} placeholder={t('review.reasonPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
