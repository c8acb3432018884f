import { Button, Input, Select, Space } from 'antd';
import { useState } from 'react';

import { useT } from '../../../app/i18n';
import type { LoanStage } from '../../../generated/graphql';
import { formatMoney } from '../../../shared/format';
import { LOAN_STAGE_LABELS, nextLoanStages } from '../utils/financeLabels';

interface Props {
  firm: string;
  stage: LoanStage | null | undefined;
  amountCny: string | null | undefined;
  onRecord: (stage: LoanStage, amountCny: string | null) => Promise<boolean>;
}

/** 受理 → 审批 → 已放款 (with the amount), or 未通过: only forward stages are offered. */
export function LoanRecorder({ firm, stage, amountCny, onRecord }: Props) {
  const t = useT();
  const options = nextLoanStages(stage);
  const [next, setNext] = useState<LoanStage | undefined>(undefined);
  const [amount, setAmount] = useState('');
  const current = stage ? `${t(LOAN_STAGE_LABELS[stage])}${amountCny ? ` ${formatMoney(amountCny)}` : ''}` : '—';
  if (options.length === 0) return <span>{current}</span>;
  return (
    <Space direction="vertical" size={4}>
      <span>{current}</span>
      <Space wrap>
        <Select
          aria-label={`${t('finance.loan')} ${firm}`}
          style={{ minWidth: 110 }}
          value={next}
          onChange={setNext}
          options={options.map((s) => ({ value: s, label: t(LOAN_STAGE_LABELS[s]) }))}
        />
        {next === 'DISBURSED' && (
          <Input
            aria-label={`${t('finance.loan.amount')} ${firm}`}
            style={{ width: 140 }}
            inputMode="decimal"
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
          />
        )}
        <Button
          disabled={!next}
          onClick={() => {
            if (!next) return;
            void onRecord(next, next === 'DISBURSED' ? amount.trim() || null : null).then(
              (ok) => ok && setNext(undefined),
            );
          }}
        >
          {t('finance.loan.record')}
        </Button>
      </Space>
    </Space>
  );
}
