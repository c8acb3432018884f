import { Button, Empty, List, Space, Typography } from 'antd';
import { useState } from 'react';

import { useT } from '../../../app/i18n';
import type { TechnologyMatchItemFragment } from '../../../generated/graphql';
import { formatScore } from '../../../shared/format';
import { useTechnologyMatches } from '../hooks/useTechnologyMatches';
import { MatchReasons } from './MatchReasons';
import { ProposeContractModal } from './ProposeContractModal';

/** The matches of a need (its results) or of a result (its needs), with reasons and 登记技术合同. */
export function TechnologyMatchesList({ of }: { of: { needId: string } | { resultId: string } }) {
  const t = useT();
  const { matches, loading } = useTechnologyMatches(of);
  const [proposing, setProposing] = useState<TechnologyMatchItemFragment | null>(null);
  const showResult = 'needId' in of;
  return (
    <>
      <List<TechnologyMatchItemFragment>
        loading={loading}
        dataSource={matches}
        aria-label={t(showResult ? 'research.need.matches' : 'research.result.matches')}
        locale={{ emptyText: <Empty description={t('research.matches.empty')} /> }}
        renderItem={(m) => {
          const other = showResult ? m.result : m.need;
          return (
            <List.Item
              key={other.id}
              aria-label={other.title}
              actions={[
                <Button key="propose" size="small" onClick={() => setProposing(m)}>
                  {t('research.match.propose')}
                </Button>,
              ]}
            >
              <Space direction="vertical" size={4} style={{ width: '100%' }}>
                <Space wrap>
                  <Typography.Text strong>{other.title}</Typography.Text>
                  <Typography.Text type="secondary">
                    {t('research.match.from', { name: other.enterprise.name })}
                  </Typography.Text>
                  <Typography.Text>{t('research.match.score', { score: formatScore(m.score) })}</Typography.Text>
                </Space>
                <MatchReasons reasons={m.reasons} />
              </Space>
            </List.Item>
          );
        }}
      />
      <ProposeContractModal match={proposing} onClose={() => setProposing(null)} />
    </>
  );
}
