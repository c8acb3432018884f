import { Button, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';

import { useT } from '../../../app/i18n';
import type { RegistrationStatus, Sector } from '../../../generated/graphql';
import { SECTOR_LABELS, SECTORS } from '../../enterprises/utils/categoryOptions';
import { REGISTRATION_COLORS, REGISTRATION_LABELS } from '../../events/utils/registrationLabels';
import { KIND_LABELS } from '../../listings/utils/listingLabels';
import { REVIEW_PAGE, useRegistrationsReview } from '../hooks/useRegistrationsReview';
import { useReviewRegistration } from '../hooks/useReviewRegistration';
import { RejectRegistrationModal } from './RejectRegistrationModal';

const STATUSES: RegistrationStatus[] = ['PENDING', 'APPROVED', 'REJECTED'];

/** The registrations of an event: firm, verification, listings and their suggestions; approve or reject with a reason. */
export function RegistrationReview({ eventId }: { eventId: string }) {
  const t = useT();
  const [status, setStatus] = useState<RegistrationStatus | null>('PENDING');
  const [sector, setSector] = useState<Sector | null>(null);
  const { registrations, loading } = useRegistrationsReview(eventId, status, sector);
  const { decide, reviewing } = useReviewRegistration(eventId);
  const [rejecting, setRejecting] = useState<{ id: string; name: string } | null>(null);
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <span>{t('review.filter.status')}</span>
        <Select
          aria-label={t('review.filter.status')}
          showSearch={{ optionFilterProp: 'label' }}
          value={status ?? 'ALL'}
          onChange={(v: string) => setStatus(v === 'ALL' ? null : (v as RegistrationStatus))}
          options={[
            { value: 'ALL', label: t('review.filter.all') },
            ...STATUSES.map((s) => ({ value: s, label: t(REGISTRATION_LABELS[s]) })),
          ]}
          style={{ width: 120 }}
        />
        <span>{t('review.filter.sector')}</span>
        <Select
          aria-label={t('review.filter.sector')}
          showSearch={{ optionFilterProp: 'label' }}
          value={sector ?? 'ALL'}
          onChange={(v: string) => setSector(v === 'ALL' ? null : (v as Sector))}
          options={[
            { value: 'ALL', label: t('review.filter.all') },
            ...SECTORS.map((s) => ({ value: s, label: t(SECTOR_LABELS[s]) })),
          ]}
          style={{ width: 160 }}
        />
        <Typography.Text type="secondary">
          {registrations.length >= REVIEW_PAGE
            ? t('review.bounded', { count: REVIEW_PAGE })
            : t('review.count', { count: registrations.length })}
        </Typography.Text>
      </Space>
      <Table
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={registrations}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: 960 }}
        onRow={(r) => ({ 'aria-label': r.enterprise.name }) as never}
        columns={[
          {
            title: t('review.enterprise'),
            render: (_, r) => (
              <>
                <div>{r.enterprise.name}</div>
                <Typography.Text type="secondary">
                  {t(SECTOR_LABELS[r.enterprise.sector])} · {r.enterprise.region.fullName}
                </Typography.Text>
              </>
            ),
          },
          {
            title: t('review.verification'),
            width: 90,
            render: (_, r) => (
              <Tag color={r.enterprise.verificationStatus === 'VERIFIED' ? 'green' : 'default'}>
                {t(
                  r.enterprise.verificationStatus === 'VERIFIED'
                    ? 'review.verification.VERIFIED'
                    : 'review.verification.UNVERIFIED',
                )}
              </Tag>
            ),
          },
          {
            title: t('review.listings'),
            render: (_, r) =>
              r.listings.length
                ? r.listings.map((l) => (
                    <div key={l.id}>
                      {t(KIND_LABELS[l.kind])} · {l.title}
                      <Typography.Text type="secondary">
                        {' '}
                        （{t('review.suggestions')} {t('review.suggestionCount', { count: l.suggestionCount ?? 0 })}）
                      </Typography.Text>
                    </div>
                  ))
                : t('common.none'),
          },
          {
            title: t('review.suggestions'),
            width: 90,
            render: (_, r) => r.listings.reduce((n, l) => n + (l.suggestionCount ?? 0), 0),
          },
          {
            title: t('review.status'),
            width: 160,
            render: (_, r) => (
              <>
                <Tag color={REGISTRATION_COLORS[r.status]}>{t(REGISTRATION_LABELS[r.status])}</Tag>
                {r.reviewNote && (
                  <Typography.Text type="secondary" style={{ display: 'block' }}>
                    {t('review.reason')}：{r.reviewNote}
                  </Typography.Text>
                )}
              </>
            ),
          },
          {
            title: t('common.actions'),
            width: 150,
            render: (_, r) => (
              <Space>
                <Button
                  size="small"
                  type="primary"
                  disabled={r.status === 'APPROVED' || reviewing}
                  onClick={() => void decide({ id: r.id, name: r.enterprise.name }, true)}
                >
                  {t('review.approve')}
                </Button>
                <Button
                  size="small"
                  danger
                  disabled={r.status === 'REJECTED' || reviewing}
                  onClick={() => setRejecting({ id: r.id, name: r.enterprise.name })}
                >
                  {t('review.reject')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <RejectRegistrationModal
        target={rejecting}
        saving={reviewing}
        onClose={() => setRejecting(null)}
        onReject={(reason) => {
          if (!rejecting) return;
          void decide(rejecting, false, reason).then((ok) => ok && setRejecting(null));
        }}
      />
    </>
  );
}
