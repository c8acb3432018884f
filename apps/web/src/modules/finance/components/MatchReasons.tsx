import { Space, Tag, Typography } from 'antd';

import { useT } from '../../../app/i18n';
import { formatScore } from '../../../shared/format';

interface Props {
  eligible: boolean;
  score: number;
  conditions: readonly { code: string; met: boolean; detail: string }[];
}

/** A match's score and every condition, met (✓) or missing (✗), as the server said it. */
export function MatchReasons({ eligible, score, conditions }: Props) {
  const t = useT();
  return (
    <Space direction="vertical" size={2}>
      <Space>
        <Tag color={eligible ? 'green' : 'default'}>
          {eligible ? t('finance.match.eligible') : t('finance.match.ineligible')}
        </Tag>
        <span>
          {t('finance.match.score')} {formatScore(score)}
        </span>
      </Space>
      <ul aria-label={t('finance.match.reasons')} style={{ margin: 0, paddingLeft: 18 }}>
        {conditions.map((c) => (
          <li key={c.code}>
            <Typography.Text type={c.met ? undefined : 'danger'}>
              {c.met ? '✓ ' : '✗ '}
              {c.detail}
            </Typography.Text>
          </li>
        ))}
      </ul>
    </Space>
  );
}
