import { Button, Drawer, Space, Table, Tag } from 'antd';

import { useT } from '../../../app/i18n';
import type { PolicyApplicationStatus } from '../../../generated/graphql';
import type { MessageId } from '../../../locales/zh-CN';
import { usePolicyApplications } from '../hooks/usePolicyApplications';
import { nextReviews } from '../utils/policyForm';

const REVIEW_LABELS: Record<PolicyApplicationStatus, MessageId | null> = {
  SUBMITTED: null,
  ACCEPTED: 'applications.accept',
  GRANTED: 'applications.grant',
  REJECTED: 'applications.reject',
};

interface Props {
  policy: { id: string; title: string } | null;
  onClose: () => void;
}

/** A policy's applications for its issuing body: 受理, 兑现 or 不通过 each. */
export function PolicyApplicationsDrawer({ policy, onClose }: Props) {
  const t = useT();
  const { applications, loading, reviewing, review } = usePolicyApplications(policy?.id ?? null);
  return (
    <Drawer
      open={!!policy}
      onClose={onClose}
      width={720}
      title={t('applications.title', { policy: policy?.title ?? '' })}
    >
      <Table
        rowKey="id"
        loading={loading}
        dataSource={applications}
        pagination={false}
        locale={{ emptyText: t('applications.empty') }}
        columns={[
          { title: t('applications.col.firm'), render: (_, a) => a.enterprise.name },
          { title: t('applications.col.status'), render: (_, a) => <Tag>{a.statusName}</Tag> },
          { title: t('applications.col.note'), render: (_, a) => a.note ?? '' },
          {
            title: t('applications.col.actions'),
            render: (_, a) => (
              <Space>
                {nextReviews(a.status).map((s) => (
                  <Button
                    key={s}
                    size="small"
                    danger={s === 'REJECTED'}
                    loading={reviewing}
                    aria-label={`${t(REVIEW_LABELS[s]!)} ${a.enterprise.name}`}
                    onClick={() => void review(a.id, s)}
                  >
                    {t(REVIEW_LABELS[s]!)}
                  </Button>
                ))}
              </Space>
            ),
          },
        ]}
      />
    </Drawer>
  );
}
