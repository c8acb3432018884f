import { DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs from 'dayjs';

import { useT } from '../../../app/i18n';
import type { TechnologyMatchItemFragment } from '../../../generated/graphql';
import type { ContractFormValues } from '../hooks/useTechnologyContracts';
import { useTechnologyContracts } from '../hooks/useTechnologyContracts';
import { MODE_LABELS } from '../utils/researchLabels';

/** 登记技术合同 on a match: amount, one of the result's cooperation modes, signed date; the other side confirms. */
export function ProposeContractModal({
  match,
  onClose,
}: {
  match: TechnologyMatchItemFragment | null;
  onClose: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<ContractFormValues>();
  const { proposeOn, proposing } = useTechnologyContracts();
  const required = (field: string) => ({ required: true, message: t('common.required', { field }) });
  return (
    <Modal
      open={!!match}
      title={t('research.contract.propose.title')}
      okText={t('research.match.propose')}
      cancelText={t('common.cancel')}
      confirmLoading={proposing}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {match && (
        <Form
          form={form}
          layout="vertical"
          initialValues={{ mode: match.result.cooperationModes[0], signedOn: dayjs().format('YYYY-MM-DD') }}
          onFinish={(v) =>
            void proposeOn(form, { resultId: match.result.id, needId: match.need.id }, v).then((ok) => ok && onClose())
          }
        >
          <Form.Item
            name="amountCny"
            label={t('research.contract.amount')}
            rules={[required(t('research.contract.amount'))]}
          >
            <Input inputMode="decimal" />
          </Form.Item>
          <Form.Item name="mode" label={t('research.contract.mode')} rules={[required(t('research.contract.mode'))]}>
            <Select options={match.result.cooperationModes.map((m) => ({ value: m, label: t(MODE_LABELS[m]) }))} />
          </Form.Item>
          <Form.Item
            name="signedOn"
            label={t('research.contract.signedOn')}
            rules={[required(t('research.contract.signedOn'))]}
            getValueProps={(v: string | null) => ({ value: v ? dayjs(v) : null })}
            normalize={(d: dayjs.Dayjs | null) => (d ? d.format('YYYY-MM-DD') : null)}
          >
            <DatePicker />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
