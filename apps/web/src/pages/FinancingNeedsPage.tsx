import { Button, Card, Empty, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';

import { useT } from '../app/i18n';
import { EnterpriseRequired } from '../modules/enterprises/components/EnterpriseRequired';
import { useMyEnterpriseId } from '../modules/enterprises/hooks/useMyEnterpriseId';
import { MatchReasons } from '../modules/finance/components/MatchReasons';
import { NeedFormButton } from '../modules/finance/components/NeedFormButton';
import { ShareDealsButton } from '../modules/finance/components/ShareDealsButton';
import { useFirmFinance } from '../modules/finance/hooks/useFirmFinance';
import { GUARANTEE_LABELS, LOAN_STAGE_LABELS } from '../modules/finance/utils/financeLabels';
import { formatMoney } from '../shared/format';

/** 政银企 for a firm: its financing needs, the products matched with reasons, 订单融资 consents. */
export default function FinancingNeedsPage() {
  const t = useT();
  const { enterpriseId, loading } = useMyEnterpriseId();
  const [chosen, setChosen] = useState<string | null>(null);
  const finance = useFirmFinance(chosen);
  if (!loading && !enterpriseId) return <EnterpriseRequired />;
  const need = finance.need;
  const orderFinancing = !!need?.guaranteeTypes.includes('ORDER_FINANCING');
  const activeShares = need?.dealShares.filter((s) => !s.withdrawnAt) ?? [];
  return (
    <>
      <Card
        title={t('finance.needs.title')}
        extra={<NeedFormButton saving={finance.creating} onSave={finance.createNeed} />}
        style={{ marginBottom: 16 }}
      >
        <Table
          rowKey="id"
          loading={finance.loadingNeeds}
          dataSource={finance.needs}
          pagination={false}
          locale={{ emptyText: <Empty description={t('finance.needs.empty')} /> }}
          columns={[
            { title: t('finance.need.amount'), render: (_, n) => formatMoney(n.amountCny) },
            { title: t('finance.need.purpose'), dataIndex: 'purpose' },
            { title: t('finance.need.term'), dataIndex: 'termMonths' },
            {
              title: t('finance.product.guarantees'),
              render: (_, n) => n.guaranteeTypes.map((g) => <Tag key={g}>{t(GUARANTEE_LABELS[g])}</Tag>),
            },
            {
              title: t('finance.share'),
              render: (_, n) =>
                n.dealShares
                  .filter((s) => !s.withdrawnAt)
                  .map((s) => <Tag key={s.id}>{t('finance.share.active', { lender: s.lender.name })}</Tag>),
            },
          ]}
        />
      </Card>
      <Card
        title={t('finance.matchedProducts')}
        extra={
          <Select
            aria-label={t('finance.needs.pick')}
            style={{ minWidth: 260 }}
            value={finance.needId ?? undefined}
            onChange={setChosen}
            options={finance.needs.map((n) => ({ value: n.id, label: `${formatMoney(n.amountCny)} · ${n.purpose}` }))}
          />
        }
      >
        <Table
          rowKey={(m) => m.product.id}
          loading={finance.loadingMatches}
          dataSource={finance.matches}
          pagination={false}
          locale={{ emptyText: <Empty description={t('finance.matchedProducts.empty')} /> }}
          columns={[
            { title: t('finance.product.name'), render: (_, m) => m.product.name },
            { title: t('finance.product.lender'), render: (_, m) => m.product.lender.name },
            {
              title: t('finance.product.rate'),
              render: (_, m) => `${m.product.minAnnualRate}%–${m.product.maxAnnualRate}%`,
            },
            { title: t('finance.match.reasons'), render: (_, m) => <MatchReasons {...m} /> },
            { title: t('finance.loan'), render: (_, m) => (m.loanStage ? t(LOAN_STAGE_LABELS[m.loanStage]) : '—') },
            {
              title: t('finance.share'),
              render: (_, m) => {
                if (!orderFinancing || !m.eligible) return null;
                const share = activeShares.find((s) => s.lender.id === m.product.lender.id);
                return share ? (
                  <Space>
                    <Tag color="blue">{t('finance.share.active', { lender: m.product.lender.name })}</Tag>
                    <Button size="small" onClick={() => void finance.withdrawShare(share.id)}>
                      {t('finance.share.withdraw')}
                    </Button>
                  </Space>
                ) : (
                  <ShareDealsButton
                    lender={m.product.lender.name}
                    sales={finance.sales}
                    onShare={(ids) => finance.shareDeals(m.product.lender.id, m.product.id, ids)}
                  />
                );
              },
            },
          ]}
        />
      </Card>
    </>
  );
}
