import { Card, List, Tag, Typography } from 'antd';

import { useT } from '../../../app/i18n';
import { formatPeriod } from '../../../shared/format';
import { useMyRoundTables } from '../hooks/useMyRoundTables';

/** My agenda's round tables: the seats my firm took and the tables it hosts (with the seated firms). */
export function MyRoundTables({ eventId }: { eventId: string }) {
  const t = useT();
  const { roundTables, loading } = useMyRoundTables(eventId);
  if (!loading && !roundTables.length) return null;
  return (
    <Card title={t('roundTables.mine')} size="small" style={{ marginBottom: 16 }} data-testid="my-round-tables">
      <List
        loading={loading}
        dataSource={roundTables}
        renderItem={(r) => (
          <List.Item>
            <List.Item.Meta
              title={
                <>
                  {formatPeriod(r.startsAt, r.endsAt)} · {t('roundTables.table')} {r.table} · {r.topic}{' '}
                  <Tag color={r.hosting ? 'blue' : 'green'}>
                    {r.hosting ? t('roundTables.hosting') : t('roundTables.mySeat')}
                  </Tag>
                </>
              }
              description={
                <Typography.Text type="secondary">
                  {t('roundTables.host')}：{r.host.name}
                  {r.hosting && r.seats.length
                    ? ` · ${t('roundTables.seated')}：${r.seats.map((s) => s.name).join('、')}`
                    : ''}
                </Typography.Text>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
