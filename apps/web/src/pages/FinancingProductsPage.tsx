import { Button, Card, Empty, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';

import { useT } from '../app/i18n';
import { EnterpriseRequired } from '../modules/enterprises/components/EnterpriseRequired';
import { useMyEnterpriseId } from '../modules/enterprises/hooks/useMyEnterpriseId';
import { LoanRecorder } from '../modules/finance/components/LoanRecorder';
import { MatchReasons } from '../modules/finance/components/MatchReasons';
import { ProductFormButton } from '../modules/finance/components/ProductFormButton';
import { useBankFinance } from '../modules/finance/hooks/useBankFinance';
import { GUARANTEE_LABELS } from '../modules/finance/utils/financeLabels';
import { formatDate, formatMoney } from '../shared/format';

/** 政银企 for a bank: its financing products, and the needs matched to one with reasons and loan records. */
export default function FinancingProductsPage() {
  const t = useT();
  const { enterpriseId, loading } = useMyEnterpriseId();
  const [chosen, setChosen] = useState<string | null>(null);
  const finance = useBankFinance(enterpriseId, chosen);
  const productId = finance.productId;
  if (!loading && !enterpriseId) return <EnterpriseRequired />;
  return (
    <>
      <Card
        title={t('finance.products.title')}
        extra={<ProductFormButton saving={finance.creating} onSave={finance.createProduct} />}
        style={{ marginBottom: 16 }}
      >
        <Table
          rowKey="id"
          loading={finance.loadingProducts}
          dataSource={finance.products}
          pagination={false}
          locale={{ emptyText: <Empty description={t('finance.products.empty')} /> }}
          columns={[
            { title: t('finance.product.name'), dataIndex: 'name' },
            {
              title: t('finance.product.amount'),
              render: (_, p) => `${formatMoney(p.minAmountCny)}–${formatMoney(p.maxAmountCny)}`,
            },
            { title: t('finance.product.rate'), render: (_, p) => `${p.minAnnualRate}%–${p.maxAnnualRate}%` },
            { title: t('finance.product.term'), render: (_, p) => `${p.minTermMonths}–${p.maxTermMonths}` },
            {
              title: t('finance.product.guarantees'),
              render: (_, p) => p.guaranteeTypes.map((g) => <Tag key={g}>{t(GUARANTEE_LABELS[g])}</Tag>),
            },
            {
              title: t('finance.product.status'),
              render: (_, p) => (
                <Space>
                  {t(p.status === 'OPEN' ? 'finance.status.OPEN' : 'finance.status.CLOSED')}
                  <Button size="small" onClick={() => void finance.setOpen(p.id, p.status !== 'OPEN')}>
                    {t(p.status === 'OPEN' ? 'finance.product.close' : 'finance.product.reopen')}
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Card
        title={t('finance.matchedNeeds')}
        extra={
          <Select
            aria-label={t('finance.matchedNeeds.pick')}
            style={{ minWidth: 240 }}
            value={productId ?? undefined}
            onChange={setChosen}
            options={finance.products.map((p) => ({ value: p.id, label: p.name }))}
          />
        }
      >
        <Table
          rowKey={(m) => m.need.id}
          loading={finance.loadingMatches}
          dataSource={finance.matches}
          pagination={false}
          locale={{ emptyText: <Empty description={t('finance.matchedNeeds.empty')} /> }}
          columns={[
            { title: t('finance.need.firm'), render: (_, m) => m.need.enterprise.name },
            { title: t('finance.need.amount'), render: (_, m) => formatMoney(m.need.amountCny) },
            { title: t('finance.need.purpose'), render: (_, m) => m.need.purpose },
            { title: t('finance.need.term'), render: (_, m) => m.need.termMonths },
            { title: t('finance.match.reasons'), render: (_, m) => <MatchReasons {...m} /> },
            {
              title: t('finance.need.sharedDeals'),
              render: (_, m) =>
                m.need.sharedDeals.length === 0 ? (
                  t('finance.need.noSharedDeals')
                ) : (
                  <ul
                    aria-label={`${t('finance.need.sharedDeals')} ${m.need.enterprise.name}`}
                    style={{ margin: 0, paddingLeft: 18 }}
                  >
                    {m.need.sharedDeals.map((d) => (
                      <li key={d.dealId}>
                        {d.counterpartName} · {formatMoney(d.amountCny)} · {formatDate(d.agreedAt)}
                      </li>
                    ))}
                  </ul>
                ),
            },
            {
              title: t('finance.loan'),
              render: (_, m) => (
                <LoanRecorder
                  firm={m.need.enterprise.name}
                  stage={m.loanStage}
                  amountCny={m.loanAmountCny}
                  onRecord={(stage, amount) => finance.recordLoan(m.need.id, stage, amount)}
                />
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}
