import { Button, Empty, Form, Input, Modal, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';

import { useT } from '../../../app/i18n';
import type { InvestmentEntryFieldsFragment, InvestmentPipelineStage } from '../../../generated/graphql';
import { formatMoney } from '../../../shared/format';
import { amountFieldOf, nextStage, PIPELINE_STAGES, STAGE_LABELS } from '../utils/pipelineStages';

type Entry = InvestmentEntryFieldsFragment;

/**
 * 招商进度 as a table with its stage changes: 推进 to the next stage (asking for the amount at
 * 已签约 and 已落地), or 退回 to an earlier one with a reason. Read-only for the candidate firm.
 */
export function PipelineTable({
  entries,
  loading,
  label,
  empty,
  onMove,
}: {
  entries: Entry[];
  loading: boolean;
  label: string;
  empty: string;
  onMove?: (input: {
    id: string;
    stage: InvestmentPipelineStage;
    reason?: string;
    signedAmountCny?: string;
    landedAmountCny?: string;
  }) => Promise<boolean>;
}) {
  const t = useT();
  const [moving, setMoving] = useState<{ entry: Entry; stage: InvestmentPipelineStage; back: boolean } | null>(null);
  const [form] = Form.useForm<{ amount?: string; reason?: string; stage?: InvestmentPipelineStage }>();
  const amountField = moving && !moving.back ? amountFieldOf(moving.stage) : null;

  const start = (entry: Entry, stage: InvestmentPipelineStage, back: boolean) => {
    form.resetFields();
    if (!back && !amountFieldOf(stage)) return void onMove?.({ id: entry.id, stage });
    setMoving({ entry, stage, back });
  };
  const confirm = async () => {
    if (!moving || !onMove) return;
    const v = await form.validateFields();
    const stage = moving.back ? v.stage! : moving.stage;
    const ok = await onMove({
      id: moving.entry.id,
      stage,
      ...(moving.back ? { reason: v.reason } : {}),
      ...(amountField ? { [amountField]: v.amount } : {}),
    });
    if (ok) setMoving(null);
  };

  return (
    <>
      <Table<Entry>
        rowKey="id"
        dataSource={entries}
        loading={loading}
        pagination={false}
        size="small"
        aria-label={label}
        locale={{ emptyText: <Empty description={empty} /> }}
        columns={[
          { title: t('investment.col.firm'), render: (_, e) => e.candidate.name },
          { title: t('investment.col.owner'), render: (_, e) => e.owner.name },
          {
            title: t('investment.col.project'),
            render: (_, e) => e.project?.title ?? `${e.region.name} · ${e.category.name}`,
          },
          { title: t('investment.col.stage'), render: (_, e) => <Tag color="blue">{t(STAGE_LABELS[e.stage])}</Tag> },
          {
            title: t('investment.col.amounts'),
            align: 'right',
            render: (_, e) =>
              `${e.signedAmountCny ? formatMoney(e.signedAmountCny) : '—'} / ${e.landedAmountCny ? formatMoney(e.landedAmountCny) : '—'}`,
          },
          ...(onMove
            ? [
                {
                  title: '',
                  render: (_: unknown, e: Entry) => {
                    const next = nextStage(e.stage);
                    return (
                      <Space>
                        {next && (
                          <Button
                            size="small"
                            type="primary"
                            onClick={() => start(e, next, false)}
                            aria-label={`${t('investment.pipeline.next', { stage: t(STAGE_LABELS[next]) })} ${e.candidate.name}`}
                          >
                            {t('investment.pipeline.next', { stage: t(STAGE_LABELS[next]) })}
                          </Button>
                        )}
                        {e.stage !== 'IDENTIFIED' && (
                          <Button size="small" onClick={() => start(e, e.stage, true)}>
                            {t('investment.pipeline.back')}
                          </Button>
                        )}
                      </Space>
                    );
                  },
                },
              ]
            : []),
        ]}
      />
      <Modal
        open={!!moving}
        title={
          moving
            ? moving.back
              ? t('investment.pipeline.back')
              : t('investment.pipeline.next', { stage: t(STAGE_LABELS[moving.stage]) })
            : ''
        }
        onOk={() => void confirm()}
        onCancel={() => setMoving(null)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical">
          {amountField && (
            <Form.Item
              name="amount"
              label={t(
                amountField === 'signedAmountCny'
                  ? 'investment.pipeline.amountSigned'
                  : 'investment.pipeline.amountLanded',
              )}
              rules={[{ required: true }]}
            >
              <Input inputMode="decimal" />
            </Form.Item>
          )}
          {moving?.back && (
            <>
              <Form.Item name="stage" label={t('investment.col.stage')} rules={[{ required: true }]}>
                <Select
                  options={PIPELINE_STAGES.slice(0, PIPELINE_STAGES.indexOf(moving.entry.stage)).map((s) => ({
                    value: s,
                    label: t(STAGE_LABELS[s]),
                  }))}
                />
              </Form.Item>
              <Form.Item name="reason" label={t('investment.pipeline.reason')} rules={[{ required: true }]}>
                <Input.TextArea rows={2} maxLength={500} />
              </Form.Item>
            </>
          )}
        </Form>
      </Modal>
    </>
  );
}
