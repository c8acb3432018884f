import { Button, Table } from 'antd';

import { useT } from '../../../app/i18n';
import type { IssuedPoliciesQuery } from '../../../generated/graphql';
import { formatDateTime } from '../../../shared/format';

type Policy = IssuedPoliciesQuery['policies']['edges'][number]['node'];

interface Props {
  policies: readonly Policy[];
  loading: boolean;
  onShowApplications: (policy: Policy) => void;
}

/** The body's policies: deadline, firms eligible at the last evaluation, applications to review. */
export function IssuedPoliciesTable({ policies, loading, onShowApplications }: Props) {
  const t = useT();
  return (
    <Table
      rowKey="id"
      loading={loading}
      dataSource={[...policies]}
      pagination={false}
      locale={{ emptyText: t('publisher.empty') }}
      columns={[
        { title: t('publisher.col.title'), dataIndex: 'title' },
        { title: t('publisher.col.deadline'), render: (_, p) => formatDateTime(p.deadline) },
        {
          title: t('publisher.col.eligible'),
          render: (_, p) => (p.evaluatedAt ? (p.eligibleFirmCount ?? 0) : t('publisher.eligiblePending')),
        },
        { title: t('publisher.col.applications'), render: (_, p) => p.applications.totalCount },
        {
          title: t('publisher.col.actions'),
          render: (_, p) => (
            <Button
              size="small"
              aria-label={`${t('publisher.viewApplications')} ${p.title}`}
              onClick={() => onShowApplications(p)}
            >
              {t('publisher.viewApplications')}
            </Button>
          ),
        },
      ]}
    />
  );
}
