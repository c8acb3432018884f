import { Alert, Button, Input, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';

import { useT } from '../../../app/i18n';
import { formatDateTime } from '../../../shared/format';
import { useCheckInDesk } from '../hooks/useCheckInDesk';

/** 签到台: a code field for the door scanner (it types the code and Enter), a search, and the approved firms. */
export function CheckInDesk({ eventId }: { eventId: string }) {
  const t = useT();
  const desk = useCheckInDesk(eventId);
  const [code, setCode] = useState('');
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      {desk.summary && (
        <Typography.Title level={4} style={{ margin: 0 }} aria-live="polite">
          {t('checkIn.counts', desk.summary)}
        </Typography.Title>
      )}
      <Input.Search
        aria-label={t('checkIn.code')}
        placeholder={t('checkIn.code.placeholder')}
        enterButton={t('checkIn.submit')}
        size="large"
        autoFocus
        value={code}
        loading={desk.checkingIn}
        onChange={(e) => setCode(e.target.value)}
        onSearch={(value) => {
          if (value.trim()) void desk.checkIn({ code: value }).then((ok) => ok && setCode(''));
        }}
      />
      {desk.last && (
        <Alert
          role="status"
          aria-label={t('checkIn.result')}
          type={desk.last.ok ? 'success' : 'error'}
          title={desk.last.text}
          showIcon
        />
      )}
      <Input
        aria-label={t('checkIn.search')}
        placeholder={t('checkIn.search.placeholder')}
        allowClear
        value={desk.search}
        onChange={(e) => desk.setSearch(e.target.value)}
      />
      <Table
        rowKey="registrationId"
        loading={desk.loading}
        dataSource={desk.attendees}
        pagination={false}
        scroll={{ x: true }}
        columns={[
          { title: t('checkIn.firm'), key: 'name', render: (_, r) => r.enterprise.name },
          { title: t('checkIn.creditCode'), key: 'code', render: (_, r) => r.enterprise.creditCode },
          {
            title: t('checkIn.status'),
            key: 'status',
            render: (_, r) =>
              r.checkedInAt ? <Tag color="green">{t('checkIn.status.in')}</Tag> : <Tag>{t('checkIn.status.out')}</Tag>,
          },
          {
            title: t('checkIn.time'),
            key: 'time',
            render: (_, r) => (r.checkedInAt ? formatDateTime(r.checkedInAt) : '—'),
          },
          {
            title: '',
            key: 'action',
            render: (_, r) =>
              r.checkedInAt ? null : (
                <Button
                  size="small"
                  type="primary"
                  aria-label={`${t('checkIn.submit')} ${r.enterprise.name}`}
                  onClick={() => void desk.checkIn({ enterpriseId: r.enterprise.id })}
                >
                  {t('checkIn.submit')}
                </Button>
              ),
          },
        ]}
      />
      {desk.hasMore && <Button onClick={desk.loadMore}>{t('checkIn.more')}</Button>}
    </Space>
  );
}
