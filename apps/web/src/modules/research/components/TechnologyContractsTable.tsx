import { Button, Card, Empty, Space, Table, Tag } from 'antd';

import { useT } from '../../../app/i18n';
import type { TechnologyContractItemFragment } from '../../../generated/graphql';
import { formatDate, formatMoney } from '../../../shared/format';
import { useTechnologyContracts } from '../hooks/useTechnologyContracts';
import { CONTRACT_STATUS_LABELS, MODE_LABELS } from '../utils/researchLabels';

/** The firm's technology contracts; the side that did not propose confirms or declines here. */
export function TechnologyContractsTable() {
  const t = useT();
  const { contracts, loading, answer } = useTechnologyContracts();
  return (
    <Card title={t('research.contracts.title')} style={{ marginTop: 16 }}>
      <Table<TechnologyContractItemFragment>
        rowKey="id"
        loading={loading}
        dataSource={contracts}
        pagination={false}
        scroll={{ x: 900 }}
        aria-label={t('research.contracts.title')}
        locale={{ emptyText: <Empty description={t('research.contracts.empty')} /> }}
        columns={[
          { title: t('research.contract.result'), render: (_, c) => c.result.title },
          { title: t('research.contract.need'), render: (_, c) => c.need.title },
          { title: t('research.contract.research'), render: (_, c) => c.research.name },
          { title: t('research.contract.firm'), render: (_, c) => c.firm.name },
          { title: t('research.contract.amount'), align: 'right', render: (_, c) => formatMoney(c.amountCny) },
          { title: t('research.contract.mode'), render: (_, c) => t(MODE_LABELS[c.mode]) },
          { title: t('research.contract.signedOn'), render: (_, c) => formatDate(c.signedOn) },
          {
            title: t('research.contract.status'),
            render: (_, c) =>
              c.awaitingMyConfirmation ? (
                <Space>
                  <Tag color="warning">{t('research.contract.awaitingMe')}</Tag>
                  <Button size="small" type="primary" onClick={() => void answer(c.id, true)}>
                    {t('research.contract.confirm')}
                  </Button>
                  <Button size="small" onClick={() => void answer(c.id, false)}>
                    {t('research.contract.decline')}
                  </Button>
                </Space>
              ) : (
                <Tag color={c.status === 'CONFIRMED' ? 'success' : c.status === 'DECLINED' ? 'error' : undefined}>
                  {t(CONTRACT_STATUS_LABELS[c.status])}
                </Tag>
              ),
          },
        ]}
      />
    </Card>
  );
}
