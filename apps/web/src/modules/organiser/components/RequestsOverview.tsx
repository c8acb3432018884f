import { Card, Col, Row, Statistic, Table } from 'antd';

import { useT } from '../../../app/i18n';
import { useRequestsOverview } from '../hooks/useRequestsOverview';
import type { RequestLike } from '../utils/requestStats';

function PairTable({ rows, empty, loading }: { rows: RequestLike[]; empty: string; loading: boolean }) {
  const t = useT();
  return (
    <Table
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={rows}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{ emptyText: empty }}
      columns={[{ title: t('requests.pair'), render: (_, q) => `${q.requester.name} → ${q.invitee.name}` }]}
    />
  );
}

/** Counts per firm, mutual pairs (双向邀约) and accepted requests that have no slot yet. */
export function RequestsOverview({ eventId }: { eventId: string }) {
  const t = useT();
  const { stats, maxRequestsPerFirm, loading } = useRequestsOverview(eventId);
  return (
    <>
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col xs={8}>
          <Statistic title={t('requests.total')} value={stats.total} loading={loading} />
        </Col>
        <Col xs={8}>
          <Statistic title={t('requests.mutual')} value={stats.mutual.length} loading={loading} />
        </Col>
        <Col xs={8}>
          <Statistic title={t('requests.unplaced')} value={stats.unplaced.length} loading={loading} />
        </Col>
      </Row>
      <Card title={t('requests.byFirm')} size="small" style={{ marginBottom: 16 }}>
        <Table
          rowKey="enterpriseId"
          size="small"
          loading={loading}
          dataSource={stats.byFirm}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: t('requests.empty') }}
          columns={[
            { title: t('review.enterprise'), dataIndex: 'name' },
            { title: t('requests.sent'), dataIndex: 'sent', sorter: (a, b) => a.sent - b.sent },
            { title: t('requests.received'), dataIndex: 'received', sorter: (a, b) => a.received - b.received },
            { title: t('requests.accepted'), dataIndex: 'accepted', sorter: (a, b) => a.accepted - b.accepted },
            {
              title: t('requests.cap', { max: maxRequestsPerFirm }),
              render: (_, f) => `${f.towardsCap} / ${maxRequestsPerFirm}`,
            },
          ]}
        />
      </Card>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Card title={t('requests.mutual')} size="small">
            <PairTable rows={stats.mutual} empty={t('requests.empty')} loading={loading} />
          </Card>
        </Col>
        <Col xs={24} md={12}>
          <Card title={t('requests.unplaced')} size="small">
            <PairTable rows={stats.unplaced} empty={t('requests.unplacedEmpty')} loading={loading} />
          </Card>
        </Col>
      </Row>
    </>
  );
}
