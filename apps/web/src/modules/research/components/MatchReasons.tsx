import { Space, Tag } from 'antd';

import type { TechMatchCondition } from '../../../generated/graphql';

/** Each condition of a match as a chip: met (green ✓) or missing (red ✗), in the server's Chinese words. */
export function MatchReasons({
  reasons,
}: {
  reasons: readonly { condition: TechMatchCondition; met: boolean; text: string }[];
}) {
  return (
    <Space size={[4, 4]} wrap>
      {reasons.map((r) => (
        <Tag key={r.condition} color={r.met ? 'success' : 'error'}>
          {r.met ? '✓ ' : '✗ '}
          {r.text}
        </Tag>
      ))}
    </Space>
  );
}
