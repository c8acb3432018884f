import { Button, Card, Descriptions, Empty, List, Space, Tag, Typography } from 'antd';

import { useT } from '../../../app/i18n';
import type { MyPoliciesQuery } from '../../../generated/graphql';
import { formatDateTime, formatMoney } from '../../../shared/format';

type Item = MyPoliciesQuery['myPolicies'][number];

interface Props {
  policies: readonly Item[];
  applying: boolean;
  onApply: (policyId: string) => void;
}

/** The firm's policies: each with its conditions 已满足 / 未满足, and 申报 when all are met. */
export function PolicyList({ policies, applying, onApply }: Props) {
  const t = useT();
  if (!policies.length) return <Empty description={t('policies.empty')} />;
  return (
    <List
      dataSource={[...policies]}
      rowKey={(p) => p.policy.id}
      renderItem={(p) => (
        <Card
          role="region"
          aria-label={p.policy.title}
          style={{ marginBottom: 16 }}
          title={
            <Space wrap>
              {p.policy.title}
              <Tag color={p.eligible ? 'green' : 'default'}>
                {t(p.eligible ? 'policies.eligible' : 'policies.notEligible')}
              </Tag>
            </Space>
          }
          extra={
            p.application ? (
              <Tag color="blue">{t('policies.applied', { status: p.application.statusName })}</Tag>
            ) : p.eligible ? (
              <Button type="primary" loading={applying} onClick={() => onApply(p.policy.id)}>
                {t('policies.apply')}
              </Button>
            ) : null
          }
        >
          <Typography.Paragraph>{p.policy.benefit}</Typography.Paragraph>
          <Descriptions size="small" column={{ xs: 1, md: 3 }}>
            <Descriptions.Item label={t('policies.issuer')}>{p.policy.issuer.name}</Descriptions.Item>
            <Descriptions.Item label={t('policies.deadline')}>{formatDateTime(p.policy.deadline)}</Descriptions.Item>
            {p.policy.benefitAmountCny && (
              <Descriptions.Item label={t('policies.amount')}>
                {formatMoney(p.policy.benefitAmountCny)}
              </Descriptions.Item>
            )}
          </Descriptions>
          <Typography.Text strong>{t('policies.conditions')}</Typography.Text>
          <ul aria-label={t('policies.conditions')}>
            {p.conditions.map((c) => (
              <li key={c.kind}>
                <Typography.Text type={c.met ? 'success' : 'danger'}>{c.detail}</Typography.Text>
              </li>
            ))}
          </ul>
          {p.application?.reviewNote && (
            <Typography.Text type="secondary">
              {t('policies.reviewNote', { note: p.application.reviewNote })}
            </Typography.Text>
          )}
        </Card>
      )}
    />
  );
}
