import { Empty, Table, Tag } from 'antd';
import type { ReactNode } from 'react';

import { useT } from '../../../app/i18n';
import type { RegistrationItemFragment } from '../../../generated/graphql';
import { SECTOR_LABELS } from '../../enterprises/utils/categoryOptions';

/** Approved participants with the listings they bring; `action` per firm (e.g. request a meeting). */
export function ParticipantList({
  participants,
  loading,
  action,
}: {
  participants: RegistrationItemFragment[];
  loading: boolean;
  action?: (r: RegistrationItemFragment) => ReactNode;
}) {
  const t = useT();
  return (
    <Table<RegistrationItemFragment>
      rowKey="id"
      loading={loading}
      dataSource={participants}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      scroll={{ x: 720 }}
      locale={{ emptyText: <Empty description={t('participants.empty')} /> }}
      columns={[
        { title: t('enterprise.name'), render: (_, r) => r.enterprise.name },
        { title: t('enterprise.sector'), render: (_, r) => t(SECTOR_LABELS[r.enterprise.sector]) },
        { title: t('enterprise.region'), render: (_, r) => r.enterprise.region.fullName },
        {
          title: t('registration.listings'),
          render: (_, r) =>
            r.listings.map((l) => (
              <Tag key={l.id} color={l.kind === 'SUPPLY' ? 'green' : 'blue'}>
                {l.title}
              </Tag>
            )),
        },
        ...(action
          ? [{ title: t('common.actions'), render: (_: unknown, r: RegistrationItemFragment) => action(r) }]
          : []),
      ]}
    />
  );
}
