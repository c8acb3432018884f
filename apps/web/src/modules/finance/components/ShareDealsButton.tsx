import { Button, Checkbox, Empty, Modal } from 'antd';
import { useState } from 'react';

import { useT } from '../../../app/i18n';
import { formatDate, formatMoney } from '../../../shared/format';

interface Props {
  lender: string;
  sales: readonly { dealId: string; counterpartName: string; amountCny?: string | null; agreedAt: string }[];
  onShare: (dealIds: string[]) => Promise<boolean>;
}

/** 订单融资: the firm picks its signed contracts and lets this bank see them. */
export function ShareDealsButton({ lender, sales, onShare }: Props) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<string[]>([]);
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('finance.share')}</Button>
      <Modal
        open={open}
        title={t('finance.share.title', { lender })}
        okText={t('finance.share')}
        okButtonProps={{ disabled: chosen.length === 0 }}
        onCancel={() => setOpen(false)}
        onOk={() => void onShare(chosen).then((ok) => ok && setOpen(false))}
      >
        {sales.length === 0 ? (
          <Empty description={t('finance.share.noDeals')} />
        ) : (
          <Checkbox.Group
            aria-label={t('finance.share.deals')}
            style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
            value={chosen}
            onChange={(v) => setChosen(v)}
            options={sales.map((s) => ({
              value: s.dealId,
              label: `${s.counterpartName} · ${formatMoney(s.amountCny)} · ${formatDate(s.agreedAt)}`,
            }))}
          />
        )}
      </Modal>
    </>
  );
}
